import type { ApiResult } from "../core/api/contract";
import type { ProgressEvent } from "../core/schemas/progress";

/** What the preload exposes as `window.cchc` in the desktop app; absent in browser mode. */
export interface CchcBridge {
  /** `person`: who is working in this window, written into what the call records; absent: the app's start-up user. */
  invoke(method: string, input: unknown, person?: string): Promise<ApiResult<unknown>>;
  /** Hears the progress of this window's long calls (an import, a backup, a passphrase change); returns how to stop hearing it. */
  onProgress(listener: (progress: ProgressEvent) => void): () => void;
  /** Prints the current page (a print view) to an A4 PDF; the value is the PDF's bytes in base64. */
  printToPdf(): Promise<ApiResult<string>>;
  /** Opens Hộp thư đi or the backup folder in the file manager; the value is the folder. */
  openFolder(which: "hop-thu-di" | "sao-luu"): Promise<ApiResult<string>>;
  /** Opens a file attached to a document (by its id) in the system's viewer; the value is the copy opened. */
  openAttachment(id: number, person?: string): Promise<ApiResult<string>>;
}

declare global {
  interface Window {
    cchc?: CchcBridge;
  }
}
