/** Methods of the procedure catalogue (danh mục TTHC). */
import { z } from "zod";
import { uploadedFileBase64 } from "./upload";
import { FIELD_LIMITS } from "../../field-limits";

export const procedureSchema = z.object({
  id: z.number().int(),
  code: z.string().trim().min(1, "Mã thủ tục không được để trống").max(FIELD_LIMITS.code),
  name: z.string().trim().min(1, "Tên thủ tục không được để trống").max(FIELD_LIMITS.title),
  field: z.string().trim().max(FIELD_LIMITS.name).nullable(),
  atCentre: z.boolean().nullable(),
  onlineEligible: z.boolean().nullable(),
  onlineFull: z.boolean().nullable(),
  locationIndependent: z.boolean().nullable(),
  active: z.boolean(),
});

export const procedureApi = {
  "procedures.list": {
    input: z.object({ search: z.string().max(200).optional() }).strict(),
    output: z.array(procedureSchema),
  },
  "procedures.save": {
    input: procedureSchema.extend({ id: z.number().int().optional() }).strict(),
    output: procedureSchema,
  },
  "procedures.delete": {
    input: z.object({ id: z.number().int() }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
  "procedures.import": {
    input: z.object({ fileName: z.string().min(1).max(260), contentBase64: uploadedFileBase64, mapping: z.record(z.string(), z.string()).optional() }).strict(),
    output: z.object({
      batchId: z.string(),
      inserted: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      rejected: z.array(z.object({ row: z.number().int(), reason: z.string() })),
      mapping: z.record(z.string(), z.string()),
    }),
  },
} as const;
