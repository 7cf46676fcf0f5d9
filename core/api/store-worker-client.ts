/**
 * The main side of the store worker: sends each call with an id and answers
 * the caller when the worker does. If the worker dies, every call waiting on
 * it is answered with a clear message and a new worker is started – unless
 * it keeps dying, then every call is told to restart the app.
 */
import { logUnexpectedError } from "../error-log";
import { apiFailure as fail, type ApiResult } from "./contract/result";
import type { CallProgress } from "../schemas/progress";
import type { FromWorker, ToWorker, WorkerOptions, WorkerProcess } from "./worker-protocol";

export type ProgressListener = (progress: CallProgress) => void;

export interface StoreWorker {
  call(method: string, input: unknown, person?: string, onProgress?: ProgressListener): Promise<ApiResult<unknown>>;
  /** The folder of Hộp thư đi or of the backups, for the shell to open. */
  folder(which: unknown): Promise<ApiResult<string>>;
  /** Settles once the store is open or waits for its passphrase; rejects with the Vietnamese reason it cannot be opened. */
  opened: Promise<void>;
  /** Lets the calls under way finish, closes the store, then ends the process. */
  close(): Promise<void>;
}

export interface WorkerEvents {
  /** The worker died; `restarted`: a new one took over, else the app must be restarted. */
  crashed?(code: number | null, restarted: boolean): void;
}

/** A call quiet this long gets "Đang xử lý" on the screen even before it reports a step of its own. */
export const SLOW_CALL_MS = 400;
export const WORKING = "Đang xử lý";
/** More deaths than this within the window: something is wrong that a restart does not cure. */
const MAX_CRASHES = 3;
const CRASH_WINDOW_MS = 60_000;
const CLOSE_LIMIT_MS = 15_000;

export const WORKER_CRASHED =
  "Bộ phận xử lý dữ liệu của ứng dụng dừng đột ngột nên thao tác này không có kết quả. Ứng dụng đã khởi động lại bộ phận đó: hãy xem lại dữ liệu (việc vừa làm có thể chưa được lưu) rồi làm lại.";
export const WORKER_GONE = "Bộ phận xử lý dữ liệu của ứng dụng dừng đột ngột nhiều lần liên tiếp. Hãy đóng rồi mở lại ứng dụng; nếu vẫn lỗi, hãy khôi phục từ bản sao lưu.";

/** What the error log keeps of a death (its scrubber would mask a Vietnamese message): the exit code, null when killed by a signal. */
function workerExit(code: number | null): Error {
  const exit = new Error(`the store worker ended without being asked, exit code ${code}`);
  exit.name = "StoreWorkerExit";
  return exit;
}

interface Pending {
  method: string;
  resolve(result: ApiResult<unknown>): void;
  onProgress?: ProgressListener;
}

export function startStoreWorker(spawn: () => WorkerProcess, options: WorkerOptions, events: WorkerEvents = {}): StoreWorker {
  const pending = new Map<number, Pending>();
  const crashes: number[] = [];
  let nextId = 1;
  let worker: WorkerProcess | null = null;
  let gone = false;
  let closing: Promise<void> | null = null;
  let onClosed: (() => void) | null = null;
  let settleOpened: { resolve(): void; reject(e: Error): void } | null = null;
  const opened = new Promise<void>((resolve, reject) => (settleOpened = { resolve, reject }));

  function received(message: FromWorker): void {
    switch (message.type) {
      case "opened":
        settleOpened?.resolve();
        return;
      case "open_failed":
        settleOpened?.reject(new Error(message.message));
        return;
      case "result": {
        const call = pending.get(message.id);
        pending.delete(message.id);
        call?.resolve(message.result);
        return;
      }
      case "progress":
        pending.get(message.id)?.onProgress?.(message.progress);
        return;
      case "closed":
        onClosed?.();
        return;
    }
  }

  function exited(code: number | null): void {
    worker = null;
    if (closing) return onClosed?.();
    const now = Date.now();
    const underWay = [...new Set([...pending.values()].map((call) => call.method))];
    logUnexpectedError(options.storePath, {
      method: underWay.length ? `store.worker (đang chạy: ${underWay.join(", ")})` : "store.worker",
      error: workerExit(code),
      at: new Date(now),
    });
    crashes.push(now);
    while (crashes[0]! < now - CRASH_WINDOW_MS) crashes.shift();
    gone = crashes.length > MAX_CRASHES;
    const answer = fail("worker_crashed", gone ? WORKER_GONE : WORKER_CRASHED);
    for (const call of pending.values()) call.resolve(answer);
    pending.clear();
    events.crashed?.(code, !gone);
    // A worker that died before opening the store leaves `opened` to the next one.
    if (gone) settleOpened?.reject(new Error(WORKER_GONE));
    else start();
  }

  function start(): void {
    const started = spawn();
    started.onMessage(received);
    started.onExit(exited);
    started.post({ type: "open", options });
    worker = started;
  }

  function send(message: ToWorker & { id: number }, method: string, onProgress?: ProgressListener): Promise<ApiResult<unknown>> {
    if (closing) return Promise.resolve(fail("store_closing", "Ứng dụng đang đóng nên thao tác này không được thực hiện."));
    if (gone || !worker) return Promise.resolve(fail("worker_crashed", WORKER_GONE));
    const target = worker;
    return new Promise((resolve) => {
      pending.set(message.id, { method, resolve, ...(onProgress ? { onProgress } : {}) });
      target.post(message);
    });
  }

  function call(method: string, input: unknown, person?: string, onProgress?: ProgressListener): Promise<ApiResult<unknown>> {
    const id = nextId++;
    const message: ToWorker & { id: number } = { type: "call", id, method, input, ...(person === undefined ? {} : { person }) };
    if (!onProgress) return send(message, method);
    let heard = false;
    const slow = setTimeout(() => !heard && onProgress({ step: WORKING }), SLOW_CALL_MS);
    const listener: ProgressListener = (progress) => {
      heard = true;
      onProgress(progress);
    };
    return send(message, method, listener).finally(() => clearTimeout(slow));
  }

  function close(): Promise<void> {
    closing ??= new Promise<void>((resolve) => {
      const current = worker;
      if (!current) return resolve();
      const limit = setTimeout(() => current.kill(), CLOSE_LIMIT_MS);
      onClosed = () => {
        clearTimeout(limit);
        current.kill();
        resolve();
      };
      current.post({ type: "close" });
    });
    return closing;
  }

  start();
  // A start-up failure is the caller's to show through `opened`; unobserved, it must not end the process.
  opened.catch(() => undefined);
  return {
    call,
    folder: (which) => send({ type: "folder", id: nextId++, which }, "folder") as Promise<ApiResult<string>>,
    opened,
    close,
  };
}
