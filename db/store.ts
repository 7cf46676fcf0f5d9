import { existsSync, statfsSync, statSync, type BigIntStats } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { couldBeEncrypted, isPlainSqlite, readHeader, unlock } from "./cipher";
import * as schema from "./schema";
import { AppError, diskFullError, isAppError, storageProblem } from "../shared/errors";
import { fold } from "../shared/text";
import { localNow } from "../shared/dates";
import { loadMigrations, migrate, newerStoreError, schemaVersion, type Migration } from "./migrations";
import { firstFreePath } from "../shared/free-path";

/** PRAGMA application_id of every store this app writes: "CCHC" in ASCII. */
export const APPLICATION_ID = 0x43434843;

export type Db = BetterSQLite3Database<typeof schema>;

export interface Store {
  path: string;
  sqlite: Database.Database;
  db: Db;
  /** Where the copy taken before a migration went, if one was taken on this open. */
  preMigrationBackup: string | null;
  close(): void;
  /** The better-sqlite3 binary it was opened with, for other connections to the same kind of file. */
  nativeBinding: string | undefined;
  /** The passphrase the file is protected with (its backups too); null when it has none. Changed by setStorePassphrase. */
  passphrase: string | null;
  /** Opens the same file again with the same options (after a restore has put another file in its place). */
  reopen(): Store;
  /**
   * Whether the file at `path` is still the one opened. SQLite keeps writing
   * to a file deleted or replaced under it, and every write is lost.
   */
  isInPlace(): boolean;
}

export interface OpenOptions {
  /** Only open an existing store; never create one. */
  mustExist?: boolean;
  /** better-sqlite3 binary built for another runtime (the Electron shell passes its own). */
  nativeBinding?: string;
  busyTimeoutMs?: number;
  /** Stop at this schema version (tests of single migrations). */
  targetVersion?: number;
  migrations?: Migration[];
  /** Local wall-clock time, for the name of the pre-migration copy. */
  now?: () => Date;
  /** Opens a store protected with a passphrase; a new store is created protected with it. */
  passphrase?: string | null;
}

export interface Inspected {
  state: "new" | "existing";
  /** Protected with a passphrase (and opened with it). */
  encrypted: boolean;
}

const lockedStore = (file: string) =>
  new AppError(
    "store_locked",
    `Tệp dữ liệu "${file}" không đọc được khi không có mật khẩu: nếu dữ liệu đã được đặt mật khẩu, hãy nhập mật khẩu (với lệnh cchc: biến môi trường CCHC_MAT_KHAU); nếu chưa từng đặt mật khẩu thì tệp đã bị hỏng, không còn là tệp dữ liệu SQLite của ứng dụng. Tệp được giữ nguyên.`,
  );

const wrongPassphrase = (file: string) =>
  new AppError("store_wrong_passphrase", `Mật khẩu không đúng: không mở được tệp dữ liệu "${file}". Tệp được giữ nguyên; hãy nhập lại (chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt).`);

/** Below this, SQLite cannot make the -shm and -wal files a store needs to open. */
const ROOM_TO_OPEN = 1024 * 1024;

function freeBytes(dir: string): number {
  try {
    const fs = statfsSync(dir);
    return fs.bavail * fs.bsize;
  } catch {
    return Infinity;
  }
}

/**
 * The disk or another program, not the file, as why the store did not open:
 * such a store is not called damaged, and no restore is advised. SQLite tells
 * a full disk met while it sets up its -shm file as a mere "disk I/O error",
 * so the disk is asked whether it has room.
 */
function notTheFile(e: unknown, file: string): AppError | null {
  if (isAppError(e)) return null;
  const said = storageProblem(e, file);
  if (said) return said.code === "store_corrupt" ? null : said;
  const ioError = String((e as { code?: unknown } | null)?.code).startsWith("SQLITE_IOERR");
  return ioError && freeBytes(path.dirname(file)) < ROOM_TO_OPEN ? diskFullError(file) : null;
}

/**
 * Refuses, before anything is written, what is not a store of this app. The
 * version and id are read through SQLite, not from the file header, because
 * after a crash the newest values may still sit in the -wal file.
 */
export function inspectExisting(file: string, known: number, nativeBinding: string | undefined, passphrase?: string | null): Inspected {
  const st = statSync(file);
  if (st.isDirectory()) {
    throw new AppError("store_is_directory", `"${file}" là một thư mục, không phải tệp dữ liệu. Hãy chỉ ra đường dẫn tới một tệp .sqlite.`);
  }
  if (st.size === 0) return { state: "new", encrypted: false };
  const header = readHeader(file);
  const encrypted = couldBeEncrypted(header, st.size);
  if (!isPlainSqlite(header) && !encrypted) {
    throw new AppError("store_not_sqlite", `Tệp "${file}" không phải tệp dữ liệu SQLite của ứng dụng; tệp được giữ nguyên. Hãy chọn tệp khác.`);
  }
  if (encrypted && !passphrase) throw lockedStore(file);
  const probe = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  let userVersion: number, applicationId: number, objects: number;
  try {
    if (encrypted) unlock(probe, passphrase!);
    userVersion = probe.pragma("user_version", { simple: true }) as number;
    applicationId = probe.pragma("application_id", { simple: true }) as number;
    objects = (probe.prepare("SELECT count(*) AS n FROM sqlite_master").get() as { n: number }).n;
  } catch (e) {
    const elsewhere = notTheFile(e, file);
    if (elsewhere) throw elsewhere;
    if (encrypted) throw wrongPassphrase(file);
    throw new AppError("store_not_sqlite", `Tệp "${file}" bị hỏng hoặc không phải tệp dữ liệu SQLite của ứng dụng; tệp được giữ nguyên.`);
  } finally {
    probe.close();
  }
  if (applicationId !== APPLICATION_ID && !(applicationId === 0 && userVersion === 0 && objects === 0)) {
    throw new AppError("store_foreign", `Tệp "${file}" là tệp SQLite của một chương trình khác, không phải dữ liệu CCHC; tệp được giữ nguyên.`);
  }
  if (userVersion > known) throw newerStoreError(userVersion, known);
  return { state: "existing", encrypted };
}

