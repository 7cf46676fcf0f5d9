/**
 * Where automatic backups go: the folder set in Cài đặt (a USB drive, a
 * second disk), else "sao-luu" next to the store. Backups are named by the
 * time they were taken and why: cchc-20251008-093000-truoc-nhap.sqlite.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { settings } from "../../db/schema";
import { recordAudit } from "../audit";
import type { AppContext } from "../context";
import { localNow } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { writeProblem } from "../exports/atomic-write";
import { BACKUP_REASONS, type BackupReason } from "./labels";
import { firstFreePath } from "../../shared/free-path";

export const BACKUP_FOLDER_KEY = "thu_muc_sao_luu";

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
  return firstFreePath((n) => path.join(folder, `cchc-${time}${n > 1 ? `-${n}` : ""}-${reason}.sqlite`));
}

/** Suffix of a backup being written; an interrupted backup leaves the file under this name. */
export const UNFINISHED_SUFFIX = ".dang-ghi";

/** What interrupted backups left half-written in a folder. */
export function unfinishedBackups(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.filter((name) => name.endsWith(UNFINISHED_SUFFIX) && NAME.test(name.slice(0, -UNFINISHED_SUFFIX.length))).map((name) => path.join(folder, name));
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

/** Every folder backups may have gone to: "sao-luu" next to the store, the one set now, and each one set before (as the audit trail of the setting keeps them). */
export function backupFoldersEverUsed(ctx: AppContext): string[] {
  const rows = ctx.store.sqlite.prepare("SELECT old_value, new_value FROM audit_log WHERE entity = 'settings' AND entity_id = ?").all(BACKUP_FOLDER_KEY) as {
    old_value: string | null;
    new_value: string | null;
  }[];
  const earlier = rows
    .flatMap((r) => [r.old_value, r.new_value])
    .flatMap((v) => (v ? [JSON.parse(v) as unknown] : []))
    .filter((v): v is string => typeof v === "string" && v !== "");
  return [...new Set([path.join(path.dirname(ctx.store.path), "sao-luu"), backupFolder(ctx), ...earlier].map((f) => path.resolve(f)))];
}

/** Sets (or, with null, clears back to "sao-luu" next to the store) the backup folder, after checking it can be written; audited. */
export function setBackupFolder(ctx: AppContext, folder: string | null): string {
  const chosen = folder?.trim() || null;
  if (chosen) {
    if (!path.isAbsolute(chosen)) throw new AppError("backup_folder_invalid", `Thư mục sao lưu phải là đường dẫn đầy đủ (ví dụ E:\\SaoLuuCCHC hoặc /media/usb/sao-luu), nhận được "${chosen}".`);
    const probe = path.join(chosen, `.thu-ghi-${process.pid}`);
    try {
      mkdirSync(chosen, { recursive: true });
      writeFileSync(probe, "");
      rmSync(probe);
    } catch (e) {
      throw new AppError("backup_folder_invalid", `Không ghi được vào thư mục sao lưu "${chosen}": ${writeProblem(e)}.`);
    }
  }
  const before = backupFolder(ctx);
  ctx.store.sqlite.transaction(() => {
    if (chosen) {
      ctx.store.sqlite
        .prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")
        .run(BACKUP_FOLDER_KEY, JSON.stringify(chosen), localNow(ctx.now()));
    } else {
      ctx.store.sqlite.prepare("DELETE FROM settings WHERE key = ?").run(BACKUP_FOLDER_KEY);
    }
    recordAudit(ctx.store.db, { userName: ctx.userName, action: "sua", entity: "settings", entityId: BACKUP_FOLDER_KEY, oldValue: before, newValue: backupFolder(ctx) });
  })();
  return backupFolder(ctx);
}
