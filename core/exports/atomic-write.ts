import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../../shared/errors";

/** Why a write failed, as a clerk can act on it. */
const WRITE_PROBLEMS: Record<string, string> = {
  ENOENT: "thư mục không tồn tại",
  ENOTDIR: "thư mục không tồn tại",
  EISDIR: "đường dẫn là một thư mục",
  EACCES: "không có quyền ghi vào thư mục này",
  EPERM: "không có quyền ghi, hoặc tệp đang mở trong chương trình khác (hãy đóng Excel rồi thử lại)",
  EBUSY: "tệp đang mở trong chương trình khác (hãy đóng Excel rồi thử lại)",
  EROFS: "ổ đĩa chỉ cho phép đọc",
  ENOSPC: "ổ đĩa đã đầy",
};

/** Why writing a file (or SQLite writing one) failed, in words a clerk can act on. */
export function writeProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  if (WRITE_PROBLEMS[code]) return WRITE_PROBLEMS[code];
  if (/SQLITE_FULL|disk is full/i.test(String(e))) return WRITE_PROBLEMS.ENOSPC!;
  return e instanceof Error ? e.message : String(e);
}

/**
 * Writes the bytes to a temporary file beside `outPath`, flushes it to disk,
 * then renames it over `outPath`: a failure or a crash leaves either the old
 * file or the new one, never half a file.
 */
export async function writeFileAtomic(outPath: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(outPath), `.${path.basename(outPath)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, outPath);
  } catch (e) {
    // Best effort: the folder itself may be what is missing.
    await rm(temp, { force: true }).catch(() => undefined);
    throw new AppError("file_write_failed", `Không ghi được tệp "${outPath}": ${writeProblem(e)}.`);
  }
}
