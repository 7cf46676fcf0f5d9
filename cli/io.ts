import { readFileSync } from "node:fs";
import type { AppContext } from "../core/context";
import { withRestoreAdvice } from "../core/backup/advice";
import { AppError } from "../core/errors";
import { createAppContext } from "../core/app-context";
import { resolveStorePath } from "../core/paths";
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
export function openContext(args: ParsedArgs, extra: { mustExist?: boolean } = {}): AppContext {
  const storePath = resolveStorePath(stringOption(args, "db"));
  try {
    return createAppContext({ storePath, userName: stringOption(args, "user"), mustExist: extra.mustExist });
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
