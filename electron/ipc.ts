import { ipcMain } from "electron";
import type { ApiResult } from "../core/api/contract";
import type { ApiCall } from "../core/api/store-gate";
import { API_CHANNEL } from "./api-channel";
import { fromAppPage, NOT_FROM_APP, refuse } from "./app-sender";

/** Hands each call from the app's own pages to the core (through the store gate); holds no logic of its own. */
export function registerApiChannel(call: ApiCall): void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown, person: unknown): Promise<ApiResult<unknown>> => {
    if (!fromAppPage(event)) return NOT_FROM_APP;
    if (typeof method !== "string") return refuse("unknown_method", "Tên chức năng không hợp lệ.");
    if (person !== undefined && typeof person !== "string") return refuse("invalid_input", "Người làm việc không hợp lệ.");
    return call(method, input, person);
  });
}
