/**
 * Putting a backup back in place of the store. The backup is first copied
 * next to the store and that copy verified (so pruning the backup folder
 * cannot take it away half-way, and what is checked is what goes in); the
 * store as it is now is kept as an "undo" backup (or, when it cannot even be
 * opened, moved aside under a new name: nothing is ever deleted); then the
 * copy is renamed over the store, so a power cut leaves either the old store
 * or the restored one, never half of each.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import { recordAudit } from "../audit";
import { reportProgress } from "../call-progress";
import { createAppContext, type ContextOptions } from "../app-context";
import type { AppContext } from "../context";
import { localNow } from "../../shared/dates";
import { AppError, isAppError } from "../../shared/errors";
import { movedAsidePath, stagedRestorePath } from "./copies";
import { isEncryptedFile } from "../../db/cipher";
import { rekeyCopy, setPassphraseOf } from "./passphrase";
import { takeBackup } from "./take";
import { refuseBackup, verifyBackup } from "./verify";
import { sweepUnusedFiles } from "../attachments/attachments";
import { filesFolderOf } from "../attachments/blob-store";
import { writeProblem } from "../exports/atomic-write";
import type { CopyAccess } from "./attached-files";
import { bringFilesIn } from "./restore-files";

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

interface Protection {
  nativeBinding: string | undefined;
  passphrase: string | null | undefined;
}

/** A backup taken before the store had its passphrase comes back protected with it. */
function keepProtection(store: AppContext["store"], passphrase: string | null | undefined): void {
  if (passphrase && !store.passphrase) setPassphraseOf(store, passphrase);
}

const cannotRestore = (source: string, why: string, undo: string | null) =>
  new AppError("restore_failed", `Không khôi phục được từ "${source}": ${why}. Dữ liệu hiện tại giữ nguyên${undo ? `; bản sao trước khi khôi phục: "${undo}"` : ""}.`);

/** The backup copied beside the store, on disk and verified; removed again if it does not verify. Messages name the file as the user knows it. */
function stage(storePath: string, source: string, protection: Protection, shownAs = source): string {
  if (!existsSync(source)) refuseBackup(shownAs, "không mở được tệp");
  const staged = stagedRestorePath(storePath);
  try {
    copyFileSync(source, staged);
    fsyncFile(staged);
  } catch (e) {
    rmSync(staged, { force: true });
    throw cannotRestore(shownAs, (e as Error).message, null);
  }
  try {
    verifyBackup(staged, protection.nativeBinding, protection.passphrase, null);
  } catch (e) {
    removeWithSides(staged);
    throw isAppError(e) ? new AppError(e.code, e.message.replaceAll(staged, shownAs)) : e;
  }
  // Opening the copy to verify it leaves -wal and -shm beside it, which nothing would remove after the swap.
  removeSides(staged);
  return staged;
}

const removeSides = (file: string) => {
  for (const side of ["-wal", "-shm"]) rmSync(`${file}${side}`, { force: true });
};

const removeWithSides = (file: string) => {
  rmSync(file, { force: true });
  removeSides(file);
};

/** The attached files of the staged copy brought into the store's files folder, or the copy removed and the restore refused. */
function stageFiles(storePath: string, staged: string, access: CopyAccess, source: string, shownAs: string): void {
  let problem: string | null;
  try {
    problem = bringFilesIn(staged, access, source, filesFolderOf(storePath));
  } catch (e) {
    problem = `không chép được tệp đính kèm vào "${filesFolderOf(storePath)}" (${writeProblem(e)})`;
  }
  if (problem) {
    removeWithSides(staged);
    throw cannotRestore(shownAs, problem, null);
  }
  removeSides(staged);
}

function rekeyStaged(staged: string, from: string, to: string, nativeBinding: string | undefined, shownAs: string): void {
  try {
    rekeyCopy(staged, from, to, nativeBinding);
  } catch (e) {
    removeWithSides(staged);
    throw cannotRestore(shownAs, `không đặt được mật khẩu hiện tại cho dữ liệu khôi phục (${(e as Error).message})`, null);
  }
  removeSides(staged);
}

function swapIn(storePath: string, staged: string, source: string, undo: string | null): void {
  try {
    removeSides(storePath);
    renameSync(staged, storePath);
  } catch (e) {
    rmSync(staged, { force: true });
    throw cannotRestore(source, (e as Error).message, undo);
  }
}

/**
 * SQLite removes the -wal file when the last connection closes: one still
 * there after this process closed its own means another program (the app, a
 * second cchc) has the store open, and swapping the file under it would
 * corrupt what it writes next.
 */
function refuseIfOpenElsewhere(storePath: string): void {
  if (existsSync(`${storePath}-wal`)) {
    throw new AppError(
      "store_busy",
      `Tệp dữ liệu "${storePath}" đang được một chương trình khác mở (ứng dụng CCHC hoặc một cửa sổ lệnh cchc). Hãy đóng chương trình đó rồi khôi phục lại; dữ liệu hiện tại giữ nguyên.`,
    );
  }
}

