/** Files attached to documents of the register: list, attach (one, or many after a preview of matches), read back, remove. */
import { z } from "zod";
import { uploadedFileBase64 } from "./upload";

const attachment = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  mediaType: z.string(),
  addedBy: z.string().nullable(),
  addedAt: z.string(),
});

const givenFile = z.object({ fileName: z.string().min(1).max(260), contentBase64: uploadedFileBase64 }).strict();
const attached = z.object({ attachment, added: z.boolean(), sharedContent: z.boolean() });

const fileMatch = z.discriminatedUnion("state", [
  z.object({ fileName: z.string(), state: z.literal("khop"), documentId: z.number().int() }),
  z.object({ fileName: z.string(), state: z.literal("nhieu"), documentIds: z.array(z.number().int()) }),
  z.object({ fileName: z.string(), state: z.literal("khong_khop") }),
]);
const matchedDocument = z.object({ id: z.number().int(), numberSymbol: z.string(), date: z.string(), summary: z.string() });

export type AttachmentView = z.infer<typeof attachment>;

export const attachmentsApi = {
  /** One document's files, or (without documentId) every document's. */
  "attachments.list": { input: z.object({ documentId: z.number().int().optional() }).strict(), output: z.object({ attachments: z.array(attachment) }) },
  "attachments.add": { input: givenFile.extend({ documentId: z.number().int() }).strict(), output: attached },
  /** Files matched beforehand (attachments.match), attached in one transaction: all or none. */
  "attachments.addMany": {
    input: z
      .object({
        items: z
          .array(givenFile.extend({ documentId: z.number().int() }).strict())
          .min(1)
          .max(500),
      })
      .strict(),
    output: z.object({ attached: z.array(attached) }),
  },
  /** Which register entry each file name points to, before anything is taken. */
  "attachments.match": {
    input: z.object({ fileNames: z.array(z.string().min(1).max(260)).min(1).max(5000) }).strict(),
    output: z.object({ matches: z.array(fileMatch), documents: z.array(matchedDocument) }),
  },
  "attachments.file": { input: z.object({ id: z.number().int() }).strict(), output: z.object({ fileName: z.string(), mediaType: z.string(), contentBase64: z.string() }) },
  "attachments.remove": { input: z.object({ id: z.number().int() }).strict(), output: z.object({ removed: z.literal(true) }) },
} as const;
