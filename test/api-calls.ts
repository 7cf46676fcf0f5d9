import { expect } from "vitest";
import { dispatch } from "../core/api/dispatch";
import type { AppContext } from "../core/context";

/** Calls an API method as the screens do; a refusal fails the test with its code and message. */
export async function call<T>(ctx: AppContext, method: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

/** Calls an API method that must refuse; returns the message the user reads. */
export async function refused(ctx: AppContext, method: string, input: unknown): Promise<string> {
  const r = await dispatch(ctx, method, input);
  expect(r.ok).toBe(false);
  return r.ok ? "" : r.error.message;
}
