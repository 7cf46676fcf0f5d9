import { ipcMain } from "electron";
import type { ApiResult } from "../core/api/contract";
import type { ProgressEvent } from "../core/schemas/progress";
import type { StoreWorker } from "../core/api/store-worker-client";
import { API_CHANNEL, PROGRESS_CHANNEL } from "./api-channel";
import { fromAppPage, NOT_FROM_APP, refuse } from "./app-sender";

/**
 * Hands each call from the app's own pages to the store worker and its
 * progress back to the window that made it; holds no logic of its own.
 */
export function registerApiChannel(call: StoreWorker["call"]): void {
  let calls = 0;
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown, person: unknown): Promise<ApiResult<unknown>> => {
    if (!fromAppPage(event)) return NOT_FROM_APP;
    if (typeof method !== "string") return refuse("unknown_method", "Tên chức năng không hợp lệ.");
    if (person !== undefined && typeof person !== "string") return refuse("invalid_input", "Người làm việc không hợp lệ.");
    const id = ++calls;
    let told = false;
    const tell = (progress: ProgressEvent) => {
      if (!event.sender.isDestroyed()) event.sender.send(PROGRESS_CHANNEL, progress);
    };
    const result = await call(method, input, person, (progress) => {
      told = true;
      tell({ call: id, method, ...progress });
    });
    if (told) tell({ call: id, finished: true });
    return result;
  });
}
