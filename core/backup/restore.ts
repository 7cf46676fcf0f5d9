/**
 * Putting a backup back in place of the store. The backup is verified first;
 * the store as it is now is kept as an "undo" backup (or, when it cannot even
 * be opened, moved aside under a new name: nothing is ever deleted); then the
 * backup is copied next to the store and renamed over it, so a power cut
 * leaves either the old store or the restored one, never half of each.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import { recordAudit } from "../audit";
import { createAppContext, type ContextOptions } from "../app-context";
import { localNow } from "../dates";
import { AppError } from "../errors";
import { takeBackup } from "./take";
import { verifyBackup } from "./verify";

export interface RestoreResult {
  /** The backup of the store as it was, to undo the restore with; null when there was no store. */
  undo: string | null;
  /** Where a store that could not be opened was moved to. */
  movedAside: string | null;
}

const stamp = (d: Date) => localNow(d).replace(/[-:]/g, "").replace(" ", "-");

function fsyncFile(file: string): void {
  const fd = openSync(file, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export async function restoreStore(options: ContextOptions, backupFile: string): Promise<RestoreResult> {
  const { storePath } = options;
  verifyBackup(backupFile, options.nativeBinding);
  const now = options.now ?? (() => new Date());
  let undo: string | null = null;
  let movedAside: string | null = null;
  if (existsSync(storePath) && statSync(storePath).size > 0) {
    let current;
    try {
      current = createAppContext({ ...options, mustExist: true });
    } catch {
      current = null;
    }
    if (current) {
      try {
        undo = (await takeBackup(current, "truoc-khoi-phuc")).file;
      } finally {
        current.store.close();
      }
    } else {
      movedAside = `${storePath}.hong-${stamp(now())}`;
      renameSync(storePath, movedAside);
    }
  }
  const incoming = `${storePath}.dang-khoi-phuc`;
  try {
    copyFileSync(backupFile, incoming);
    fsyncFile(incoming);
    for (const side of ["-wal", "-shm"]) rmSync(`${storePath}${side}`, { force: true });
    renameSync(incoming, storePath);
  } catch (e) {
    rmSync(incoming, { force: true });
    throw new AppError("restore_failed", `Không khôi phục được từ "${backupFile}": ${(e as Error).message}. Dữ liệu hiện tại giữ nguyên${undo ? `; bản sao trước khi khôi phục: "${undo}"` : ""}.`);
  }
  const restored = createAppContext({ ...options, mustExist: true });
  try {
    restored.store.sqlite.transaction(() =>
      recordAudit(restored.store.db, { userName: restored.userName, action: "khoi_phuc", entity: "du_lieu", entityId: null, oldValue: undo, newValue: backupFile }),
    )();
  } finally {
    restored.store.close();
  }
  return { undo, movedAside };
}
