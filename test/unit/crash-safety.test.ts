/**
 * Crash safety, proven on real processes: `cchc` killed with SIGKILL in the
 * middle of a merge, a backup and a migration; a disk that fills up during an
 * import and an export; two processes on one store. Each time the store must
 * pass SQLite's integrity check and hold either the state before or the whole
 * change, never part of it. (The import is killed in import-crash.test.ts.)
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listBackups } from "../../core/backup/folder";
import { verifyBackup } from "../../core/backup/verify";
import { answerPackage } from "../../core/packages/answer";
import { readPackage } from "../../core/packages/container";
import { createDepartmentPackage } from "../../core/packages/create";
import { cchc, cchcProcess } from "../cli-runner";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";
import { writeLargeExport } from "../fixtures/large-export";
import { storeSnapshot } from "../fixtures/store-snapshot";
import { killWhen, startCchc } from "../process-kill";
import { asVersionOne } from "../fixtures/old-schema";
import { loadMigrations } from "../../db/migrations";

const commune = demoCommune("cchc-sap-do-");

const integrity = (db: string) => {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.pragma("integrity_check", { simple: true });
  } finally {
    sqlite.close();
  }
};

const snapshotOf = (db: string) => {
  const sqlite = new Database(db, { readonly: true });
  try {
    return storeSnapshot(sqlite);
  } finally {
    sqlite.close();
  }
};

const TEXT = "Trung tâm đã niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa.";

describe("a merge killed part-way", () => {
  it("leaves either the store as it was or the whole merge, at every moment it is killed", async () => {
    const ctx = commune.officer();
    const sent = readPackage(createDepartmentPackage(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "TTPVHCC" }).bytes, "TTPVHCC.cchc");
    const part = structuredClone(sent.part);
    part.texts.forEach((t, i) => (t.answer = `${TEXT} (${i + 1})`));
    part.figures.find((f) => f.code === "tthc.danh_muc.tong")!.answer = 101;
    const reply = path.join(path.dirname(ctx.store.path), "tra-loi.cchc");
    writeFileSync(reply, answerPackage({ userName: "Nguyễn Văn Hùng", now: () => new Date() }, sent, part));
    const pristine = ctx.store.path;
    ctx.store.close();

    const copyOf = (name: string) => {
      const folder = path.join(path.dirname(pristine), name);
      mkdirSync(folder);
      const file = path.join(folder, "x.sqlite");
      copyFileSync(pristine, file);
      return file;
    };
    const whole = copyOf("tron-ven");
    expect(cchc(["package", "import", reply, "--db", whole]).status).toBe(0);
    const merged = (db: string) => {
      const sqlite = new Database(db, { readonly: true });
      try {
        return {
          received: sqlite.prepare("SELECT count(*) FROM package_events WHERE direction = 'nhan'").pluck().get(),
          texts: sqlite.prepare("SELECT count(*) FROM narrative_texts WHERE body LIKE ?").pluck().get(`${TEXT}%`),
        };
      } finally {
        sqlite.close();
      }
    };
    expect(merged(whole)).toEqual({ received: 1, texts: part.texts.length });

    const outcomes: string[] = [];
    // The merge starts right after the backup it takes is in place: killed then, and a few milliseconds later each time.
    for (const delay of [0, 2, 5, 10, 20, 40, 80]) {
      const db = copyOf(`giet-${delay}`);
      const before = snapshotOf(db);
      const running = startCchc(["package", "import", reply, "--db", db]);
      const backups = path.join(path.dirname(db), "sao-luu");
      let seen = 0;
      await killWhen(running, () => {
        if (!seen && listBackups(backups).some((b) => b.reason === "truoc-gop")) seen = Date.now();
        return seen > 0 && Date.now() - seen >= delay;
      });
      expect(integrity(db)).toBe("ok");
      const state = merged(db);
      if (state.received === 0) {
        expect(snapshotOf(db)).toEqual(before);
        outcomes.push("trước");
      } else {
        expect(state).toEqual({ received: 1, texts: part.texts.length });
        outcomes.push("sau");
      }
    }
    expect(outcomes).toHaveLength(7);
  }, 180_000);
});

describe("with a store of 40.000 dossiers", () => {
  let big = "";
  let dir = "";
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "cchc-sap-do-lon-"));
    big = path.join(dir, "lon.sqlite");
    const file = path.join(dir, "lon.xlsx");
    await writeLargeExport(file, 40_000);
    const run = cchc(["import", "tthc", file, "--db", big]);
    expect(run.status, run.stderr).toBe(0);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const copy = (name: string) => {
    const dir = path.join(path.dirname(big), name);
    mkdirSync(dir);
    const file = path.join(dir, "x.sqlite");
    copyFileSync(big, file);
    return file;
  };

  it("a backup killed part-way leaves the store untouched and nothing that passes for a whole backup", async () => {
    const db = copy("sao-luu-giet");
    const before = snapshotOf(db);
    const folder = path.join(path.dirname(db), "sao-luu");
    mkdirSync(folder);
    const whole = path.join(folder, "tron-ven.sqlite");
    const started = Date.now();
    expect(cchc(["backup", "--db", db, "--out", whole]).status).toBe(0);
    const fullRun = Date.now() - started;
    for (const fraction of [0.6, 0.8, 0.9, 0.95, 1.0]) {
      const out = path.join(folder, `giet-${fraction}.sqlite`);
      const running = startCchc(["backup", "--db", db, "--out", out]);
      const deadline = Date.now() + fullRun * fraction;
      await killWhen(running, () => Date.now() >= deadline || existsSync(`${out}.dang-ghi`));
      expect(integrity(db)).toBe("ok");
      expect(snapshotOf(db)).toEqual(before);
      // Only a finished backup carries the real name; a partial one keeps ".dang-ghi" and is never listed or restored.
      if (existsSync(out)) expect(verifyBackup(out).schemaVersion).toBeGreaterThan(0);
    }
    expect(listBackups(folder)).toEqual([]);
    expect(verifyBackup(whole).schemaVersion).toBeGreaterThan(0);
  }, 120_000);

  it("a migration killed part-way leaves the old version or the new one, whole", async () => {
    const outcomes: number[] = [];
    for (const delay of [0, 15, 40, 80, 150, 300]) {
      const db = copy(`nang-cap-${delay}`);
      const old = new Database(db);
      asVersionOne(old);
      old.close();
      const dossiers = snapshotOf(db).dossiers;
      const running = startCchc(["period", "--period", "2025-Q3", "--db", db]);
      const folder = path.dirname(db);
      let seen = 0;
      // Killed once the copy taken before the upgrade has appeared, after `delay` more milliseconds.
      await killWhen(running, () => {
        if (!seen && readdirSync(folder).some((n) => n.includes(".truoc-nang-cap-v1-"))) seen = Date.now();
        return seen > 0 && Date.now() - seen >= delay;
      });
      expect(integrity(db)).toBe("ok");
      const sqlite = new Database(db, { readonly: true });
      const version = sqlite.pragma("user_version", { simple: true }) as number;
      const index = sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'dossiers_figures'").pluck().get();
      const preparer = sqlite.prepare("SELECT count(*) FROM pragma_table_info('unit') WHERE name = 'preparer_name'").pluck().get();
      sqlite.close();
      expect([1, loadMigrations().length]).toContain(version);
      expect([index, preparer]).toEqual(version === 1 ? [0, 0] : [1, 1]);
      expect(snapshotOf(db).dossiers).toBe(dossiers);
      outcomes.push(version);
      // Opened again, it upgrades.
      expect(cchc(["period", "--period", "2025-Q3", "--db", db]).status).toBe(0);
    }
    expect(outcomes).toHaveLength(6);
  }, 180_000);

  it("two processes on one store: a write waits, then is refused in Vietnamese with nothing changed; reads go on", async () => {
    const db = copy("hai-tien-trinh");
    const before = snapshotOf(db);
    const holder = new Database(db);
    holder.pragma("journal_mode = WAL");
    holder.exec("BEGIN IMMEDIATE");
    holder.prepare("UPDATE settings SET updated_at = updated_at").run();
    try {
      const small = path.join(path.dirname(db), "nho.xlsx");
      await writeLargeExport(small, 20);
      const blocked = cchcProcess(["import", "tthc", small, "--db", db]);
      expect(blocked.status).toBe(2);
      expect(blocked.stderr).toContain("Tệp dữ liệu đang được sử dụng bởi một chương trình khác");
      const read = cchcProcess(["indicators", "--db", db, "--period", "2025-Q3", "--json"]);
      expect(read.status, read.stderr).toBe(0);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
    expect(integrity(db)).toBe("ok");
    expect(snapshotOf(db)).toEqual(before);
  }, 120_000);
});

/** A small RAM disk, when this machine lets the tests mount one (root on Linux). */
function mountSmallDisk(dir: string, size: string): boolean {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("a full disk", () => {
  const disk = path.join(commune.dir, "o-nho");
  let mounted = false;
  beforeAll(() => {
    mkdirSync(disk, { recursive: true });
    mounted = mountSmallDisk(disk, "6m");
  });
  afterAll(() => {
    if (mounted) execFileSync("umount", [disk]);
  });

  /** Fills the disk until only `free` bytes are left. */
  function fillDisk(free: number): void {
    const { bavail, bsize } = statfsSync(disk);
    const size = bavail * bsize - free;
    if (size > 0) writeFileSync(path.join(disk, "day.bin"), Buffer.alloc(size));
  }

  it("during an import: a clear Vietnamese message, the store as it was", async (context) => {
    if (!mounted) context.skip();
    const db = path.join(disk, "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang"]).status).toBe(0);
    const sqlite = new Database(db);
    // Backups go elsewhere: this test is about the store's own disk filling up.
    sqlite.prepare("INSERT INTO settings (key, value) VALUES ('thu_muc_sao_luu', ?)").run(JSON.stringify(path.join(commune.dir, "sao-luu-o-nho")));
    sqlite.close();
    const before = snapshotOf(db);
    const file = path.join(commune.dir, "ho-so-o-nho.xlsx");
    await writeLargeExport(file, 8_000);
    fillDisk(256 * 1024);
    const run = cchc(["import", "tthc", file, "--db", db]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Ổ đĩa đã đầy");
    rmSync(path.join(disk, "day.bin"));
    expect(integrity(db)).toBe("ok");
    expect(snapshotOf(db)).toEqual(before);
  }, 120_000);

  it("during an export: a clear Vietnamese message and no half-written file", async (context) => {
    if (!mounted) context.skip();
    const ctx = commune.officer();
    const db = ctx.store.path;
    ctx.store.close();
    fillDisk(2 * 1024);
    const out = path.join(disk, "phu-luc-3.xlsx");
    const run = cchc(["export", "phu-luc-3", "--db", db, "--period", "2025-Q3", "--out", out]);
    rmSync(path.join(disk, "day.bin"));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Không ghi được tệp "${out}": ổ đĩa đã đầy.`);
    expect(readdirSync(disk).filter((n) => n.includes("phu-luc-3"))).toEqual([]);
    expect(statSync(db).size).toBeGreaterThan(0);
  }, 120_000);
});
