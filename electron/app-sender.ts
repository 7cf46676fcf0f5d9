import type { IpcMainInvokeEvent } from "electron";
import { apiFailure } from "../core/api/contract/result";
import { isAppUrl } from "./app-origin";

/** A channel answers only the app's own pages. */
export const fromAppPage = (event: IpcMainInvokeEvent): boolean => !!event.senderFrame && isAppUrl(event.senderFrame.url);

/** The channels refuse with the contract's one constructor. */
export { apiFailure as refuse };

export const NOT_FROM_APP = apiFailure("forbidden", "Yêu cầu không đến từ giao diện của ứng dụng nên bị từ chối.");
