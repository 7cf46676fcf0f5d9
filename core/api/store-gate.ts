/**
 * The store behind both transports: open, or waiting for its passphrase. A
 * store protected with a passphrase that was not given at start opens when
 * the user types it on the unlock screen; until then every call but
 * "store.status" and "store.unlock" is refused.
 */
import { createAppContext, type ContextOptions } from "../app-context";
import type { AppContext } from "../context";
import { isAppError } from "../../shared/errors";
import { logUnexpectedError } from "../error-log";
import { apiFailure as fail, type ApiResult } from "./contract/result";
import { dispatch, inTurn } from "./dispatch";

/** A call from the UI: the method, its input and the person working, if the app named one (see dispatch). */
export type ApiCall = (method: string, input: unknown, person?: string) => Promise<ApiResult<unknown>>;

export interface StoreGate {
  /** The open store's context; null while it waits for its passphrase. */
  current(): AppContext | null;
  call: ApiCall;
  /** Runs once the store is open: at once when it already is. */
  whenOpen(listener: (ctx: AppContext) => void): void;
}

/** A wrong passphrase waits this long before it or any attempt after it is answered, so guessing is slow. */
export const WRONG_PASSPHRASE_DELAY_MS = 1000;

/** The answer to anything but unlocking while the protected store is still closed. */
export const STORE_LOCKED_MESSAGE = "Dữ liệu đang khóa bằng mật khẩu: hãy nhập mật khẩu để mở.";

const storeLost = (file: string) =>
  `Tệp dữ liệu "${file}" không còn ở chỗ cũ: đã bị xóa, đổi tên hoặc bị thay bằng tệp khác trong lúc ứng dụng đang mở, nên thao tác vừa rồi chưa được thực hiện (ghi vào tệp đã mất sẽ mất hết). Hãy đóng ứng dụng, đặt tệp dữ liệu về chỗ cũ hoặc khôi phục từ bản sao lưu (cchc restore, xem cchc backup --list), rồi mở lại.`;

const LOCKED = { locked: true, protected: true };

/** Opens the store, or leaves it locked when it needs a passphrase; any other failure to open is thrown. */
export function openStoreGate(options: ContextOptions): StoreGate {
  let ctx: AppContext | null = null;
  const listeners: ((ctx: AppContext) => void)[] = [];
  const open = (passphrase: string | null | undefined) => {
    const opened = createAppContext({ ...options, passphrase });
    ctx = opened;
    for (const listener of listeners.splice(0)) listener(opened);
  };
  try {
    open(options.passphrase);
  } catch (e) {
    if (!(isAppError(e) && e.code === "store_locked")) throw e;
  }

  async function tryPassphrase(passphrase: string): Promise<ApiResult<unknown>> {
    try {
      open(passphrase);
      return { ok: true, value: { locked: false, protected: true } };
    } catch (e) {
      await new Promise((resolve) => setTimeout(resolve, WRONG_PASSPHRASE_DELAY_MS));
      if (isAppError(e)) return fail(e.code, e.message);
      logUnexpectedError(options.storePath, { method: "store.unlock", error: e, at: new Date() });
      return fail("internal", `Không mở được dữ liệu: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** One attempt at a time, each wrong one holding the next back for the delay: guesses sent together are no faster than one by one. */
  let attempts: Promise<unknown> = Promise.resolve();
  function unlock(input: unknown): Promise<ApiResult<unknown>> {
    const passphrase = (input as { passphrase?: unknown } | null)?.passphrase;
    if (typeof passphrase !== "string" || !passphrase) return Promise.resolve(fail("invalid_input", "Hãy nhập mật khẩu."));
    const run = () => (ctx ? callOpen(ctx, "store.unlock", input) : tryPassphrase(passphrase));
    const attempt = attempts.then(run, run);
    attempts = attempt;
    return attempt;
  }

  /**
   * Refused when the store's file is gone or replaced; checked in the store's
   * turn, so a restore swapping the file in an earlier call has finished and
   * is not taken for a loss.
   */
  function callOpen(opened: AppContext, method: string, input: unknown, person?: string): Promise<ApiResult<unknown>> {
    return inTurn(opened, async () => opened.store.isInPlace()).then((inPlace) => (inPlace ? dispatch(opened, method, input, person) : fail("store_lost", storeLost(opened.store.path))));
  }

  return {
    current: () => ctx,
    call: (method, input, person) => {
      if (ctx) return callOpen(ctx, method, input, person);
      if (method === "store.status") return Promise.resolve({ ok: true, value: LOCKED });
      if (method === "store.unlock") return unlock(input);
      return Promise.resolve(fail("store_locked", STORE_LOCKED_MESSAGE));
    },
    whenOpen: (listener) => {
      if (ctx) listener(ctx);
      else listeners.push(listener);
    },
  };
}
