/** The one IPC channel between the renderer and the core. */
export const API_CHANNEL = "cchc:api";
/** The progress of a long call, sent unasked to the window that made it (core/api/progress.ts, ProgressEvent). */
export const PROGRESS_CHANNEL = "cchc:progress";
/** Asks the shell to print the calling page (a print view) to PDF. */
export const PRINT_CHANNEL = "cchc:print-to-pdf";
/** Asks the shell to open Hộp thư đi or the backup folder in the file manager. */
export const OPEN_FOLDER_CHANNEL = "cchc:open-folder";
/** Asks the shell to open a file attached to a document in the system's viewer. */
export const OPEN_ATTACHMENT_CHANNEL = "cchc:open-attachment";
