/**
 * A bound on every API call: a call that neither finishes nor makes progress
 * within the limit is abandoned – its write transaction rolled back, its
 * caller answered, the queue moving on. The abandoned call learns of it the
 * next time it resumes (throwIfCallAbandoned in the readers) and must then
 * leave the store alone, since the next call may already be writing.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { AppError } from "../shared/errors";

interface CallState {
  abandoned: boolean;
  /** Pushes the deadline back: the call is still moving. */
  progressed: () => void;
}

const calls = new AsyncLocalStorage<CallState>();

/** Three minutes without progress: far beyond any real call on this machine (a 1.000.000-dossier store is re-keyed in under a minute). */
export const CALL_IDLE_LIMIT_MS = 180_000;

export const callAbandoned = () =>
  new AppError("call_timeout", "Thao tác không xong trong thời gian cho phép nên đã dừng lại (tệp có thể bị hỏng). Dữ liệu không thay đổi; hãy kiểm tra tệp rồi làm lại.");

export const isCallAbandoned = () => calls.getStore()?.abandoned === true;

export function throwIfCallAbandoned(): void {
  const call = calls.getStore();
  if (call?.abandoned) throw callAbandoned();
  call?.progressed();
}

/** Runs the job; if it goes `idleMs` without finishing or progressing, calls `abandon` and rejects. */
export function withCallDeadline<T>(idleMs: number, abandon: () => void, job: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout;
    const state: CallState = {
      abandoned: false,
      progressed: () => {
        clearTimeout(timer);
        timer = setTimeout(expire, idleMs);
      },
    };
    const expire = () => {
      if (state.abandoned) return;
      state.abandoned = true;
      abandon();
      reject(callAbandoned());
    };
    timer = setTimeout(expire, idleMs);
    calls.run(state, job).then(
      (value) => {
        clearTimeout(timer);
        if (!state.abandoned) resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!state.abandoned) reject(error);
      },
    );
  });
}
