/** Methods of the dossier import and the dossier list (Hồ sơ TTHC). */
import { z } from "zod";
import { uploadedFileBase64 } from "./upload";
import { empty } from "./foundation";
import { dossierChannelSchema, dossierFieldSchema, dossierListQuerySchema, dossierRowSchema, dossierStatusSchema } from "../../schemas/dossier";

export * from "../../schemas/dossier";

/** field → the header it was read from (as written in the file). */
export const mappingSchema = z.record(z.string(), z.string());
/** What the user decided for values the app did not know, per kind. */
export const valueMappingsSchema = z.object({
  status: z.record(z.string(), dossierStatusSchema).default({}),
  channel: z.record(z.string(), dossierChannelSchema).default({}),
});

const rejectedRowSchema = z.object({ row: z.number().int(), reason: z.string() });

export const fileInput = z.object({
  fileName: z.string().min(1).max(260),
  /** The file's bytes, base64: the renderer reads the file the user picked. */
  contentBase64: uploadedFileBase64,
});

export const importPreviewSchema = z.object({
  fileName: z.string(),
  format: z.enum(["xlsx", "csv"]),
  sheetName: z.string().nullable(),
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  mapping: mappingSchema,
  /** Headers matched to no field (they are kept only in the rejected-rows file). */
  unmappedHeaders: z.array(z.string()),
  /** Required fields no header matched: the import cannot run until they are mapped. */
  missingFields: z.array(dossierFieldSchema),
  unknownValues: z.object({ status: z.array(z.string()), channel: z.array(z.string()) }),
  sampleRows: z.array(z.array(z.string())),
  dataRows: z.number().int(),
  encoding: z.string().nullable(),
  savedMappingUsed: z.boolean(),
});

export const importResultSchema = z.object({
  batchId: z.string().nullable(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(rejectedRowSchema),
  mapping: mappingSchema,
  dryRun: z.boolean(),
  /** The rows that did not go in, with the original columns and "Lý do"; null when none. */
  rejectedFile: z.object({ fileName: z.string(), contentBase64: z.string() }).nullable(),
});

/** Rows an import left out on purpose, e.g. "Bỏ qua 1 dòng tổng cộng (dòng 1.503)": how many, the first row numbers. */
const skippedRowsSchema = z.object({ count: z.number().int(), rows: z.array(z.number().int()), text: z.string() });

/** The file names another commune or ward than the store's: both names, and the warning to show. */
const otherUnitSchema = z.object({ fileUnit: z.string(), storeUnit: z.string(), message: z.string() }).nullable();

/** What the dossier import adds to every import's preview and result. */
const dossierImportExtras = { skipped: z.array(skippedRowsSchema), otherUnit: otherUnitSchema };

export const batchSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  importedAt: z.string(),
  importedBy: z.string().nullable(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
  /** Only the newest batch that is not undone can be undone (later imports build on it). */
  canUndo: z.boolean(),
});

export const dossierApi = {
  "dossiers.importPreview": {
    input: fileInput.extend({ mapping: mappingSchema.optional() }).strict(),
    output: importPreviewSchema.extend(dossierImportExtras),
  },
  "dossiers.import": {
    input: fileInput
      .extend({
        mapping: mappingSchema.optional(),
        valueMappings: valueMappingsSchema.optional(),
        /** Statuses and channels whose rows the user chose to leave out ("Bỏ qua những dòng này"); never remembered. */
        skipValues: z.object({ status: z.array(z.string()).default([]), channel: z.array(z.string()).default([]) }).optional(),
        dryRun: z.boolean().default(false),
        saveMapping: z.boolean().default(true),
      })
      .strict(),
    output: importResultSchema.extend(dossierImportExtras),
  },
  "dossiers.batches": {
    input: empty,
    output: z.array(batchSchema),
  },
  "dossiers.undoBatch": {
    input: z.object({ batchId: z.string().min(1) }).strict(),
    output: z.object({ batchId: z.string(), removed: z.number().int(), restored: z.number().int() }),
  },
  "dossiers.list": {
    input: dossierListQuerySchema.strict(),
    output: z.object({ total: z.number().int(), rows: z.array(dossierRowSchema) }),
  },
  "dossiers.fields": {
    input: empty,
    output: z.array(z.object({ field: z.string(), count: z.number().int() })),
  },
} as const;
