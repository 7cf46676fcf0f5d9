/**
 * Where automatic backups go: the folder set in Cài đặt (a USB drive, a
 * second disk), else "sao-luu" next to the store. Backups are named by the
 * time they were taken and why: cchc-20251008-093000-truoc-nhap.sqlite.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { settings } from "../../db/schema";
import type { AppContext } from "../context";

export const BACKUP_FOLDER_KEY = "thu_muc_sao_luu";

export const BACKUP_REASONS = {
  "hang-ngay": "sao lưu hằng ngày",
  "truoc-nhap": "trước khi nhập dữ liệu",
  "truoc-gop": "trước khi nhận gói phòng ban",
  "truoc-khoi-phuc": "trước khi khôi phục (để hoàn tác)",
  "tay": "sao lưu do người dùng yêu cầu",
} as const;

export type BackupReason = keyof typeof BACKUP_REASONS;

export function backupFolder(ctx: AppContext): string {
  const row = ctx.store.db.select({ value: settings.value }).from(settings).where(eq(settings.key, BACKUP_FOLDER_KEY)).get();
  return typeof row?.value === "string" && row.value ? row.value : path.join(path.dirname(ctx.store.path), "sao-luu");
}

const NAME = /^cchc-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d+))?-([a-z-]+)\.sqlite$/;

/**
 * 'YYYY-MM-DD HH:mm:ss' → "cchc-YYYYMMDD-HHmmss-<reason>.sqlite", with "-2",
 * "-3"… after the time for a second backup in the same second: a backup never
 * overwrites another (a restore's undo copy may be the very file being restored).
 */
export function backupFileName(folder: string, takenAt: string, reason: BackupReason): string {
  const time = takenAt.replace(/[-:]/g, "").replace(" ", "-");
  for (let n = 1; ; n++) {
    const file = path.join(folder, `cchc-${time}${n > 1 ? `-${n}` : ""}-${reason}.sqlite`);
    if (!existsSync(file)) return file;
  }
}

export interface BackupEntry {
  file: string;
  takenAt: string;
  reason: BackupReason;
}

/** The backups the app made in a folder (other files are left alone), newest first. */
export function listBackups(folder: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const m = NAME.exec(name);
      if (!m || !(m[8]! in BACKUP_REASONS)) return [];
      return [{ file: path.join(folder, name), takenAt: `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}`, sequence: Number(m[7] ?? 1), reason: m[8] as BackupReason }];
    })
    .sort((a, b) => (a.takenAt !== b.takenAt ? (a.takenAt < b.takenAt ? 1 : -1) : b.sequence - a.sequence))
    .map(({ sequence: _sequence, ...entry }) => entry);
}
