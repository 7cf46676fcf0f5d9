import type { AppContext } from "../../context";
import type { HandlersFor } from "./handler-types";
import type { profilesApi } from "../contract/profiles";
import { getProfile, profileFileText, profileFromText, saveOwnProfile, type ProvinceProfile } from "../../profiles";
import { profileFromWords, wordsOfProfile } from "../../profile-words";

export const profileSummary = (p: ProvinceProfile) => ({
  id: p.id,
  name: p.name,
  description: p.description,
  recipient: p.recipient,
  notes: p.notes,
  words: wordsOfProfile(p),
});

/** Kept in the user's profile folder and offered at once, without a restart. */
function keep(ctx: AppContext, profile: ProvinceProfile) {
  const file = saveOwnProfile(ctx.store.path, profile);
  ctx.profiles.set(profile.id, profile);
  return { profile: profileSummary(profile), file };
}

export const profileHandlers: HandlersFor<keyof typeof profilesApi> = {
  "profiles.saveFromWords": (ctx, input) => keep(ctx, profileFromWords(input)),
  "profiles.import": (ctx, input) => keep(ctx, profileFromText(Buffer.from(input.contentBase64, "base64").toString("utf8"), input.fileName)),
  "profiles.export": (ctx, input) => {
    const profile = getProfile(ctx.profiles, input.id);
    return { fileName: `quy-dinh-bao-cao-${profile.id}.json`, contentBase64: Buffer.from(profileFileText(profile)).toString("base64") };
  },
};
