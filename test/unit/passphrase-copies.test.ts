import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { dispatch } from "../../core/api/dispatch";
import { createAppContext } from "../../core/app-context";
import { setBackupFolder } from "../../core/backup/folder";
import { takeBackup } from "../../core/backup/take";
import { verifyBackup } from "../../core/backup/verify";
import type { AppContext } from "../../core/context";
import { cchc } from "../cli-runner";
import { demoCommune } from "../fixtures/demo-commune";
import { asVersionOne } from "../fixtures/old-schema";
import { loadMigrations } from "../../db/migrations";

const commune = demoCommune("cchc-mat-khau-ban-sao-");
const PASSPHRASE = "Cẩm Giang @ 2025";

/** A citizen's name from the demo's reception log: no copy may keep it readable once the passphrase is set. */
const citizenName = (ctx: AppContext) => ctx.store.sqlite.prepare("SELECT citizen_name FROM receptions WHERE citizen_name IS NOT NULL LIMIT 1").pluck().get() as string;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

const readableIn = (dir: string, text: string) => filesUnder(dir).filter((f) => readFileSync(f).includes(Buffer.from(text, "utf8")));

/** The demo store as schema version 1 left it, opened by this app: the copy taken before migrating stays beside it. */
function migratedFromVersionOne(ctx: AppContext): AppContext {
  const storePath = ctx.store.path;
  ctx.store.close();
  const sqlite = new Database(storePath);
  asVersionOne(sqlite);
  sqlite.close();
  const reopened = createAppContext({ storePath, userName: "Nguyễn Thị Hương" });
  expect(reopened.store.preMigrationBackup).not.toBeNull();
  return reopened;
}

/** What an interrupted backup or restore leaves: `bytes` under the name the unfinished copy had. */
function leftover(file: string, bytes: Buffer): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return file;
}

describe("setting a passphrase protects every copy of the store the app knows of", () => {
  it("encrypts backups (in folders used before too), the pre-migration copy and a moved-aside store, and removes unfinished copies", async () => {
    const ctx = migratedFromVersionOne(commune.officer());
    const storeDir = path.dirname(ctx.store.path);
    const name = citizenName(ctx);
    const preMigration = ctx.store.preMigrationBackup!;
    const usb = path.join(storeDir, "usb-cu");
    setBackupFolder(ctx, usb);
    const onUsb = await takeBackup(ctx, "tay");
    setBackupFolder(ctx, null);
    const daily = await takeBackup(ctx, "hang-ngay");
    const bytes = readFileSync(daily.file);
    const unfinished = [
      leftover(path.join(storeDir, "sao-luu", "cchc-20251008-093000-tay.sqlite.dang-ghi"), bytes),
      leftover(path.join(usb, "cchc-20251007-093000-truoc-nhap.sqlite.dang-ghi"), bytes),
      leftover(`${ctx.store.path}.dang-khoi-phuc`, bytes),
      leftover(`${ctx.store.path}.tai-len`, bytes),
    ];
    const movedAside = `${ctx.store.path}.hong-20251001-080000`;
    copyFileSync(daily.file, movedAside);
    // A store moved aside because it could not be opened: plain text that no passphrase can be put on.
    const unreadable = leftover(`${ctx.store.path}.hong-20251002-080000`, Buffer.concat([bytes.subarray(0, 4096), Buffer.from(` ${name} `)]));
    expect(readableIn(storeDir, name).length).toBeGreaterThanOrEqual(9);

    const result = await dispatch(ctx, "store.setPassphrase", { current: null, next: PASSPHRASE });
    expect(result).toEqual({ ok: true, value: { protected: true, backupsUpdated: 4, backupsLeft: [], copiesRemoved: expect.arrayContaining([...unfinished, unreadable]) } });

    ctx.store.close();
    expect(readableIn(storeDir, name)).toEqual([]);
    for (const file of [...unfinished, unreadable]) expect(existsSync(file), file).toBe(false);
    for (const file of [daily.file, onUsb.file, preMigration, movedAside]) expect(verifyBackup(file, undefined, PASSPHRASE).schemaVersion, file).toBeGreaterThan(0);
  });

  it("does the same for cchc passphrase, naming what it removed, and removing the passphrase deletes nothing", async () => {
    const ctx = migratedFromVersionOne(commune.officer());
    const storePath = ctx.store.path;
    const storeDir = path.dirname(storePath);
    const name = citizenName(ctx);
    const preMigration = ctx.store.preMigrationBackup!;
    const kept = await takeBackup(ctx, "tay");
    ctx.store.close();
    const partial = leftover(path.join(storeDir, "sao-luu", "cchc-20251008-093000-hang-ngay.sqlite.dang-ghi"), readFileSync(kept.file));

    const set = cchc(["passphrase", "--db", storePath], { CCHC_MAT_KHAU_MOI: PASSPHRASE });
    expect(set.status, set.stderr).toBe(0);
    expect(set.stdout).toContain("2 bản sao lưu được bảo vệ cùng mật khẩu");
    expect(set.stdout).toContain(`Đã xóa "${partial}": bản sao dở dang`);
    expect(readableIn(storeDir, name)).toEqual([]);
    expect(verifyBackup(preMigration, undefined, PASSPHRASE).schemaVersion).toBe(1);

    const removed = cchc(["passphrase", "--db", storePath, "--remove"], { CCHC_MAT_KHAU: PASSPHRASE });
    expect(removed.status, removed.stderr).toBe(0);
    expect(verifyBackup(preMigration).schemaVersion).toBe(1);
    expect(verifyBackup(kept.file).schemaVersion).toBe(loadMigrations().length);
  });
});
