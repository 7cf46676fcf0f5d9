/** Methods of the foundation: the app, who is working, the unit, profiles, periods, the overview. */
import { z } from "zod";
import { FIELD_LIMITS } from "../../field-limits";
import { alertSchema, inspectionReadinessSchema, overviewFiguresSchema, reportStatusSchema } from "./overview";

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().trim().max(max);

/** A person's name as the app keeps it: spaces folded. Also what a call carries as the person working. */
export const personNameSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "Hãy nhập họ tên.").max(FIELD_LIMITS.personName));

/** The people known to the store, and the name the app was started with (--user, CCHC_USER), if any. */
const peopleSchema = z.object({ people: z.array(z.string()), given: z.string().nullable() });

export const unitKindSchema = z.enum(["xa", "phuong", "dac_khu"]);

export const departmentSchema = z.object({
  code: text(FIELD_LIMITS.departmentCode).min(1),
  name: text(FIELD_LIMITS.name).min(1, "Tên phòng ban không được để trống"),
  headName: text(FIELD_LIMITS.personName).nullable(),
  headTitle: text(FIELD_LIMITS.name).nullable(),
  sortOrder: z.number().int(),
});

export const signerSchema = z.object({
  name: text(FIELD_LIMITS.personName).min(1, "Tên người ký không được để trống"),
  position: z.enum(["chu_tich", "pho_chu_tich"]),
  signMode: z.enum(["TM", "KT"]),
  isDefault: z.boolean(),
});

export const unitSchema = z.object({
  name: text(FIELD_LIMITS.name).min(1, "Tên đơn vị không được để trống"),
  kind: unitKindSchema,
  provinceName: text(FIELD_LIMITS.name).nullable(),
  placeName: text(FIELD_LIMITS.personName).nullable(),
  profileId: text(FIELD_LIMITS.code).min(1),
  address: text(FIELD_LIMITS.line).nullable(),
  /** Who prepares the reports (cán bộ phụ trách CCHC), named as the giver on department packages; left out: kept as it is. */
  preparerName: text(FIELD_LIMITS.personName).nullable().optional(),
});

export const unitDetailsSchema = unitSchema.extend({
  preparerName: text(FIELD_LIMITS.personName).nullable(),
  departments: z.array(departmentSchema),
  signers: z.array(signerSchema),
});

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
