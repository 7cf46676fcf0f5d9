import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { APPLICATION_ID, openStore } from "../../db/store";
import { loadMigrations, type Migration } from "../../db/migrations";
import { AppError } from "../../shared/errors";
import { sha256File, useTempDir } from "../helpers";

const tempDir = useTempDir();

const expectAppError = (fn: () => unknown, code: string) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe(code);
    expect((e as AppError).message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    return;
  }
  throw new Error(`expected AppError ${code}`);
};

describe("opening a store", () => {
  it("creates a new file with WAL, foreign keys, busy timeout, the app id and the newest schema", () => {
    const file = path.join(tempDir(), "x.sqlite");
    const store = openStore(file);
    expect(store.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(store.sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(store.sqlite.pragma("application_id", { simple: true })).toBe(APPLICATION_ID);
    expect(store.sqlite.pragma("user_version", { simple: true })).toBe(loadMigrations().length);
    expect(store.preMigrationBackup).toBeNull();
    store.close();
  });

  it("reopens its own store without migrating or copying it", () => {
    const dir = tempDir();
    const file = path.join(dir, "x.sqlite");
    openStore(file).close();
    const again = openStore(file);
    expect(again.preMigrationBackup).toBeNull();
    again.close();
    expect(readdirSync(dir).filter((n) => n.includes("truoc-nang-cap"))).toEqual([]);
  });

  it("enforces foreign keys", () => {
    const store = openStore(path.join(tempDir(), "x.sqlite"));
    expect(() => store.sqlite.prepare("INSERT INTO staff_statuses (staff_id, status, from_date) VALUES (999, 'dang_cong_tac', '2025-07-01')").run()).toThrow(/FOREIGN KEY/);
    store.close();
  });

  it("refuses a directory and writes nothing", () => {
    const dir = path.join(tempDir(), "thu-muc");
    mkdirSync(dir);
    expectAppError(() => openStore(dir), "store_is_directory");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a file that is not SQLite and leaves it byte for byte", () => {
    const file = path.join(tempDir(), "anh.sqlite");
    writeFileSync(file, Buffer.from("89504e470d0a1a0a0000000d49484452".repeat(20), "hex"));
    const before = sha256File(file);
    expectAppError(() => openStore(file), "store_not_sqlite");
    expect(sha256File(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it("refuses another program's SQLite file and leaves it as it was", () => {
    const file = path.join(tempDir(), "khac.sqlite");
    const other = new Database(file);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x');");
    other.close();
    const before = sha256File(file);
    expectAppError(() => openStore(file), "store_foreign");
    expect(sha256File(file)).toBe(before);
  });

  it("refuses a store written by a newer version and leaves it as it was", () => {
    const file = path.join(tempDir(), "moi.sqlite");
    const store = openStore(file);
    store.sqlite.pragma("user_version = 999");
    store.close();
    const before = sha256File(file);
    expectAppError(() => openStore(file), "store_newer");
    expect(sha256File(file)).toBe(before);
  });

  it("refuses to create a store in a folder that does not exist", () => {
    expectAppError(() => openStore(path.join(tempDir(), "khong-co", "x.sqlite")), "store_dir_missing");
  });
});

describe("Unicode in the store", () => {
  it("lower/upper handle Vietnamese and fold() ignores diacritics and case", () => {
    const store = openStore(path.join(tempDir(), "x.sqlite"));
    const q = (sql: string, ...p: unknown[]) => (store.sqlite.prepare(sql).get(...p) as { v: unknown }).v;
    expect(q("SELECT lower('HỘ TỊCH – ĐẤT ĐAI') AS v")).toBe("hộ tịch – đất đai");
    expect(q("SELECT upper('chứng thực') AS v")).toBe("CHỨNG THỰC");
    store.sqlite.prepare("INSERT INTO procedures (code, name, field) VALUES ('1', 'Đăng ký khai sinh', 'Hộ tịch'), ('2', 'Chứng thực bản sao', 'Chứng thực')").run();
    const found = store.sqlite.prepare("SELECT name FROM procedures WHERE fold(field) LIKE '%' || fold(?) || '%'").all("ho tich");
    expect(found).toEqual([{ name: "Đăng ký khai sinh" }]);
    expect(q("SELECT nfc(?) AS v", "Hộ tịch".normalize("NFD"))).toBe("Hộ tịch".normalize("NFC"));
    store.close();
  });
});

describe("migrations", () => {
  const real = loadMigrations();
  const extra: Migration = {
    version: real.length + 1,
    tag: "test_extra",
    statements: ["ALTER TABLE quotas ADD COLUMN source TEXT", "UPDATE quotas SET source = 'giao đầu năm'"],
  };

  it("copies the store aside before migrating, and the copy is the old version with its rows", () => {
    const dir = tempDir();
    const file = path.join(dir, "x.sqlite");
    const v1 = openStore(file, { migrations: real });
    v1.sqlite.prepare("INSERT INTO quotas (year, quota) VALUES (2025, 28)").run();
    v1.close();

    const v2 = openStore(file, { migrations: [...real, extra], now: () => new Date("2025-10-06T01:30:00Z") });
    expect(v2.preMigrationBackup).toBe(`${file}.truoc-nang-cap-v${real.length}-20251006-083000.sqlite`);
    expect(v2.sqlite.prepare("SELECT year, quota, source FROM quotas").all()).toEqual([{ year: 2025, quota: 28, source: "giao đầu năm" }]);
    expect(v2.sqlite.pragma("user_version", { simple: true })).toBe(real.length + 1);
    v2.close();

    const copy = new Database(v2.preMigrationBackup!, { readonly: true });
    expect(copy.pragma("user_version", { simple: true })).toBe(real.length);
    expect(copy.prepare("SELECT year, quota FROM quotas").all()).toEqual([{ year: 2025, quota: 28 }]);
    copy.close();
  });

  it("rolls a failing migration back entirely: version, tables and rows as before", () => {
    const file = path.join(tempDir(), "x.sqlite");
    const v1 = openStore(file, { migrations: real });
    v1.sqlite.prepare("INSERT INTO quotas (year, quota) VALUES (2025, 28)").run();
    v1.close();
    const broken: Migration = { version: real.length + 1, tag: "broken", statements: ["CREATE TABLE half_done (id INTEGER)", "THIS IS NOT SQL"] };
    expect(() => openStore(file, { migrations: [...real, broken] })).toThrow();
    const after = openStore(file, { migrations: real });
    expect(after.sqlite.pragma("user_version", { simple: true })).toBe(real.length);
    expect(after.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").all()).toEqual([]);
    expect(after.sqlite.prepare("SELECT quota FROM quotas").all()).toEqual([{ quota: 28 }]);
    after.close();
  });
});

describe("after a crash", () => {
  it("reopens a store whose first writes are still only in the -wal file", () => {
    const file = path.join(tempDir(), "x.sqlite");
    const first = openStore(file);
    first.sqlite.prepare("INSERT INTO quotas (year, quota) VALUES (2025, 28)").run();
    // `first` is never closed, as when the process is killed: nothing is checkpointed into the main file.
    expect(existsSync(`${file}-wal`)).toBe(true);
    const second = openStore(file);
    expect(second.sqlite.prepare("SELECT quota FROM quotas").all()).toEqual([{ quota: 28 }]);
    second.close();
    first.close();
  });
});
