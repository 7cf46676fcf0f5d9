/** The Hộp thư đi screen: files waiting to be sent, marking them sent, saving a copy. */
import { z } from "zod";
import { uploadedFileBase64 } from "./upload";
import { FIELD_LIMITS } from "../../field-limits";

const kinds = z.enum(["phu_luc_3", "bao_cao", "de_cuong", "minh_chung", "ho_so_minh_chung", "bieu_mau_tinh", "goi_phong_ban"]);
const via = z.enum(["he_thong", "email", "usb", "zalo", "khac"]);

const entry = z.object({
  id: z.number().int(),
  fileName: z.string(),
  filePath: z.string(),
  kind: kinds,
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  state: z.enum(["cho_gui", "da_gui"]),
  sentAt: z.string().nullable(),
  sentBy: z.string().nullable(),
  sentVia: via.nullable(),
  note: z.string().nullable(),
  fileState: z.enum(["nguyen_ven", "da_thay_doi", "khong_con"]),
});

export const outboxApi = {
  "outbox.list": { input: z.object({}).strict(), output: z.object({ folder: z.string(), entries: z.array(entry) }) },
  "outbox.markSent": {
    input: z
      .object({
        id: z.number().int(),
        via,
        note: z.string().max(FIELD_LIMITS.note).nullable().optional(),
        at: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/)
          .nullable()
          .optional(),
      })
      .strict(),
    output: entry,
  },
  /**
   * A file the screen made from an earlier answer and saves now (the filled province form, saved once the clerk is
   * done choosing rows). fileName only suggests the name: the outbox keeps its last part, cleaned, with the kind's extension.
   */
  "outbox.keep": {
    input: z.object({ fileName: z.string().min(1).max(260), contentBase64: uploadedFileBase64, kind: kinds, period: z.string().min(1).max(40).optional() }).strict(),
    output: entry,
  },
  "outbox.file": { input: z.object({ id: z.number().int() }).strict(), output: z.object({ fileName: z.string(), contentBase64: z.string() }) },
} as const;
