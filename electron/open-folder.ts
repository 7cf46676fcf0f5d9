import { ipcMain, shell } from "electron";
import type { ApiResult } from "../core/api/contract";
import type { StoreWorker } from "../core/api/store-worker-client";
import { OPEN_FOLDER_CHANNEL } from "./api-channel";
import { fromAppPage, NOT_FROM_APP, refuse } from "./app-sender";

/** Opens Hộp thư đi or the backup folder – named by the store worker, which knows where they are – in the file manager. */
export function registerOpenFolderChannel(folderOf: StoreWorker["folder"]): void {
  ipcMain.handle(OPEN_FOLDER_CHANNEL, async (event, which: unknown): Promise<ApiResult<string>> => {
    if (!fromAppPage(event)) return NOT_FROM_APP;
    const found = await folderOf(which);
    if (!found.ok) return found;
    const problem = await shell.openPath(found.value);
    return problem ? refuse("open_failed", `Không mở được thư mục "${found.value}": ${problem}`) : found;
  });
}
