import { ipcMain, shell } from "electron";
import type { ApiResult } from "../core/api/contract";
import { STORE_LOCKED_MESSAGE, type StoreGate } from "../core/api/store-gate";
import { appFolder } from "../core/app-folders";
import { OPEN_FOLDER_CHANNEL } from "./api-channel";
import { fromAppPage, NOT_FROM_APP, refuse } from "./app-sender";

/** Opens Hộp thư đi or the backup folder in the file manager, for copying files to a USB stick by hand. */
export function registerOpenFolderChannel(gate: StoreGate): void {
  ipcMain.handle(OPEN_FOLDER_CHANNEL, async (event, which: unknown): Promise<ApiResult<string>> => {
    if (!fromAppPage(event)) return NOT_FROM_APP;
    const ctx = gate.current();
    if (!ctx) return refuse("store_locked", STORE_LOCKED_MESSAGE);
    try {
      const folder = appFolder(ctx, which);
      const problem = await shell.openPath(folder);
      return problem ? refuse("open_failed", `Không mở được thư mục "${folder}": ${problem}`) : { ok: true, value: folder };
    } catch (e) {
      return refuse("open_failed", e instanceof Error ? e.message : String(e));
    }
  });
}
