import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AppError } from "../shared/errors";
import { profileFolderFor } from "./paths";
import { parseProfile, type ProvinceProfile } from "./profile-schema";

export * from "./profile-schema";

export const builtinProfilesDir = fileURLToPath(new URL("../templates/profiles", import.meta.url));

/** A profile file's text: JSON, refused with the file named when it does not read as one. */
export function profileFromText(text: string, source: string): ProvinceProfile {
  let json: unknown;
  try {
    // A file saved by Notepad starts with a byte-order mark JSON does not take.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new AppError("profile_unreadable", `Không đọc được tệp hồ sơ tỉnh "${source}": ${(e as Error).message}`);
  }
  return parseProfile(json, source);
}

export function loadProfileFile(file: string): ProvinceProfile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new AppError("profile_unreadable", `Không đọc được tệp hồ sơ tỉnh "${file}": ${(e as Error).message}`);
  }
  return profileFromText(text, path.basename(file));
}

/** The built-in profiles, then those in `extraDirs` (a user's own, which may replace a built-in by id). */
export function loadProfiles(extraDirs: string[] = []): Map<string, ProvinceProfile> {
  const profiles = new Map<string, ProvinceProfile>();
  for (const dir of [builtinProfilesDir, ...extraDirs]) {
    let names: string[];
    try {
      names = readdirSync(dir)
        .filter((n) => n.endsWith(".json"))
        .sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const profile = loadProfileFile(path.join(dir, name));
      profiles.set(profile.id, profile);
    }
  }
  return profiles;
}

/** The built-in profiles and the user's own kept beside the store. */
export const loadProfilesBeside = (storePath: string) => loadProfiles([profileFolderFor(storePath)]);

export const profileFileText = (profile: ProvinceProfile): string => `${JSON.stringify(profile, null, 2)}\n`;

/** Keeps the profile as `<id>.json` in the user's profile folder beside the store (replacing one of the same id); returns the file. */
export function saveOwnProfile(storePath: string, profile: ProvinceProfile): string {
  const folder = profileFolderFor(storePath);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${profile.id}.json`);
  // Written aside then moved in, so the folder never holds half a profile that would stop every start.
  const partial = `${file}.tmp`;
  writeFileSync(partial, profileFileText(profile));
  renameSync(partial, file);
  return file;
}

export function getProfile(profiles: Map<string, ProvinceProfile>, id: string): ProvinceProfile {
  const p = profiles.get(id);
  if (!p) {
    throw new AppError("profile_unknown", `Không có hồ sơ tỉnh "${id}". Các hồ sơ hiện có: ${[...profiles.keys()].join(", ")}.`);
  }
  return p;
}
