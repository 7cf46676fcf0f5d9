// Kept free of the store and its libraries: every command, --help included, loads this file.
import { readFileSync } from "node:fs";
import { AppError } from "../shared/errors";
import type { ParsedArgs } from "./args";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
};

export const wantsJson = (args: ParsedArgs) => args.options.get("json") === true;

/** A store's passphrase comes from the environment, never from an option: options end up in the shell's history and the process list. */
export const passphraseFromEnv = (name = "CCHC_MAT_KHAU"): string | null => process.env[name] || null;

/** A file the user named, read whole; "what" names it in the message ("Tệp biểu mẫu", "Tệp gói"). */
export function readUserFile(file: string, shown: string, what = "Tệp"): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "EISDIR" ? "là một thư mục, không phải tệp" : "không mở được (không tồn tại hoặc không có quyền đọc)";
    throw new AppError("file_unreadable", `${what} "${shown}" ${why}.`);
  }
}
