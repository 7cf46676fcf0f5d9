import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { loadMigrations } from "../../db/migrations";
import { unlock } from "../../db/cipher";
import { migratedSchema, schemaDifferences, schemaObjects, type SchemaDifference } from "../../db/schema-objects";
import { inspectExisting } from "../../db/store";
import { AppError, isAppError } from "../../shared/errors";
import { filesFolderOf } from "../attachments/blob-store";
import { backupFilesFolder } from "./attached-files";
import { checkFiles, filesProblem } from "./files-check";

export interface VerifiedBackup {
  schemaVersion: number;
}

export const refuseBackup = (file: string, why: string): never => {
  throw new AppError("backup_invalid", `Không dùng được bản sao lưu "${file}": ${why}. Dữ liệu hiện tại giữ nguyên.`);
};

/** A backup under a passphrase other than the one tried: the clerk is asked for the backup's own. */
const backupPassphraseNeeded = (file: string) =>
  new AppError(
    "backup_passphrase_needed",
    `Bản sao lưu "${file}" được bảo vệ bằng mật khẩu khác (hoặc mật khẩu vừa nhập chưa đúng, hoặc tệp đã bị hỏng): hãy nhập mật khẩu của bản sao lưu. Dữ liệu hiện tại giữ nguyên.`,
  );

/** Where a copy's files are: beside it when it is a backup in a backup folder, in its own files folder when it is a store; the one beside it when neither is there. */
function filesFoldersOf(file: string): string[] {
  const found = [backupFilesFolder(path.dirname(file)), filesFolderOf(file)].filter((folder) => existsSync(folder));
  return found.length ? found : [backupFilesFolder(path.dirname(file))];
}

const OBJECT_LABELS: Record<string, string> = { table: "bảng", index: "chỉ mục", trigger: "trigger", view: "view" };

function describeDifference({ kind, type, name }: SchemaDifference): string {
  const label = OBJECT_LABELS[type] ?? type;
  if (kind === "extra") return `có ${label} lạ "${name}"`;
  if (kind === "missing") return `thiếu ${label} "${name}"`;
  return `${label} "${name}" khác với cấu trúc của ứng dụng`;
}

const SHOWN_DIFFERENCES = 5;

/** A backup holds data only: its tables, indexes, triggers and views are exactly those the app's migrations make at its version. */
function refuseForeignSchema(sqlite: Database.Database, file: string, version: number, nativeBinding: string | undefined): void {
  const differences = schemaDifferences(schemaObjects(sqlite), migratedSchema(version, nativeBinding));
  if (differences.length === 0) return;
  const shown = differences.slice(0, SHOWN_DIFFERENCES).map(describeDifference).join("; ");
  const more = differences.length > SHOWN_DIFFERENCES ? ` và ${differences.length - SHOWN_DIFFERENCES} chỗ khác nữa` : "";
  refuseBackup(file, `cấu trúc tệp khác với cấu trúc dữ liệu mà ứng dụng tạo ra (phiên bản dữ liệu ${version}): ${shown}${more} – tệp có thể đã bị sửa bằng công cụ khác`);
}

/**
 * A backup checked before anything is restored from it: an SQLite file of
 * this app, of a schema this app knows and made exactly as the app makes it,
 * whose every page passes SQLite's integrity check; and every file attached
 * is there and whole: inside the copy, else in `filesIn` (null leaves the
 * files to the caller – a restore looks in more places).
 */
export function verifyBackup(file: string, nativeBinding?: string, passphrase?: string | null, filesIn: string[] | null = filesFoldersOf(file)): VerifiedBackup {
  const known = loadMigrations().length;
  let encrypted = false;
  try {
    const inspected = inspectExisting(file, known, nativeBinding, passphrase);
    if (inspected.state === "new") refuseBackup(file, "tệp rỗng");
    encrypted = inspected.encrypted;
  } catch (e) {
    if (isAppError(e) && e.code === "backup_invalid") throw e;
    if (isAppError(e) && (e.code === "store_locked" || e.code === "store_wrong_passphrase")) throw backupPassphraseNeeded(file);
    if (isAppError(e)) refuseBackup(file, e.message.replace(/\.$/, ""));
    refuseBackup(file, "không mở được tệp");
  }
  const sqlite = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    if (encrypted) unlock(sqlite, passphrase!);
    const version = sqlite.pragma("user_version", { simple: true }) as number;
    if (version === 0) refuseBackup(file, "tệp chưa có dữ liệu của ứng dụng");
    let problems: string[];
    try {
      problems = (sqlite.pragma("integrity_check(5)") as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (e) {
      return refuseBackup(file, `tệp bị hỏng (${(e as Error).message})`);
    }
    if (problems.join() !== "ok") refuseBackup(file, `tệp bị hỏng (kiểm tra toàn vẹn: ${problems.slice(0, 2).join("; ")})`);
    refuseForeignSchema(sqlite, file, version, nativeBinding);
    const problem = filesIn === null ? null : filesProblem(checkFiles(sqlite, filesIn), `trong ${filesIn.map((f) => `"${f}"`).join(" hoặc ")}`);
    if (problem) refuseBackup(file, problem);
    return { schemaVersion: version };
  } finally {
    sqlite.close();
  }
}
