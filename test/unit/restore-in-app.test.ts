import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { startDailyBackups } from "../../core/api/daily-backups";
import { dispatch } from "../../core/api/dispatch";
import { backupFolder, listBackups } from "../../core/backup/folder";
import { takeBackup } from "../../core/backup/take";
import { verifyBackup } from "../../core/backup/verify";
import type { AppContext } from "../../core/context";
import { demoCommune } from "../fixtures/demo-commune";
import { storeSnapshot } from "../fixtures/store-snapshot";

const commune = demoCommune("cchc-khoi-phuc-trong-app-");

const at = (vietnamTime: string) => new Date(`${vietnamTime.replace(" ", "T")}+07:00`);
const documentCount = (ctx: AppContext) => ctx.store.sqlite.prepare("SELECT count(*) FROM documents").pluck().get() as number;
/** Files the restore may leave beside the store only while it runs. */
const leftovers = (ctx: AppContext) => readdirSync(path.dirname(ctx.store.path)).filter((n) => /\.(dang-khoi-phuc|tai-len|dang-ghi)$/.test(n));
const RESTORE_RECORDED = ["audit_log", "sqlite_sequence"];

async function ok<T>(ctx: AppContext, method: string, input: unknown): Promise<T> {
  const result = await dispatch(ctx, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function refused(ctx: AppContext, method: string, input: unknown): Promise<string> {
  const result = await dispatch(ctx, method, input);
  expect(result.ok).toBe(false);
  return result.ok ? "" : result.error.message;
}

describe("restoring from inside the running app", () => {
  it("puts a kept backup back, and every later call sees the restored data", async () => {
    const ctx = commune.officer();
    const kept = await takeBackup(ctx, "tay");
    const atBackup = storeSnapshot(ctx.store.sqlite, RESTORE_RECORDED);
    ctx.store.sqlite.prepare("DELETE FROM documents").run();
    expect(documentCount(ctx)).toBe(0);

    const result = await ok<{ undo: string; restoredFrom: string }>(ctx, "backup.restore", { file: kept.file });
    expect(result.restoredFrom).toBe(kept.file);
    expect(storeSnapshot(ctx.store.sqlite, RESTORE_RECORDED)).toEqual(atBackup);
    expect(documentCount(ctx)).toBeGreaterThan(0);
    expect(listBackups(backupFolder(ctx)).find((b) => b.file === result.undo)?.reason).toBe("truoc-khoi-phuc");
    const audit = await ok<{ rows: { action: string; userName: string }[] }>(ctx, "audit.list", {});
    expect(audit.rows[0]).toMatchObject({ action: "khoi_phuc", userName: "Nguyễn Thị Hương" });
    expect(leftovers(ctx)).toEqual([]);

    // The undo copy restores the data as it was just before.
    await ok(ctx, "backup.restore", { file: result.undo });
    expect(documentCount(ctx)).toBe(0);
    expect(ctx.store.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    ctx.store.close();
  });

  it("restores the oldest kept backup, and taking the undo copy never prunes it from the folder", async () => {
    let now = at("2025-10-01 08:00:00");
    const ctx = commune.officer({ now: () => now });
    const oldest = await takeBackup(ctx, "tay");
    ctx.store.sqlite.prepare("DELETE FROM documents").run();
    for (let day = 2; day <= 10; day++) {
      now = at(`2025-10-${String(day).padStart(2, "0")} 08:00:00`);
      await takeBackup(ctx, "hang-ngay");
    }
    expect(listBackups(backupFolder(ctx))).toHaveLength(10);
    now = at("2025-10-11 08:00:00");

    await ok(ctx, "backup.restore", { file: oldest.file });
    expect(existsSync(oldest.file)).toBe(true);
    expect(documentCount(ctx)).toBeGreaterThan(0);
    ctx.store.close();
  });

  it("takes a whole-data file brought from another PC, and refuses a bad one leaving everything as it was", async () => {
    const oldPc = commune.officer();
    const moved = await takeBackup(oldPc, "tay", path.join(commune.dir, "chuyen-may.sqlite"));
    oldPc.store.close();
    const newPc = commune.officer();
    newPc.store.sqlite.prepare("DELETE FROM documents").run();
    const before = storeSnapshot(newPc.store.sqlite);
    const backupsBefore = listBackups(backupFolder(newPc));

    const notOurs = await refused(newPc, "backup.restore", { fileName: "bao-cao.xlsx", contentBase64: Buffer.from("PK\u0003\u0004 không phải dữ liệu").toString("base64") });
    expect(notOurs).toMatch(/^Không dùng được bản sao lưu "bao-cao\.xlsx": .*không phải tệp dữ liệu SQLite.*Dữ liệu hiện tại giữ nguyên\.$/);
    expect(storeSnapshot(newPc.store.sqlite)).toEqual(before);
    expect(listBackups(backupFolder(newPc))).toEqual(backupsBefore);
    expect(leftovers(newPc)).toEqual([]);

    const result = await ok<{ restoredFrom: string }>(newPc, "backup.restore", { fileName: "chuyen-may.sqlite", contentBase64: readFileSync(moved.file).toString("base64") });
    expect(result.restoredFrom).toBe("chuyen-may.sqlite");
    expect(documentCount(newPc)).toBeGreaterThan(0);
    expect(leftovers(newPc)).toEqual([]);
    newPc.store.close();
  });

  it("names only backups in the backup folder, for restoring and for saving a copy", async () => {
    const ctx = commune.officer();
    const elsewhere = path.join(commune.dir, "o-ngoai.sqlite");
    await takeBackup(ctx, "tay", elsewhere);
    expect(await refused(ctx, "backup.restore", { file: elsewhere })).toMatch(/^Không còn bản sao lưu "o-ngoai\.sqlite" trong thư mục sao lưu/);
    expect(await refused(ctx, "backup.file", { file: ctx.store.path })).toMatch(/Không còn bản sao lưu "xa\.sqlite"/);

    const kept = await takeBackup(ctx, "tay");
    const copy = await ok<{ fileName: string; contentBase64: string }>(ctx, "backup.file", { file: kept.file });
    expect(copy.fileName).toBe(path.basename(kept.file));
    // The attached files go inside the copy: alone elsewhere, it still verifies whole.
    const carried = path.join(commune.dir, "mang-di.sqlite");
    writeFileSync(carried, Buffer.from(copy.contentBase64, "base64"));
    expect(verifyBackup(carried).schemaVersion).toBeGreaterThan(0);
    ctx.store.close();
  });

  it("refuses while another program has the store open, and goes on working", async () => {
    const ctx = commune.officer();
    const kept = await takeBackup(ctx, "tay");
    ctx.store.sqlite.prepare("DELETE FROM documents").run();
    const other = new Database(ctx.store.path);
    other.prepare("SELECT count(*) FROM dossiers").get();
    const before = storeSnapshot(ctx.store.sqlite);

    expect(await refused(ctx, "backup.restore", { file: kept.file })).toMatch(/đang được một chương trình khác mở.*Hãy đóng chương trình đó rồi khôi phục lại; dữ liệu hiện tại giữ nguyên\.$/);
    other.close();
    expect(storeSnapshot(ctx.store.sqlite)).toEqual(before);
    expect(leftovers(ctx)).toEqual([]);
    expect((await dispatch(ctx, "dossiers.list", {})).ok).toBe(true);
    ctx.store.close();
  });
});

describe("the daily backup while the app stays open", () => {
  it("is taken once a day, however often it is checked", async () => {
    let now = at("2025-10-06 08:00:00");
    const ctx = commune.officer({ now: () => now });
    const taken: string[] = [];
    const failed: string[] = [];
    const daily = startDailyBackups(ctx, { taken: (b) => taken.push(b.takenAt), failed: (m) => failed.push(m) }, 20);
    await new Promise((r) => setTimeout(r, 120));
    now = at("2025-10-07 07:15:00");
    await new Promise((r) => setTimeout(r, 120));
    now = at("2025-10-07 16:00:00");
    await new Promise((r) => setTimeout(r, 120));
    await daily.stop();
    expect(failed).toEqual([]);
    expect(taken).toEqual(["2025-10-06 08:00:00", "2025-10-07 07:15:00"]);
    expect(listBackups(backupFolder(ctx)).map((b) => b.reason)).toEqual(["hang-ngay", "hang-ngay"]);
    ctx.store.close();
  });
});
