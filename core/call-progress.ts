/**
 * Progress of a long call (an import, a backup, a passphrase change) told to
 * whoever started it – the store worker passes it on to the window. Code deep
 * in a call reports without knowing who listens; outside a listened call a
 * report costs one lookup.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { CallProgress } from "./schemas/progress";

type Listener = (progress: CallProgress) => void;

interface Listening {
  listener: Listener;
  step: string | null;
  at: number;
}

const listening = new AsyncLocalStorage<Listening>();

/** Counts move faster than a screen can show them: one report per step in this time, a new step always. */
export const PROGRESS_INTERVAL_MS = 100;

export function withProgress<T>(listener: Listener, job: () => T): T {
  return listening.run({ listener, step: null, at: 0 }, job);
}

export function reportProgress(step: string, done?: number, total?: number): void {
  const state = listening.getStore();
  if (!state) return;
  const now = Date.now();
  const last = total !== undefined && done === total;
  if (step === state.step && now - state.at < PROGRESS_INTERVAL_MS && !last) return;
  state.step = step;
  state.at = now;
  state.listener({ step, ...(done === undefined ? {} : { done }), ...(total === undefined ? {} : { total }) });
}
