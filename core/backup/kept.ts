import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AppContext } from "../context";
import { AppError } from "../../shared/errors";
import { writeProblem } from "../exports/atomic-write";
import { uploadPath } from "./copies";
import { backupFolder, listBackups, type BackupEntry } from "./folder";
import { restoreLive, type RestoreResult } from "./restore";

/** One of the backups listed in the backup folder; the screen can name no other file on the machine. */
export function keptBackup(ctx: AppContext, file: string): BackupEntry {
  const found = listBackups(backupFolder(ctx)).find((b) => b.file === file);
  if (!found) throw new AppError("backup_missing", `Không còn bản sao lưu "${path.basename(file)}" trong thư mục sao lưu (có thể đã được dọn theo chế độ giữ bản). Hãy tải lại danh sách.`);
  return found;
}

export function keptBackupBytes(ctx: AppContext, file: string): { fileName: string; bytes: Buffer } {
  const { file: kept } = keptBackup(ctx, file);
  return { fileName: path.basename(kept), bytes: readFileSync(kept) };
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
