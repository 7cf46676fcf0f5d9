import Database from "better-sqlite3";
import { loadMigrations } from "../../db/migrations";
import { inspectExisting } from "../../db/store";
import { AppError, isAppError } from "../errors";

export interface VerifiedBackup {
  schemaVersion: number;
}

export const refuseBackup = (file: string, why: string): never => {
  throw new AppError("backup_invalid", `Không dùng được bản sao lưu "${file}": ${why}. Dữ liệu hiện tại giữ nguyên.`);
};

/**
 * A backup checked before anything is restored from it: an SQLite file of
 * this app, of a schema this app knows, whose every page passes SQLite's
 * integrity check.
 */
export function verifyBackup(file: string, nativeBinding?: string): VerifiedBackup {
  const known = loadMigrations().length;
  try {
    if (inspectExisting(file, known, nativeBinding) === "new") refuseBackup(file, "tệp rỗng");
  } catch (e) {
    if (isAppError(e) && e.code === "backup_invalid") throw e;
    if (isAppError(e)) refuseBackup(file, e.message.replace(/\.$/, ""));
    refuseBackup(file, "không mở được tệp");
  }
  const sqlite = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const version = sqlite.pragma("user_version", { simple: true }) as number;
    if (version === 0) refuseBackup(file, "tệp chưa có dữ liệu của ứng dụng");
    let problems: string[];
    try {
      problems = (sqlite.pragma("integrity_check(5)") as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (e) {
      return refuseBackup(file, `tệp bị hỏng (${(e as Error).message})`);
    }
    if (problems.join() !== "ok") refuseBackup(file, `tệp bị hỏng (kiểm tra toàn vẹn: ${problems.slice(0, 2).join("; ")})`);
    return { schemaVersion: version };
  } finally {
    sqlite.close();
  }
}
