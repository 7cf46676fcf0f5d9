import os from "node:os";
import { ipcMain, shell } from "electron";
import type { ApiOutput, ApiResult } from "../core/api/contract";
import type { StoreWorker } from "../core/api/store-worker-client";
import { OPEN_ATTACHMENT_CHANNEL } from "./api-channel";
import { fromAppPage, NOT_FROM_APP, refuse } from "./app-sender";
import { writeViewerCopy } from "./viewer-copy";

/**
 * “Mở” a file attached to a document: the page names the attachment, never a
 * path or bytes; the store worker reads it (attachments.file, checked by its
 * hash), a plain copy goes to the temporary folder and the system's viewer
 * opens it.
 */
export function registerOpenAttachmentChannel(call: StoreWorker["call"]): void {
  ipcMain.handle(OPEN_ATTACHMENT_CHANNEL, async (event, id: unknown, person: unknown): Promise<ApiResult<string>> => {
    if (!fromAppPage(event)) return NOT_FROM_APP;
    if (typeof id !== "number") return refuse("invalid_input", "Tệp đính kèm không hợp lệ.");
    if (person !== undefined && typeof person !== "string") return refuse("invalid_input", "Người làm việc không hợp lệ.");
    const read = await call("attachments.file", { id }, person);
    if (!read.ok) return read;
    const { fileName, contentBase64 } = read.value as ApiOutput<"attachments.file">;
    try {
      const copy = await writeViewerCopy(os.tmpdir(), id, fileName, Buffer.from(contentBase64, "base64"));
      const problem = await shell.openPath(copy);
      return problem ? refuse("open_failed", `Không mở được tệp "${fileName}": ${problem}. Hãy cài chương trình xem loại tệp này (ví dụ trình đọc PDF).`) : { ok: true, value: copy };
    } catch (e) {
      return refuse("open_failed", e instanceof Error ? e.message : String(e));
    }
  });
}
