import path from "node:path";
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { is } from "drizzle-orm";
import { SQLiteTable as SQLiteTableClass } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { openStore } from "../../db/store";
import { loadMigrations } from "../../db/migrations";
import * as schema from "../../db/schema";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();
const migrations = loadMigrations();
const tables = (Object.values(schema) as unknown[]).filter((t): t is SQLiteTable => is(t, SQLiteTableClass));

const columnsOf = (sqlite: import("better-sqlite3").Database, table: string) => (sqlite.prepare(`PRAGMA table_info(${JSON.stringify(table)})`).all() as { name: string }[]).map((c) => c.name).sort();

describe("migration 1 (initial): empty file → every table of db/schema.ts", () => {
  it("creates each table, with the later migrations, with exactly the columns the drizzle schema declares", () => {
    const file = path.join(tempDir(), "x.sqlite");
    openStore(file, { targetVersion: 0 }).close();
    const store = openStore(file);
    expect(tables.length).toBeGreaterThanOrEqual(30);
    for (const t of tables) {
      const config = getTableConfig(t);
      expect(columnsOf(store.sqlite, config.name), config.name).toEqual(config.columns.map((c) => c.name).sort());
    }
    expect(store.sqlite.pragma("foreign_key_check")).toEqual([]);
    expect(store.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    store.close();
  });

  it("gives the tables the defaults and constraints the records rely on", () => {
    const store = openStore(path.join(tempDir(), "x.sqlite"), { targetVersion: 1 });
    const s = store.sqlite;
    s.prepare("INSERT INTO unit (id, name, kind, profile_id) VALUES (1, 'Xã Cẩm Giang', 'xa', 'hai-phong')").run();
    expect(() => s.prepare("INSERT INTO unit (id, name, kind, profile_id) VALUES (2, 'Xã khác', 'xa', 'hai-phong')").run()).toThrow(/CHECK/);
    s.prepare("INSERT INTO import_batches (id, kind, file_name) VALUES ('b1', 'tthc', 'ds.xlsx')").run();
    const base = "INSERT INTO dossiers (code, received_at, received_precision, status, batch_id) VALUES (?, '2025-03-05 14:30:00', 'datetime', 'result', 'b1')";
    s.prepare(base).run("000.00.21.H23-250305-0001");
    expect(() => s.prepare(base).run("000.00.21.H23-250305-0001")).toThrow(/UNIQUE/);
    const batch = s.prepare("SELECT imported_at, inserted FROM import_batches").get() as { imported_at: string; inserted: number };
    expect(batch.imported_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(batch.inserted).toBe(0);
    s.prepare("INSERT INTO staff (full_name) VALUES ('Nguyễn Văn An')").run();
    s.prepare("INSERT INTO staff_statuses (staff_id, status, from_date) VALUES (1, 'dang_cong_tac', '2025-07-01')").run();
    s.prepare("DELETE FROM staff WHERE id = 1").run();
    expect(s.prepare("SELECT count(*) AS n FROM staff_statuses").get()).toEqual({ n: 0 });
    store.close();
  });

  it("numbers the migrations from 1 without gaps, starting with the initial one", () => {
    expect(migrations.length).toBeGreaterThanOrEqual(2);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(migrations[0]!.tag).toBe("0000_initial");
  });
});

describe("migration 2 (dossier figures index): a store of version 1 with dossiers", () => {
  it("keeps every dossier, adds the covering index, and the figures' query uses it", () => {
    const file = path.join(tempDir(), "x.sqlite");
    const v1 = openStore(file, { targetVersion: 1 });
    v1.sqlite.prepare("INSERT INTO import_batches (id, kind, file_name) VALUES ('b1', 'tthc', 'ds.xlsx')").run();
    const insert = v1.sqlite.prepare(
      "INSERT INTO dossiers (code, received_at, received_precision, status, channel, result_at, result_precision, batch_id) VALUES (?, ?, 'datetime', ?, 'online', ?, 'datetime', 'b1')",
    );
    for (let i = 0; i < 50; i++) insert.run(`HS-${i}`, `2025-03-${String(1 + (i % 28)).padStart(2, "0")} 08:00:00`, i % 5 ? "result" : "pending", i % 5 ? "2025-03-29 10:00:00" : null);
    const before = v1.sqlite.prepare("SELECT * FROM dossiers ORDER BY id").all();
    expect(v1.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'dossiers_figures'").all()).toEqual([]);
    v1.close();

    const v2 = openStore(file, { targetVersion: 2 });
    expect(v2.preMigrationBackup).not.toBeNull();
    expect(v2.sqlite.prepare("SELECT * FROM dossiers ORDER BY id").all()).toEqual(before);
    expect(v2.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'dossiers_figures'").all()).toEqual([{ name: "dossiers_figures" }]);
    const plan = v2.sqlite.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM dossiers WHERE received_at < '2025-03-10' AND (result_at IS NULL OR result_at >= '2024-12-15')").all() as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join(" ")).toMatch(/COVERING INDEX dossiers_figures/);
    expect(v2.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    v2.close();
  });
});

describe("migration 3 (unit preparer): a store of version 2 with its unit", () => {
  it("keeps the unit and adds who prepares the reports, unset", () => {
    const file = path.join(tempDir(), "x.sqlite");
    const old = openStore(file, { targetVersion: 2 });
    old.sqlite.prepare("INSERT INTO unit (id, name, kind, profile_id) VALUES (1, 'Xã Cẩm Giang', 'xa', 'hai-phong')").run();
    old.close();
    const store = openStore(file);
    expect(store.sqlite.prepare("SELECT name, preparer_name FROM unit").get()).toEqual({ name: "Xã Cẩm Giang", preparer_name: null });
    store.close();
  });
});

describe("migration 4 (people): a store of version 3 with its audit log", () => {
  it("keeps the log and adds the known people, none yet, each name once", () => {
    const file = path.join(tempDir(), "x.sqlite");
    const old = openStore(file, { targetVersion: 3 });
    old.sqlite.prepare("INSERT INTO audit_log (user_name, action, entity) VALUES ('root', 'tao', 'unit')").run();
    old.close();
    const store = openStore(file);
    expect(store.sqlite.prepare("SELECT user_name FROM audit_log").pluck().all()).toEqual(["root"]);
    expect(store.sqlite.prepare("SELECT count(*) FROM people").pluck().get()).toBe(0);
    store.sqlite.prepare("INSERT INTO people (name) VALUES ('Lê Thị Hoa')").run();
    expect(() => store.sqlite.prepare("INSERT INTO people (name) VALUES ('Lê Thị Hoa')").run()).toThrow(/UNIQUE/);
    store.close();
  });
});
