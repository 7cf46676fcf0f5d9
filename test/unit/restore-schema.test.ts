import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { dispatch } from "../../core/api/dispatch";
import { createAppContext } from "../../core/app-context";
import { backupFolder, listBackups } from "../../core/backup/folder";
import { restoreStore } from "../../core/backup/restore";
import { takeBackup } from "../../core/backup/take";
import type { AppContext } from "../../core/context";
import { loadMigrations } from "../../db/migrations";
import { cchc } from "../cli-runner";
import { demoCommune } from "../fixtures/demo-commune";
import { storeSnapshot } from "../fixtures/store-snapshot";
import { refusal } from "../fixtures/office-context";
import { asVersionOne } from "../fixtures/old-schema";

const commune = demoCommune("cchc-khoi-phuc-cau-truc-");

/** What the attacker added to a backup: the restore's own audit row deleted, a typed 7 stored as 42. */
const HOSTILE_TRIGGERS = `
  CREATE TRIGGER xoa_nhat_ky AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log WHERE id = new.id; END;
  CREATE TRIGGER sua_so_lieu AFTER INSERT ON indicator_values WHEN new.value = 7 BEGIN UPDATE indicator_values SET value = 42 WHERE id = new.id; END;
`;

const objectsOf = (sqlite: Database.Database, type: string) => sqlite.prepare("SELECT name FROM sqlite_master WHERE type = ? ORDER BY name").pluck().all(type);

/** A backup of the commune with `change` applied to the file afterwards, as someone with the file in hand could. */
async function tamperedBackup(ctx: AppContext, name: string, change: (sqlite: Database.Database) => void): Promise<string> {
  const file = path.join(path.dirname(ctx.store.path), name);
  await takeBackup(ctx, "tay", file);
  const sqlite = new Database(file);
  change(sqlite);
  sqlite.close();
  return file;
}

/** The app's own triggers (migration 7 drops a file no document uses any more): a restore may bring nothing else. */
const APP_TRIGGERS = ["attachment_files_unused"];
const lastAudit = (ctx: AppContext) => ctx.store.sqlite.prepare("SELECT action, new_value FROM audit_log ORDER BY id DESC LIMIT 1").get();