/** A store that cannot be opened goes aside with its -wal and -shm, under a name that says so. */
function moveAside(storePath: string, now: Date): string {
  const aside = movedAsidePath(storePath, stamp(now));
  renameSync(storePath, aside);
  for (const side of ["-wal", "-shm"]) if (existsSync(`${storePath}${side}`)) renameSync(`${storePath}${side}`, `${aside}${side}`);
  return aside;
}

const auditRestore = (ctx: AppContext, undo: string | null, source: string) =>
  ctx.store.sqlite.transaction(() => recordAudit(ctx.store.db, { userName: ctx.userName, action: "khoi_phuc", entity: "du_lieu", entityId: null, oldValue: undo, newValue: source }))();

const NOT_DAMAGED = ["store_wrong_passphrase", "disk_full", "store_busy"];

/** `cchc restore`: the store is closed (or cannot be opened at all). */
export async function restoreStore(options: ContextOptions, source: string): Promise<RestoreResult> {
  const { storePath } = options;
  const staged = stage(storePath, source, { nativeBinding: options.nativeBinding, passphrase: options.passphrase });
  stageFiles(storePath, staged, { nativeBinding: options.nativeBinding, passphrase: options.passphrase }, source, source);
  const now = options.now ?? (() => new Date());
  let undo: string | null = null;
  let movedAside: string | null = null;
  try {
    if (existsSync(storePath) && statSync(storePath).size > 0) {
      let current;
      try {
        current = createAppContext({ ...options, mustExist: true });
      } catch (e) {
        // A mistyped passphrase, a full disk or another program holding the store is not a damaged store: nothing is moved aside.
        if (isAppError(e) && NOT_DAMAGED.includes(e.code)) throw e;
        current = null;
      }
      if (current) {
        try {
          undo = (await takeBackup(current, "truoc-khoi-phuc", undefined, [source])).file;
        } finally {
          current.store.close();
        }
        refuseIfOpenElsewhere(storePath);
      } else {
        movedAside = moveAside(storePath, now());
      }
    }
  } catch (e) {
    rmSync(staged, { force: true });
    throw e;
  }
  swapIn(storePath, staged, source, undo);
  const restored = createAppContext({ ...options, mustExist: true });
  try {
    keepProtection(restored.store, options.passphrase);
    auditRestore(restored, undo, source);
    // The files of a store moved aside stay: it may yet be read.
    if (!movedAside) sweepUnusedFiles(restored);
  } finally {
    restored.store.close();
  }
  return { undo, movedAside };
}

/**
 * A restore from inside the running app: the store is backed up for undo,
 * closed, replaced and opened again in the same context, so every later call
 * sees the restored data. Should the restored file not open, the undo copy
 * goes back in its place.
 */
export async function restoreLive(ctx: AppContext, source: string, shownAs = source, backupPassphrase?: string): Promise<RestoreResult> {
  const storePath = ctx.store.path;
  const protection = { nativeBinding: ctx.store.nativeBinding, passphrase: ctx.store.passphrase };
  const backupKey = backupPassphrase ?? protection.passphrase;
  reportProgress("Đang kiểm tra bản sao lưu");
  const staged = stage(storePath, source, { ...protection, passphrase: backupKey }, shownAs);
  // A backup under its own passphrase takes the one the office uses now; with none set, it keeps its own.
  const ownKey = backupKey !== protection.passphrase && isEncryptedFile(staged) ? backupKey : null;
  if (ownKey && protection.passphrase) rekeyStaged(staged, ownKey, protection.passphrase, protection.nativeBinding, shownAs);
  const stagedKey = ownKey && protection.passphrase ? protection.passphrase : backupKey;
  stageFiles(storePath, staged, { nativeBinding: protection.nativeBinding, passphrase: stagedKey }, source, shownAs);
  let undo: string;
  try {
    undo = (await takeBackup(ctx, "truoc-khoi-phuc", undefined, [source])).file;
  } catch (e) {
    rmSync(staged, { force: true });
    throw e;
  }
  reportProgress("Đang khôi phục dữ liệu");
  const closed = ctx.store;
  closed.close();
  let swapped: unknown = null;
  try {
    refuseIfOpenElsewhere(storePath);
    swapIn(storePath, staged, shownAs, undo);
  } catch (e) {
    rmSync(staged, { force: true });
    swapped = e;
  }
  if (!swapped && ownKey && !protection.passphrase) closed.passphrase = ownKey;
  try {
    ctx.store = closed.reopen();
  } catch (e) {
    swapIn(storePath, stage(storePath, undo, protection), undo, undo);
    closed.passphrase = protection.passphrase;
    ctx.store = closed.reopen();
    throw cannotRestore(shownAs, `tệp không mở được sau khi chép vào (${(e as Error).message}); dữ liệu trước khi khôi phục đã được đặt lại`, undo);
  }
  if (swapped) throw swapped;
  keepProtection(ctx.store, protection.passphrase);
  auditRestore(ctx, undo, shownAs);
  sweepUnusedFiles(ctx);
  return { undo, movedAside: null };
}
