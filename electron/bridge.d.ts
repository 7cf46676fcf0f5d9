import type { ApiResult } from "../core/api/contract";

/** What the preload exposes as `window.cchc` in the desktop app; absent in browser mode. */
export interface CchcBridge {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    cchc?: CchcBridge;
  }
}
