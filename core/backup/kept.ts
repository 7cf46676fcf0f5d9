import { copyFileSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AppContext } from "../context";
import { AppError } from "../../shared/errors";
import { writeProblem } from "../exports/atomic-write";
import { filesFolder } from "../attachments/attachments";
import { backupFilesFolder, sealInside } from "./attached-files";
import { formatNumber } from "../number-format";
import { formatMegabytes, UPLOAD_FILE_BYTES } from "../file-size";
import { uploadPath } from "./copies";
import { backupFolder, listBackups, UNFINISHED_SUFFIX, type BackupEntry } from "./folder";
import { restoreLive, type RestoreResult } from "./restore";

/** One of the backups listed in the backup folder; the screen can name no other file on the machine. */
export function keptBackup(ctx: AppContext, file: string): BackupEntry {
  const found = listBackups(backupFolder(ctx)).find((b) => b.file === file);
  if (!found) throw new AppError("backup_missing", `Không còn bản sao lưu "${path.basename(file)}" trong thư mục sao lưu (có thể đã được dọn theo chế độ giữ bản). Hãy tải lại danh sách.`);
  return found;
}

/**
 * A kept backup as one whole-data file to carry elsewhere: the sealed bytes
 * of its attached files (from beside it, else from the store's files folder)
 * go inside a copy of it, made beside it only while this runs.
 */
export function keptBackupBytes(ctx: AppContext, file: string): { fileName: string; bytes: Buffer } {
  const { file: kept } = keptBackup(ctx, file);
  const copy = `${kept}${UNFINISHED_SUFFIX}`;
  try {
    copyFileSync(kept, copy);
    const { missing } = sealInside(copy, { nativeBinding: ctx.store.nativeBinding, passphrase: ctx.store.passphrase }, [backupFilesFolder(path.dirname(kept)), filesFolder(ctx)]);
    if (missing.length > 0)
      throw new AppError(
        "backup_invalid",
        `Bản sao lưu "${path.basename(kept)}" thiếu ${formatNumber(missing.length, 0)} tệp đính kèm (không có trong "${backupFilesFolder(path.dirname(kept))}" lẫn "${filesFolder(ctx)}"): hãy chọn bản sao lưu khác. Dữ liệu hiện tại giữ nguyên.`,
      );
    const size = statSync(copy).size;
    // The screen carries a file as base64 within the upload limit, and the new PC's screen takes no larger one.
    if (size > UPLOAD_FILE_BYTES)
      throw new AppError(
        "backup_too_large",
        `Toàn bộ dữ liệu kèm tệp đính kèm nặng ${formatMegabytes(size)}, quá ${formatMegabytes(UPLOAD_FILE_BYTES)} mà màn hình chuyển được. Hãy chép cả thư mục sao lưu "${path.dirname(kept)}" (các tệp .sqlite cùng thư mục tep-dinh-kem bên cạnh) sang máy mới, chọn thư mục đó làm thư mục sao lưu ở trang Cài đặt rồi khôi phục, hoặc dùng lệnh: cchc backup --out TỆP ở máy cũ và cchc restore TỆP ở máy mới. Dữ liệu không thay đổi.`,
      );
    return { fileName: path.basename(kept), bytes: readFileSync(copy) };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError("backup_failed", `Không chép được bản sao lưu "${path.basename(kept)}": ${writeProblem(e)}. Dữ liệu hiện tại giữ nguyên.`);
  } finally {
    rmSync(copy, { force: true });
  }
}

/**
 * The whole-data file the user brought (from the old PC, a USB stick),
 * written beside the store only for as long as the restore takes.
 */
export async function restoreFromBytes(ctx: AppContext, fileName: string, bytes: Buffer, backupPassphrase?: string): Promise<RestoreResult> {
  const upload = uploadPath(ctx.store.path);
  try {
    writeFileSync(upload, bytes);
  } catch (e) {
    rmSync(upload, { force: true });
    throw new AppError("restore_failed", `Không chép được tệp "${fileName}" vào máy: ${writeProblem(e)}. Dữ liệu hiện tại giữ nguyên.`);
  }
  try {
    return await restoreLive(ctx, upload, fileName, backupPassphrase);
  } finally {
    rmSync(upload, { force: true });
  }
}