/** Unicode-aware replacements for SQLite's ASCII-only lower/upper, and fold() for search. */
function registerFunctions(sqlite: Database.Database) {
  const opts = { deterministic: true } as const;
  sqlite.function("lower", opts, (s: unknown) => (typeof s === "string" ? s.toLowerCase() : s) as string);
  sqlite.function("upper", opts, (s: unknown) => (typeof s === "string" ? s.toUpperCase() : s) as string);
  sqlite.function("fold", opts, (s: unknown) => (typeof s === "string" ? fold(s) : s) as string);
  sqlite.function("nfc", opts, (s: unknown) => (typeof s === "string" ? s.normalize("NFC") : s) as string);
}

/** 'YYYYMMDD-HHmmss' in Vietnam time, for file names. */
const stamp = (d: Date) => localNow(d).replace(/-/g, "").replace(" ", "-").replace(/:/g, "");

/** Same device and file number: the file itself, whatever was written to it since. */
function sameFile(opened: BigIntStats, file: string): boolean {
  try {
    const now = statSync(file, { bigint: true });
    return now.dev === opened.dev && now.ino === opened.ino;
  } catch {
    return false;
  }
}

/** What follows the store's own name in the name of a copy taken before a migration. */
export const PRE_MIGRATION_COPY_SUFFIX = /^\.truoc-nang-cap-v\d+-\d{8}-\d{6}(?:-\d+)?\.sqlite$/;

/** Beside the store, named by the version and time; "-2", "-3"… for a second migration in the same second (a restored older backup). */
function preMigrationCopyName(store: string, version: number, now: Date): string {
  return firstFreePath((n) => `${store}.truoc-nang-cap-v${version}-${stamp(now)}${n > 1 ? `-${n}` : ""}.sqlite`);
}

/**
 * Opens (creating if needed) the store at `file`: checks it is ours and not
 * from a newer app, sets WAL, foreign keys and busy_timeout, registers the
 * Unicode functions, copies the file aside and migrates it if it is older.
 */
export function openStore(file: string, options: OpenOptions = {}): Store {
  const migrations = options.migrations ?? loadMigrations();
  const resolved = path.resolve(file);
  const exists = existsSync(resolved);
  if (!exists && options.mustExist) {
    throw new AppError("store_missing", `Không tìm thấy tệp dữ liệu "${resolved}".`);
  }
  if (!exists && !existsSync(path.dirname(resolved))) {
    throw new AppError("store_dir_missing", `Thư mục "${path.dirname(resolved)}" không tồn tại. Hãy tạo thư mục trước hoặc chọn đường dẫn khác.`);
  }
  const inspected = exists ? inspectExisting(resolved, migrations.length, options.nativeBinding, options.passphrase) : { state: "new" as const, encrypted: false };
  const { state } = inspected;
  const passphrase = inspected.encrypted || state === "new" ? (options.passphrase ?? null) : null;

  const sqlite = new Database(resolved, {
    fileMustExist: state === "existing",
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    if (passphrase) unlock(sqlite, passphrase);
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
    // Reads of a large store (a year of figures over a million dossiers) go through the OS page cache without copying.
    sqlite.pragma("mmap_size = 268435456");
    sqlite.pragma("cache_size = -32768");
    registerFunctions(sqlite);

    const target = options.targetVersion ?? migrations.length;
    const current = schemaVersion(sqlite);
    let preMigrationBackup: string | null = null;
    if (current < target) {
      if (state === "existing" && current > 0) {
        preMigrationBackup = preMigrationCopyName(resolved, current, (options.now ?? (() => new Date()))());
        sqlite.prepare("VACUUM INTO ?").run(preMigrationBackup);
      }
      if (current === 0) sqlite.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(sqlite, migrations, target);
    }
    const db = drizzle(sqlite, { schema });
    const opened = statSync(resolved, { bigint: true });
    const store: Store = {
      path: resolved,
      sqlite,
      db,
      preMigrationBackup,
      nativeBinding: options.nativeBinding,
      passphrase,
      close: () => sqlite.close(),
      reopen: () => openStore(resolved, { ...options, passphrase: store.passphrase, mustExist: true }),
      isInPlace: () => sameFile(opened, resolved),
    };
    return store;
  } catch (e) {
    sqlite.close();
    throw notTheFile(e, resolved) ?? e;
  }
}
