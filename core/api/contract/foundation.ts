/** Methods of the foundation: the app, who is working, the unit, profiles, periods, the overview. */
import { z } from "zod";
import { FIELD_LIMITS } from "../../field-limits";
import { isoDate } from "../../schemas/iso-date";
import { departmentSchema, signerSchema, unitDetailsSchema, unitSchema } from "../../schemas/unit";
import { alertSchema, inspectionReadinessSchema, overviewFiguresSchema, reportStatusSchema } from "./overview";

export * from "../../schemas/iso-date";
export * from "../../schemas/unit";

/** A person's name as the app keeps it: spaces folded. Also what a call carries as the person working. */
export const personNameSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "Hãy nhập họ tên.").max(FIELD_LIMITS.personName));

/** The people known to the store, and the name the app was started with (--user, CCHC_USER), if any. */
const peopleSchema = z.object({ people: z.array(z.string()), given: z.string().nullable() });

export const periodSchema = z.object({
  spec: z.string(),
  kind: z.enum(["Q1", "H1", "Q3", "Y", "custom"]),
  year: z.number().int(),
  label: z.string(),
  from: isoDate,
  to: isoDate,
  estimateTo: isoDate.nullable(),
  due: isoDate.nullable(),
});

/** A province's rule in the words of its letter (core/profile-words.ts); the days are checked there, in Vietnamese. */
export const profileWordsSchema = z
  .object({
    provinceName: z.string().max(FIELD_LIMITS.name),
    recipient: z.string().max(FIELD_LIMITS.name).nullable(),
    cutOffDay: z.number(),
    estimateDay: z.number().nullable(),
    dueDay: z.number(),
    fromJanuary: z.boolean(),
  })
  .strict();

export const profileSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  recipient: z.string(),
  notes: z.array(z.string()),
  /** The profile's rule in words, to change it; null where its windows follow no such rule (Cao Bằng's). */
  words: profileWordsSchema.nullable(),
});

const upcomingReportSchema = periodSchema.extend({ daysLeft: z.number().int() });

export const empty = z.object({}).strict();

export const foundationApi = {
  "app.info": {
    input: empty,
    output: z.object({ appVersion: z.string(), schemaVersion: z.number().int(), storePath: z.string(), userName: z.string() }),
  },
  "people.list": {
    input: empty,
    output: peopleSchema,
  },
  /** Someone new to the app on this store; a name already known (case aside) is kept once: `name` is the one kept. */
  "people.add": {
    input: z.object({ name: personNameSchema }).strict(),
    output: peopleSchema.extend({ name: z.string() }),
  },
  "unit.get": {
    input: empty,
    output: unitDetailsSchema.nullable(),
  },
  "unit.save": {
    input: unitSchema.extend({
      departments: z.array(departmentSchema).optional(),
      signers: z.array(signerSchema).optional(),
    }),
    output: unitDetailsSchema,
  },
  "profiles.list": {
    input: empty,
    output: z.array(profileSummarySchema),
  },
  "periods.resolve": {
    input: z.object({ spec: z.string().min(1).max(40), profileId: z.string().optional() }).strict(),
    output: periodSchema,
  },
  /** The reports coming due for the unit's profile, without the overview's figures: what the period pickers start on. */
  "periods.upcoming": {
    input: z.object({ today: isoDate.optional() }).strict(),
    output: z.object({ today: isoDate, upcoming: z.array(upcomingReportSchema) }),
  },
  "overview.get": {
    input: z.object({ today: isoDate.optional() }).strict(),
    output: z.object({
      unit: unitDetailsSchema.nullable(),
      profile: profileSummarySchema.nullable(),
      today: isoDate,
      upcoming: z.array(upcomingReportSchema),
      counts: z.object({
        dossiers: z.number().int(),
        staff: z.number().int(),
        documents: z.number().int(),
        planTasks: z.number().int(),
      }),
      /** Where each report coming due stands, in the order of `upcoming`. */
      statuses: z.array(reportStatusSchema),
      inspection: inspectionReadinessSchema.nullable(),
      /** The current window's figures against last year; null without a report coming due. */
      figures: overviewFiguresSchema.nullable(),
      alerts: z.array(alertSchema),
    }),
  },
} as const;
