/**
 * Protecting the store with a passphrase: the file and every backup in the
 * backup folder are encrypted under it, so a lost USB stick or a stolen PC
 * does not hand over citizens' records. Forgetting it loses the data: the
 * screen says so before it is set.
 */
import Database from "better-sqlite3";
import { isEncryptedFile, rekey, unlock } from "../../db/cipher";
import type { Store } from "../../db/store";
import { recordAudit } from "../audit";
import type { AppContext } from "../context";
import { AppError } from "../errors";
import { backupFolder, listBackups } from "./folder";
import { MIN_PASSPHRASE_LENGTH } from "./passphrase-rules";

export const PASSPHRASE_SETTING = "mat_khau";

export function setPassphraseOf(store: Store, passphrase: string | null): void {
  rekey(store.sqlite, passphrase);
  store.passphrase = passphrase;
}

export interface PassphraseChange {
  protected: boolean;
  /** Backups re-keyed along with the store. */
  backupsUpdated: number;
  /** Backups left as they were (under an older passphrase, or unreadable). */
  backupsLeft: string[];
}

function rekeyBackup(file: string, from: string | null, to: string | null, nativeBinding: string | undefined): void {
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

const described = (passphrase: string | null) => (passphrase ? "có mật khẩu" : "không có mật khẩu");

/** Sets, changes or (with next = null) removes the passphrase; the current one must be given when there is one. */
export function setStorePassphrase(ctx: AppContext, current: string | null, next: string | null): PassphraseChange {
  const before = ctx.store.passphrase;
  if (before && current !== before) throw new AppError("passphrase_wrong", "Mật khẩu hiện tại không đúng; mật khẩu chưa được đổi.");
  if (next !== null && next.trim().length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError("passphrase_short", `Mật khẩu cần ít nhất ${MIN_PASSPHRASE_LENGTH} ký tự (không tính dấu cách ở đầu và cuối).`);
  }
  if (next === before) return { protected: next !== null, backupsUpdated: 0, backupsLeft: [] };
  setPassphraseOf(ctx.store, next);
  let backupsUpdated = 0;
  const backupsLeft: string[] = [];
  for (const backup of listBackups(backupFolder(ctx))) {
    try {
      rekeyBackup(backup.file, before, next, ctx.store.nativeBinding);
      backupsUpdated++;
    } catch {
      backupsLeft.push(backup.file);
    }
  }
  ctx.store.sqlite.transaction(() =>
    recordAudit(ctx.store.db, { userName: ctx.userName, action: "sua", entity: "settings", entityId: PASSPHRASE_SETTING, oldValue: described(before), newValue: described(next) }),
  )();
  return { protected: next !== null, backupsUpdated, backupsLeft };
}
