/**
 * Methods of the Phòng ban screen: who has sent what for a report, the
 * deadlines, making a department's package, and taking an answer back
 * (the comparison first, then the changes the officer accepts).
 */
import { z } from "zod";
import { FIELD_LIMITS } from "../../field-limits";
import { manifestSchema, PACKAGE_LIMITS, partSchema } from "../../packages/format";
import { fileInput } from "./dossiers";
import { uploadedFileBase64 } from "./upload";

const outlineInput = z.object({ outlineId: z.string().regex(/^[a-z0-9-]{1,80}$/), period: z.string().min(1).max(40), profileId: z.string().optional() });
const departmentCode = z.string().regex(/^[A-Z0-9_]{1,20}$/);
const count = z.object({ done: z.number().int(), total: z.number().int() });

const departmentRow = z.object({
  code: z.string(),
  name: z.string(),
  headName: z.string().nullable(),
  texts: count,
  figures: count,
  evidence: count,
  state: z.enum(["chua_gui", "cho_gui", "da_gui", "da_nhan", "can_bo_sung", "qua_han"]),
  deadline: z.string(),
  deadlineSource: z.enum(["tay", "de_cuong", "quy_dinh", "cuoi_ky"]),
  deadlinePassed: z.boolean(),
  sentAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  missing: z.array(z.string()),
});

const eventRow = z.object({
  departmentCode: z.string().nullable(),
  direction: z.enum(["gui", "nhan"]),
  fileName: z.string(),
  sender: z.string().nullable(),
  summary: z.string().nullable(),
  at: z.string(),
});

const change = z.discriminatedUnion("kind", [
  z.object({
    id: z.string(),
    kind: z.literal("figure"),
    code: z.string(),
    label: z.string(),
    unit: z.string(),
    now: z.number().nullable(),
    sent: z.number().nullable(),
    incoming: z.number(),
    conflict: z.string().nullable(),
  }),
  z.object({
    id: z.string(),
    kind: z.literal("text"),
    itemKey: z.string(),
    wording: z.string(),
    now: z.string().nullable(),
    sent: z.string().nullable(),
    incoming: z.string(),
    conflict: z.string().nullable(),
  }),
  /** documentId null: a document the register does not hold, entered into it when the change is taken ("Văn bản mới vào sổ"). */
  z.object({
    id: z.string(),
    kind: z.literal("evidence"),
    itemKey: z.string(),
    wording: z.string(),
    documentId: z.number().int().nullable(),
    numberSymbol: z.string(),
    date: z.string(),
    summary: z.string(),
    /** True: linked to the item already, the change brings only files. */
    alreadyLinked: z.boolean(),
    /** Files the package carries for the document that it does not carry yet, attached when the change is taken. */
    files: z.array(z.object({ sha256: z.string(), fileName: z.string(), size: z.number().int() })),
    conflict: z.string().nullable(),
  }),
]);

const plan = z.object({
  fileName: z.string(),
  fileSha256: z.string(),
  manifest: z.object({
    unit: z.object({ name: z.string() }),
    window: z.object({ spec: z.string(), from: z.string(), to: z.string(), label: z.string() }),
    outline: z.object({ id: z.string(), name: z.string() }),
    department: z.object({ code: z.string(), name: z.string() }),
    createdBy: z.string(),
    createdAt: z.string(),
  }),
  changes: z.array(change),
  unchanged: z.number().int(),
  warnings: z.array(z.string()),
});

const packageFile = fileInput.pick({ fileName: true, contentBase64: true });

/** A file the department sends with a document it names in its answer to an item (the document found by item, number and date). */
const answerFile = z
  .object({
    itemKey: z.string().min(1).max(FIELD_LIMITS.itemKey),
    numberSymbol: z.string().min(1).max(FIELD_LIMITS.code),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    fileName: z.string().min(1).max(260),
    contentBase64: uploadedFileBase64,
  })
  .strict();
const fileOutput = z.object({ fileName: z.string(), contentBase64: z.string() });

export const packagesApi = {
  "packages.dashboard": {
    input: outlineInput.strict(),
    output: z.object({ departments: z.array(departmentRow), events: z.array(eventRow) }),
  },
  "packages.setDeadline": {
    input: outlineInput
      .extend({
        departmentCode,
        deadline: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/, "Hạn phải có dạng ngày (và giờ)")
          .nullable(),
      })
      .strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  "packages.create": {
    /** "xlsx": the part as an Excel form, for a department without the app. */
    /** confirmPastDeadline: the part's deadline has passed and the clerk sends it anyway; without it such a sending is refused. */
    input: outlineInput.extend({ departmentCode, format: z.enum(["cchc", "xlsx"]).optional(), confirmPastDeadline: z.boolean().optional() }).strict(),
    /** files: the evidence files the package carries; filesLeftOut: those beyond what one package holds; filesUnreadable: those missing or damaged on this machine. */
    output: z.object({
      fileName: z.string(),
      contentBase64: z.string(),
      counts: z.object({ figures: z.number(), texts: z.number(), evidence: z.number(), files: z.number(), filesLeftOut: z.number(), filesUnreadable: z.number() }),
    }),
  },
  "packages.plan": { input: packageFile.strict(), output: plan },
  "packages.apply": {
    input: packageFile.extend({ accept: z.array(z.string()), reject: z.array(z.string()) }).strict(),
    output: plan.extend({ applied: z.array(z.string()), rejected: z.array(z.string()) }),
  },
  /** The department's side: a package received, opened to be filled (or a reply reopened to go on). */
  "packages.open": { input: packageFile.strict(), output: z.object({ manifest: manifestSchema.omit({ entries: true }), part: partSchema }) },
  /** One file a package carries (the department opens the commune's scan of a document), found by its checksum. */
  "packages.file": {
    input: packageFile.extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    output: z.object({ fileName: z.string(), mediaType: z.string(), contentBase64: z.string() }),
  },
  /** The department's answers checked and written as the reply package, with the files it sends (those of a reply it goes on from are kept while its answers name them). */
  "packages.answer": { input: packageFile.extend({ part: partSchema, files: z.array(answerFile).max(PACKAGE_LIMITS.files).optional() }).strict(), output: fileOutput },
} as const;
