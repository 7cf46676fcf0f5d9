/** Methods of the province profiles a clerk states or brings in: the rule in its letter's words, a profile file opened or handed on. */
import { z } from "zod";
import { FIELD_LIMITS } from "../../field-limits";
import { profileSummarySchema, profileWordsSchema } from "./foundation";

const savedProfileSchema = z.object({
  profile: profileSummarySchema,
  /** Where the file was kept: the ho-so-tinh folder beside the store. */
  file: z.string(),
});

/** A profile file is a few kilobytes; far more is not one. */
const PROFILE_FILE_LIMIT = 200_000;

export const profilesApi = {
  "profiles.saveFromWords": {
    input: profileWordsSchema,
    output: savedProfileSchema,
  },
  /** A profile file another commune of the province sent, checked as the built-in ones are. */
  "profiles.import": {
    input: z.object({ fileName: z.string().max(FIELD_LIMITS.name), contentBase64: z.string().max(PROFILE_FILE_LIMIT) }).strict(),
    output: savedProfileSchema,
  },
  /** The profile's file, to hand on to the other communes of the province. */
  "profiles.export": {
    input: z.object({ id: z.string().min(1).max(FIELD_LIMITS.code) }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
  },
} as const;
