import type { HandlersFor } from "./handler-types";
import { attachFile, attachFiles, listAttachments, readAttachment, removeAttachment } from "../../attachments/attachments";
import { matchAgainstRegister } from "../../attachments/match-documents";

const given = (f: { fileName: string; contentBase64: string }) => ({ fileName: f.fileName, bytes: Buffer.from(f.contentBase64, "base64") });

export const attachmentHandlers: HandlersFor<"attachments.list" | "attachments.add" | "attachments.addMany" | "attachments.match" | "attachments.file" | "attachments.remove"> = {
  "attachments.list": (ctx, input) => ({ attachments: listAttachments(ctx, input.documentId) }),
  "attachments.add": (ctx, input) => attachFile(ctx, input.documentId, given(input)),
  "attachments.addMany": (ctx, input) => ({
    attached: attachFiles(
      ctx,
      input.items.map((i) => ({ documentId: i.documentId, file: given(i) })),
    ),
  }),
  "attachments.match": (ctx, input) => matchAgainstRegister(ctx, input.fileNames),
  "attachments.file": (ctx, input) => {
    const { attachment, bytes } = readAttachment(ctx, input.id);
    return { fileName: attachment.fileName, mediaType: attachment.mediaType, contentBase64: bytes.toString("base64") };
  },
  "attachments.remove": (ctx, input) => removeAttachment(ctx, input.id),
};
