/**
 * The attached files of a backup. Backups in the backup folder share one
 * folder of sealed files, "tep-dinh-kem": sealed files never change and are
 * named per content, so each is copied once, and a daily backup of a store
 * with 2 GB of files copies only what was attached since. Beside each backup
 * a sidecar ("….sqlite.tep") names the files it uses, so pruning a backup
 * can sweep the files no kept backup uses. A copy made to go elsewhere (the
 * whole-data file, `cchc backup --out`) carries the sealed bytes inside it,
 * in attachment_files.sealed: one file moves everything.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { isEncryptedFile, unlock } from "../../db/cipher";
import { readSealed, SWEEP_GRACE_MS, sweepFolder, writeWhole } from "../attachments/blob-store";
import { listBackups } from "./folder";

export const BACKUP_FILES_FOLDER = "tep-dinh-kem";

/** The sealed files of the backups in a folder. */
export const backupFilesFolder = (folder: string): string => path.join(folder, BACKUP_FILES_FOLDER);

/** The list of the stored names a backup uses, beside it. */
export const sidecarOf = (backupFile: string): string => `${backupFile}.tep`;

export interface CopyAccess {
  nativeBinding: string | undefined;
  /** The passphrase the copy is under, if any. */
  passphrase: string | null | undefined;
}

/** A copy of the store opened directly, unlocked when it is encrypted. */
export function openCopy(file: string, access: CopyAccess, readonly = false): Database.Database {
  const encrypted = isEncryptedFile(file);
  const sqlite = new Database(file, { fileMustExist: true, readonly, ...(access.nativeBinding ? { nativeBinding: access.nativeBinding } : {}) });
  if (encrypted && access.passphrase) unlock(sqlite, access.passphrase);
  return sqlite;
}

/** Whether a copy knows attached files at all: one from before they existed has no table for them. */
export const hasAttachments = (sqlite: Database.Database): boolean => sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachment_files'").get() !== undefined;

export interface KeptFile {
  sha256: string;
  storedName: string;
}

/** The files a copy uses whose sealed bytes are not inside it. */
export const filesOutside = (sqlite: Database.Database): KeptFile[] =>
  hasAttachments(sqlite) ? (sqlite.prepare("SELECT sha256, stored_name AS storedName FROM attachment_files WHERE sealed IS NULL ORDER BY stored_name").all() as KeptFile[]) : [];

/** Copies a sealed file so that it is whole under its name or not there at all. */
function copyWhole(from: string, to: string): void {
  const partial = `${to}.dang-ghi`;
  copyFileSync(from, partial);
  const fd = openSync(partial, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, to);
}

/**
 * Copies into the backup folder's files folder each file a backup uses that
 * is not there yet (those there are refreshed, so a sweep running beside
 * leaves them), and writes the backup's sidecar (none when it uses no file). Returns the stored names
 * missing from the store's own files folder: the backup cannot hold them.
 */
export function keepFilesBeside(backupFile: string, used: KeptFile[], liveFolder: string): string[] {
  const into = backupFilesFolder(path.dirname(backupFile));
  const missing: string[] = [];
  if (used.length > 0) mkdirSync(into, { recursive: true });
  const now = new Date();
  for (const { storedName } of used) {
    const target = path.join(into, storedName);
    if (existsSync(target)) {
      utimesSync(target, now, now);
      continue;
    }
    const source = path.join(liveFolder, storedName);
    if (!existsSync(source)) missing.push(storedName);
    else copyWhole(source, target);
  }
  const kept = used.map((f) => f.storedName).filter((n) => !missing.includes(n));
  if (kept.length > 0) writeWhole(sidecarOf(backupFile), Buffer.from(kept.join("\n"), "utf8"));
  return missing;
}

function sidecarNames(file: string): string[] {
  try {
    return readFileSync(file, "utf8").split("\n").filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * After pruning: sidecars whose backup is gone (older than the sweep's grace,
 * so a backup being written beside is left alone) are removed, then the files
 * no remaining sidecar names.
 */
export function sweepBackupFiles(folder: string, graceMs = SWEEP_GRACE_MS): number {
  const backups = new Set(listBackups(folder).map((b) => b.file));
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (!name.endsWith(".sqlite.tep") || backups.has(file.slice(0, -".tep".length))) continue;
    try {
      if (Date.now() - statSync(file).mtimeMs >= graceMs) rmSync(file, { force: true });
    } catch {
      // Gone already.
    }
  }
  const keep = new Set([...backups].flatMap((b) => sidecarNames(sidecarOf(b))));
  return sweepFolder(backupFilesFolder(folder), keep, graceMs);
}

/**
 * Makes a copy self-contained: the sealed bytes of its files go inside it.
 * The copy leaves WAL for a rollback journal first, so the bytes are written
 * once instead of into the -wal and again into the file.
 */
export function sealInside(file: string, access: CopyAccess, places: string[]): { sealed: number; missing: string[] } {
  const copy = openCopy(file, access);
  try {
    const outside = filesOutside(copy).length;
    if (outside === 0) return { sealed: 0, missing: [] };
    copy.pragma("journal_mode = DELETE");
    const missing = sealInto(copy, places);
    return { sealed: outside - missing.length, missing };
  } finally {
    copy.close();
  }
}

/** The files a copy uses, read from it (it is closed again). */
export function filesUsedBy(file: string, access: CopyAccess): KeptFile[] {
  const copy = openCopy(file, access);
  try {
    return filesOutside(copy);
  } finally {
    copy.close();
  }
}

/** Puts the sealed bytes of every file a copy uses inside it, read from the first of `places` that has each; returns the stored names found nowhere. */
export function sealInto(copy: Database.Database, places: string[]): string[] {
  const put = copy.prepare("UPDATE attachment_files SET sealed = ? WHERE sha256 = ?");
  const missing: string[] = [];
  copy.transaction(() => {
    for (const { sha256, storedName } of filesOutside(copy)) {
      const sealed = firstSealed(places, storedName);
      if (sealed) put.run(sealed, sha256);
      else missing.push(storedName);
    }
  })();
  return missing;
}

export function firstSealed(places: string[], storedName: string): Buffer | null {
  for (const place of places) {
    const sealed = readSealed(place, storedName);
    if (sealed) return sealed;
  }
  return null;
}
