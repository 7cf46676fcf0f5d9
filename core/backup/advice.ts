import path from "node:path";
import { formatDateVi } from "../../shared/dates";
import { AppError, isAppError } from "../../shared/errors";
import { listBackups } from "./folder";
import { verifyBackup } from "./verify";

/**
 * What to do when the store cannot be opened: the newest backup that still
 * verifies, and the command that puts it back (the broken store is kept).
 * Read from the default backup folder: the store's own settings are what
 * cannot be read.
 */
export function restoreAdvice(storePath: string): string {
  const folder = path.join(path.dirname(storePath), "sao-luu");
  const good = listBackups(folder).find((b) => {
    try {
      verifyBackup(b.file);
      return true;
    } catch {
      return false;
    }
  });
  if (!good) return ` Chưa có bản sao lưu dùng được trong "${folder}"; nếu có bản sao lưu ở nơi khác (USB), khôi phục bằng: cchc restore TỆP --db "${storePath}".`;
  const at = `${good.takenAt.slice(11, 16)} ngày ${formatDateVi(good.takenAt.slice(0, 10))}`;
  return ` Bản sao lưu gần nhất còn tốt: "${good.file}" (lúc ${at}). Khôi phục bằng: cchc restore "${good.file}" --db "${storePath}" – tệp hỏng được giữ lại, không bị xóa.`;
}

/** A damaged store and one protected with a passphrase not given look alike: both get the advice. */
const UNREADABLE = ["store_not_sqlite", "store_locked"];

/** An opening refused because the store cannot be read, with the restore that helps added; any other error as it was. */
export function withRestoreAdvice(e: unknown, storePath: string): unknown {
  return isAppError(e) && UNREADABLE.includes(e.code) ? new AppError(e.code, `${e.message}${restoreAdvice(storePath)}`) : e;
}
