/**
 * Protecting the store with a passphrase: the file and every copy of it the
 * app knows of (copies.ts) are encrypted under it, so a lost USB stick or a
 * stolen PC does not hand over citizens' records. Forgetting it loses the data: the
 * screen says so before it is set.
 */
import { existsSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { isEncryptedFile, rekey, unlock } from "../../db/cipher";
import type { Store } from "../../db/store";
import { recordAudit } from "../audit";
import { reportProgress } from "../call-progress";
import type { AppContext } from "../context";
import { AppError } from "../../shared/errors";
import { storeCopies } from "./copies";
import { MIN_PASSPHRASE_LENGTH } from "./passphrase-rules";

export const PASSPHRASE_SETTING = "mat_khau";

export function setPassphraseOf(store: Store, passphrase: string | null): void {
  rekey(store.sqlite, passphrase);
  store.passphrase = passphrase;
}

export interface PassphraseChange {
  protected: boolean;
  /** Copies of the store (backups, the copy taken before a migration, a store moved aside) re-keyed along with it. */
  backupsUpdated: number;
  /** Copies left as they were: under an older passphrase, or unreadable while the passphrase is being removed. */
  backupsLeft: string[];
  /** Half-written copies, and copies in plain text no passphrase could be put on (damaged), deleted so none stays readable. */
  copiesRemoved: string[];
}

/** A copy of the store (a backup, a staged restore) opened with `from` and protected with `to` instead. */
export function rekeyCopy(file: string, from: string | null, to: string | null, nativeBinding: string | undefined): void {
  const encrypted = isEncryptedFile(file);
  const sqlite = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    if (encrypted) {
      if (!from) throw new Error("bản sao lưu có mật khẩu khác");
      unlock(sqlite, from);
    }
    sqlite.prepare("SELECT count(*) FROM sqlite_master").get();
    rekey(sqlite, to);
  } finally {
    sqlite.close();
  }
}

/** A copy with its -wal and -shm: a damaged store moved aside may still have pages in its -wal. */
function removeCopy(file: string): void {
  for (const side of ["", "-wal", "-shm"]) rmSync(`${file}${side}`, { force: true });
}

const described = (passphrase: string | null) => (passphrase ? "có mật khẩu" : "không có mật khẩu");

/**
 * Sets, changes or (with next = null) removes the passphrase; the current one
 * must be given when there is one. Every copy the app knows of goes along:
 * re-keyed, or, while a passphrase is being set, deleted when it is
 * half-written or cannot be encrypted.
 */
export function setStorePassphrase(ctx: AppContext, current: string | null, next: string | null): PassphraseChange {
  const before = ctx.store.passphrase;
  if (before && current !== before) throw new AppError("passphrase_wrong", "Mật khẩu hiện tại không đúng; mật khẩu chưa được đổi.");
  if (next !== null && next.trim().length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError("passphrase_short", `Mật khẩu cần ít nhất ${MIN_PASSPHRASE_LENGTH} ký tự (không tính dấu cách ở đầu và cuối).`);
  }
  if (next === before) return { protected: next !== null, backupsUpdated: 0, backupsLeft: [], copiesRemoved: [] };
  reportProgress(next === null ? "Đang bỏ mật khẩu của dữ liệu" : "Đang đặt mật khẩu mới cho dữ liệu");
  setPassphraseOf(ctx.store, next);
  const copies = storeCopies(ctx);
  const change: PassphraseChange = { protected: next !== null, backupsUpdated: 0, backupsLeft: [], copiesRemoved: [] };
  if (next !== null) {
    for (const file of copies.unfinished) removeCopy(file);
    change.copiesRemoved.push(...copies.unfinished);
  }
  const copyStep = next === null ? "Đang bỏ mật khẩu của bản sao lưu" : "Đang mã hóa lại bản sao lưu";
  for (const [i, file] of copies.whole.entries()) {
    reportProgress(copyStep, i, copies.whole.length);
    try {
      rekeyCopy(file, before, next, ctx.store.nativeBinding);
      change.backupsUpdated++;
    } catch {
      if (next !== null && existsSync(file) && !isEncryptedFile(file)) {
        removeCopy(file);
        change.copiesRemoved.push(file);
      } else change.backupsLeft.push(file);
    }
  }
  reportProgress(copyStep, copies.whole.length, copies.whole.length);
  ctx.store.sqlite.transaction(() =>
    recordAudit(ctx.store.db, { userName: ctx.userName, action: "sua", entity: "settings", entityId: PASSPHRASE_SETTING, oldValue: described(before), newValue: described(next) }),
  )();
  return change;
}
