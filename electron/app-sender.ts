import type { IpcMainInvokeEvent } from "electron";
import type { ApiResult } from "../core/api/contract";
import { isAppUrl } from "./app-origin";

/** A channel answers only the app's own pages. */
export const fromAppPage = (event: IpcMainInvokeEvent): boolean => !!event.senderFrame && isAppUrl(event.senderFrame.url);

export const refuse = (code: string, message: string): ApiResult<never> => ({ ok: false, error: { code, message } });

export const NOT_FROM_APP = refuse("forbidden", "Yêu cầu không đến từ giao diện của ứng dụng nên bị từ chối.");
