import { mkdirSync, renameSync, rmSync, statSync, unlinkSync } from "node:fs";
import path from "node:path";
import { reportProgress } from "../call-progress";
import type { AppContext } from "../context";
import { localNow, todayInVietnam } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { writeProblem } from "../exports/atomic-write";
import { backupFileName, backupFolder, listBackups, UNFINISHED_SUFFIX, type BackupEntry } from "./folder";
import type { BackupReason } from "./labels";
import { backupsToPrune } from "./retention";
import { filesFolder } from "../attachments/attachments";
import { filesUsedBy, keepFilesBeside, sealInside, sidecarOf, sweepBackupFiles, type CopyAccess } from "./attached-files";

export interface TakenBackup extends BackupEntry {
  bytes: number;
  /** Attached files the store uses that were not in its files folder, so the backup could not hold them. */
  filesMissing: number;
}

function removePartial(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // The folder itself is unusable: there is nothing to remove.
  }
}

/**
 * A consistent copy of the whole store through SQLite's online backup, taken
 * while the app keeps running: into `out` when given, carrying the attached
 * files inside it; else into the backup folder, the files it uses copied
 * beside it (each only once), after which the folder is pruned by the
 * retention policy – never pruning the files named in `keep` (the backup a
 * restore is made from) – and swept of the files no kept backup uses.
 */
export async function takeBackup(ctx: AppContext, reason: BackupReason, out?: string, keep: string[] = []): Promise<TakenBackup> {
  const folder = out ? path.dirname(path.resolve(out)) : backupFolder(ctx);
  const takenAt = localNow(ctx.now());
  const file = out ? path.resolve(out) : backupFileName(folder, takenAt, reason);
  const partial = `${file}${UNFINISHED_SUFFIX}`;
  reportProgress("Đang sao lưu dữ liệu");
  let filesMissing: number;
  try {
    mkdirSync(folder, { recursive: true });
    // SQLite's online backup cannot write an encrypted copy; VACUUM INTO writes one under the same passphrase.
    if (ctx.store.passphrase) ctx.store.sqlite.prepare("VACUUM INTO ?").run(partial);
    else await ctx.store.sqlite.backup(partial);
    const access: CopyAccess = { nativeBinding: ctx.store.nativeBinding, passphrase: ctx.store.passphrase };
    // The files are those of the copy, not of the store: another program may have changed the store since.
    filesMissing = out ? sealInside(partial, access, [filesFolder(ctx)]).missing.length : keepFilesBeside(file, filesUsedBy(partial, access), filesFolder(ctx)).length;
    renameSync(partial, file);
  } catch (e) {
    removePartial(partial);
    if (!out) removePartial(sidecarOf(file));
    throw new AppError("backup_failed", `Không sao lưu được vào "${folder}": ${writeProblem(e)}. Dữ liệu không thay đổi; hãy chọn thư mục sao lưu khác ở trang Cài đặt hoặc giải phóng ổ đĩa.`);
  }
  if (!out) {
    for (const old of backupsToPrune(
      listBackups(folder),
      takenAt.slice(0, 10),
      keep.map((k) => path.resolve(k)),
    )) {
      unlinkSync(old);
      rmSync(sidecarOf(old), { force: true });
    }
    sweepBackupFiles(folder);
  }
  return { file, takenAt, reason, bytes: statSync(file).size, filesMissing };
}

/** The day's backup, when the app runs and none was taken today. */
export async function ensureDailyBackup(ctx: AppContext): Promise<TakenBackup | null> {
  const today = todayInVietnam(ctx.now());
  if (listBackups(backupFolder(ctx)).some((b) => b.takenAt.startsWith(today))) return null;
  return takeBackup(ctx, "hang-ngay");
}
