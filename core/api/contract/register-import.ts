/** Methods of the import of the registers offices keep in Excel (cán bộ, tiếp công dân, đơn thư, kế hoạch, nhiệm vụ, văn bản). */
import { z } from "zod";
import { batchSchema, fileInput, importPreviewSchema, importResultSchema, mappingSchema } from "./dossiers";
import { importableRegisterSchema } from "../../schemas/importable-register";

export * from "../../schemas/importable-register";

const registerFileInput = fileInput.extend({
  register: importableRegisterSchema,
  /** The plan's year: required to import CCHC plan tasks, ignored by the other registers. */
  year: z.number().int().min(2000).max(2100).optional(),
  mapping: mappingSchema.optional(),
});

/** One column of the register the file can fill, as the mapping table shows it. */
export const registerImportFieldSchema = z.object({ field: z.string(), label: z.string(), required: z.boolean() });

export const registerImportPreviewSchema = importPreviewSchema
  .omit({ missingFields: true, unknownValues: true, savedMappingUsed: true })
  .extend({ missingFields: z.array(z.string()), fields: z.array(registerImportFieldSchema) });

export const registerImportResultSchema = importResultSchema.extend({
  /** What the import did that the clerk should know, e.g. units that matched no department. */
  notes: z.array(z.string()),
});

export const registerImportApi = {
  "registers.import.preview": {
    input: registerFileInput.strict(),
    output: registerImportPreviewSchema,
  },
  "registers.import.run": {
    input: registerFileInput.extend({ dryRun: z.boolean().default(false) }).strict(),
    output: registerImportResultSchema,
  },
  "registers.import.history": {
    input: z.object({ register: importableRegisterSchema }).strict(),
    output: z.array(batchSchema),
  },
  "registers.import.undo": {
    input: z.object({ batchId: z.string().min(1) }).strict(),
    output: z.object({ batchId: z.string(), removed: z.number().int() }),
  },
} as const;