describe("a restore brings back data, never schema of its own", () => {
  it("refuses a kept backup with added triggers, naming them, and leaves the store and its audit trail as they were", async () => {
    const ctx = commune.officer();
    await takeBackup(ctx, "tay");
    const kept = listBackups(backupFolder(ctx))[0]!.file;
    const sqlite = new Database(kept);
    sqlite.exec(HOSTILE_TRIGGERS);
    sqlite.close();
    const before = storeSnapshot(ctx.store.sqlite);

    const result = await dispatch(ctx, "backup.restore", { file: kept });
    expect(result.ok).toBe(false);
    const message = result.ok ? "" : result.error.message;
    expect(message).toMatch(new RegExp(`^Không dùng được bản sao lưu "${kept.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}": `));
    expect(message).toContain('có trigger lạ "sua_so_lieu"');
    expect(message).toContain('có trigger lạ "xoa_nhat_ky"');
    expect(message).toMatch(/Dữ liệu hiện tại giữ nguyên\.$/);
    expect(storeSnapshot(ctx.store.sqlite)).toEqual(before);
    expect(objectsOf(ctx.store.sqlite, "trigger")).toEqual(APP_TRIGGERS);
    ctx.store.close();
  });

  it("refuses such a whole-data file brought from another PC, naming the file as the user chose it", async () => {
    const oldPc = commune.officer();
    const moved = await tamperedBackup(oldPc, "chuyen-may.sqlite", (s) => s.exec(HOSTILE_TRIGGERS));
    oldPc.store.close();
    const newPc = commune.officer();
    const before = storeSnapshot(newPc.store.sqlite);

    const result = await dispatch(newPc, "backup.restore", { fileName: "chuyen-may.sqlite", contentBase64: readFileSync(moved).toString("base64") });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/^Không dùng được bản sao lưu "chuyen-may\.sqlite": .*có trigger lạ "xoa_nhat_ky".*Dữ liệu hiện tại giữ nguyên\.$/);
    expect(storeSnapshot(newPc.store.sqlite)).toEqual(before);
    newPc.store.close();
  });

  it("refuses, through cchc restore, any view, index, table or column the app does not make, and any it makes that is missing", async () => {
    const ctx = commune.officer();
    const storePath = ctx.store.path;
    const cases: [string, (s: Database.Database) => void, string][] = [
      ["view.sqlite", (s) => s.exec("CREATE VIEW nguoi_dan AS SELECT citizen_name FROM receptions"), 'có view lạ "nguoi_dan"'],
      ["index.sqlite", (s) => s.exec("CREATE INDEX chi_muc_la ON dossiers (code)"), 'có chỉ mục lạ "chi_muc_la"'],
      ["table.sqlite", (s) => s.exec("CREATE TABLE bang_la (x)"), 'có bảng lạ "bang_la"'],
      ["column.sqlite", (s) => s.exec("ALTER TABLE settings ADD COLUMN them TEXT"), 'bảng "settings" khác với cấu trúc của ứng dụng'],
      ["missing.sqlite", (s) => s.exec("DROP INDEX dossiers_figures"), 'thiếu chỉ mục "dossiers_figures"'],
    ];
    const files: string[] = [];
    for (const [name, change] of cases) files.push(await tamperedBackup(ctx, name, change));
    ctx.store.close();
    const storeBytes = readFileSync(storePath);

    for (const [i, [, , why]] of cases.entries()) {
      const message = await refusal(() => restoreStore({ storePath }, files[i]!));
      expect(message).toContain(`"${files[i]}"`);
      expect(message).toContain(why);
      expect(message).toMatch(/Dữ liệu hiện tại giữ nguyên\.$/);
      expect(readFileSync(storePath).equals(storeBytes)).toBe(true);
    }
    const cli = cchc(["restore", files[0]!, "--db", storePath]);
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('có view lạ "nguoi_dan"');
    expect(readFileSync(storePath).equals(storeBytes)).toBe(true);
  });

  it("restores a backup of an older schema version, migrates it, and keeps the restore's own audit row", async () => {
    const newest = loadMigrations().length;
    const ctx = commune.officer();
    const older = await tamperedBackup(ctx, "phien-ban-1.sqlite", asVersionOne);
    const olderTampered = await tamperedBackup(ctx, "phien-ban-1-trigger.sqlite", (s) => {
      asVersionOne(s);
      s.exec(HOSTILE_TRIGGERS);
    });
    ctx.store.sqlite.prepare("DELETE FROM documents").run();

    const refused = await dispatch(ctx, "backup.restore", { fileName: "phien-ban-1-trigger.sqlite", contentBase64: readFileSync(olderTampered).toString("base64") });
    expect(!refused.ok && refused.error.message).toContain('có trigger lạ "xoa_nhat_ky"');

    const restored = await dispatch(ctx, "backup.restore", { fileName: "phien-ban-1.sqlite", contentBase64: readFileSync(older).toString("base64") });
    expect(restored.ok).toBe(true);
    expect(ctx.store.sqlite.pragma("user_version", { simple: true })).toBe(newest);
    expect(objectsOf(ctx.store.sqlite, "index")).toContain("dossiers_figures");
    expect(ctx.store.sqlite.prepare("SELECT count(*) FROM documents").pluck().get()).toBeGreaterThan(0);
    expect(lastAudit(ctx)).toEqual({ action: "khoi_phuc", new_value: JSON.stringify("phien-ban-1.sqlite") });
    ctx.store.close();

    // The same through cchc restore, the store closed.
    const storePath = ctx.store.path;
    expect((await restoreStore({ storePath }, older)).undo).not.toBeNull();
    const reopened = createAppContext({ storePath });
    expect(lastAudit(reopened)).toEqual({ action: "khoi_phuc", new_value: JSON.stringify(older) });
    expect(objectsOf(reopened.store.sqlite, "trigger")).toEqual(APP_TRIGGERS);
    reopened.store.close();
  });
});
