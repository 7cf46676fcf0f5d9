/**
 * The messages between the desktop app's main process and the store worker,
 * the process that owns the store so a long call never freezes the window.
 * A call is the gate's own message – method, input, person – with an id to
 * match its answer; progress comes unasked, tagged with the call's id.
 */
import type { ApiResult } from "./contract";
import type { CallProgress } from "../schemas/progress";

export interface WorkerOptions {
  storePath: string;
  /** better-sqlite3 built for the runtime the worker runs in (Electron's ABI in the desktop app). */
  nativeBinding?: string;
  userName?: string;
  passphrase?: string;
}

export type ToWorker =
  | { type: "open"; options: WorkerOptions }
  | { type: "call"; id: number; method: string; input: unknown; person?: string }
  /** The folder the shell opens for Hộp thư đi or the backups: only the store knows where they are. */
  | { type: "folder"; id: number; which: unknown }
  | { type: "close" };

export type FromWorker =
  | { type: "opened" }
  | { type: "open_failed"; message: string }
  | { type: "result"; id: number; result: ApiResult<unknown> }
  | { type: "progress"; id: number; progress: CallProgress }
  | { type: "closed" };

/** The worker's end of its channel: Electron's process.parentPort, or Node's process.send in a forked child. */
export interface ParentChannel {
  post(message: FromWorker): void;
  onMessage(listener: (message: ToWorker) => void): void;
}

/** The main side's handle on one started worker process. */
export interface WorkerProcess {
  post(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}
