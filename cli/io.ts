import { readFileSync } from "node:fs";
import type { AppContext } from "../core/context";
import { withRestoreAdvice } from "../core/backup/advice";
import { AppError } from "../core/errors";
import { createAppContext } from "../core/app-context";
import { openStoreGate, type StoreGate } from "../core/api/store-gate";
import { storePathForUse } from "../core/paths";
import { stringOption, type ParsedArgs } from "./args";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
};

export const wantsJson = (args: ParsedArgs) => args.options.get("json") === true;

/** Opens the store named by --db / CCHC_DB / the app's default, as the named user. */
/** A store's passphrase comes from the environment, never from an option: options end up in the shell's history and the process list. */
export const passphraseFromEnv = (name = "CCHC_MAT_KHAU"): string | null => process.env[name] || null;

export function openContext(args: ParsedArgs, extra: { mustExist?: boolean } = {}): AppContext {
  const storePath = storePathForUse(stringOption(args, "db"));
  try {
    return createAppContext({ storePath, userName: stringOption(args, "user"), mustExist: extra.mustExist, passphrase: passphraseFromEnv() });
  } catch (e) {
    throw withRestoreAdvice(e, storePath);
  }
}

/** The store for `cchc serve`: opened now, or left locked for the browser's unlock screen when it has a passphrase not given in CCHC_MAT_KHAU. */
export function openGate(args: ParsedArgs): StoreGate {
  const storePath = storePathForUse(stringOption(args, "db"));
  try {
    return openStoreGate({ storePath, userName: stringOption(args, "user"), passphrase: passphraseFromEnv() });
  } catch (e) {
    throw withRestoreAdvice(e, storePath);
  }
}

/** Runs `body` with an open context and always closes the store. */
export async function withContext<T>(args: ParsedArgs, body: (ctx: AppContext) => T | Promise<T>, extra: { mustExist?: boolean } = {}): Promise<T> {
  const ctx = openContext(args, extra);
  try {
    return await body(ctx);
  } finally {
    ctx.store.close();
  }
}

/** A file the user named, read whole; "what" names it in the message ("Tệp biểu mẫu", "Tệp gói"). */
export function readUserFile(file: string, shown: string, what = "Tệp"): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "EISDIR" ? "là một thư mục, không phải tệp" : "không mở được (không tồn tại hoặc không có quyền đọc)";
    throw new AppError("file_unreadable", `${what} "${shown}" ${why}.`);
  }
}
