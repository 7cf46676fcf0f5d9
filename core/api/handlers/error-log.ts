import type { HandlersFor } from "./handler-types";
import type { errorLogApi } from "../contract/error-log";
import { errorLogFile, readErrorLogTail } from "../../error-log";

/** What "Sao chép nhật ký lỗi" copies: enough of the latest errors for support, small enough to paste into a message. */
export const ERROR_LOG_COPY_BYTES = 64 * 1024;

export const errorLogHandlers: HandlersFor<keyof typeof errorLogApi> = {
  "errorLog.get": (ctx) => ({ file: errorLogFile(ctx.store.path), text: readErrorLogTail(ctx.store.path, ERROR_LOG_COPY_BYTES) }),
};
