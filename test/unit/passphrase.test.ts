import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dispatch } from "../../core/api/dispatch";
import { createAppContext } from "../../core/app-context";
import { backupFolder, listBackups } from "../../core/backup/folder";
import { setStorePassphrase } from "../../core/backup/passphrase";
import { restoreLive } from "../../core/backup/restore";
import { takeBackup } from "../../core/backup/take";
import { verifyBackup } from "../../core/backup/verify";
import type { AppContext } from "../../core/context";
import { isAppError } from "../../shared/errors";
import { cchc } from "../cli-runner";
import { demoCommune } from "../fixtures/demo-commune";
import { csvWithBom } from "../fixtures/dossier-exports";
import { storeSnapshot } from "../fixtures/store-snapshot";

const commune = demoCommune("cchc-mat-khau-");
const PASSPHRASE = "Cẩm Giang @ 2025";

const plainHeader = (file: string) => readFileSync(file).subarray(0, 16).toString("latin1") === "SQLite format 3\0";
/** A citizen's name from the demo's reception log: it must not be readable in a protected file. */
const citizenName = (ctx: AppContext) => ctx.store.sqlite.prepare("SELECT citizen_name FROM receptions WHERE citizen_name IS NOT NULL LIMIT 1").pluck().get() as string;

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (e) {
    expect(isAppError(e)).toBe(true);
    return e as { code: string; message: string };
  }
  throw new Error("không bị từ chối");
}

describe("protecting the store with a passphrase", () => {
  it("encrypts the store and the backups kept, and opens only with the passphrase", async () => {
    const ctx = commune.officer();
    const storePath = ctx.store.path;
    const name = citizenName(ctx);
    await takeBackup(ctx, "hang-ngay");
    const before = storeSnapshot(ctx.store.sqlite, ["audit_log", "sqlite_sequence"]);

    const change = setStorePassphrase(ctx, null, PASSPHRASE);
    expect(change).toEqual({ protected: true, backupsUpdated: 1, backupsLeft: [], copiesRemoved: [] });
    ctx.store.close();

    for (const file of [storePath, listBackups(path.join(path.dirname(storePath), "sao-luu"))[0]!.file]) {
      expect(plainHeader(file)).toBe(false);
      expect(readFileSync(file).includes(Buffer.from(name, "utf8"))).toBe(false);
    }
    expect(refusal(() => createAppContext({ storePath })).code).toBe("store_locked");
    expect(refusal(() => createAppContext({ storePath, passphrase: "cam giang @ 2025" })).message).toMatch(/^Mật khẩu không đúng/);
    const reopened = createAppContext({ storePath, passphrase: PASSPHRASE });
    expect(storeSnapshot(reopened.store.sqlite, ["audit_log", "sqlite_sequence"])).toEqual(before);
    expect(reopened.store.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(reopened.store.sqlite.prepare("SELECT action, entity_id, old_value, new_value FROM audit_log ORDER BY id DESC LIMIT 1").get()).toEqual({
      action: "sua",
      entity_id: "mat_khau",
      old_value: JSON.stringify("không có mật khẩu"),
      new_value: JSON.stringify("có mật khẩu"),
    });
    reopened.store.close();
  });

  it("backs up under the same passphrase before an import, and verifies and restores those backups", async () => {
    const ctx = commune.officer();
    setStorePassphrase(ctx, null, PASSPHRASE);
    const file = { fileName: "ho-so.csv", contentBase64: readFileSync(csvWithBom(commune.dir)).toString("base64") };
    const before = storeSnapshot(ctx.store.sqlite, ["audit_log", "sqlite_sequence"]);
    expect((await dispatch(ctx, "dossiers.import", file)).ok).toBe(true);
    const [backup] = listBackups(backupFolder(ctx));
    expect(backup!.reason).toBe("truoc-nhap");
    expect(plainHeader(backup!.file)).toBe(false);
    expect(verifyBackup(backup!.file, undefined, PASSPHRASE).schemaVersion).toBeGreaterThan(0);
    expect(() => verifyBackup(backup!.file)).toThrow(/được bảo vệ bằng mật khẩu khác/);

    await restoreLive(ctx, backup!.file);
    expect(storeSnapshot(ctx.store.sqlite, ["audit_log", "sqlite_sequence"])).toEqual(before);
    expect(ctx.store.passphrase).toBe(PASSPHRASE);
    ctx.store.close();
    expect(plainHeader(path.join(path.dirname(backup!.file), "..", "xa.sqlite"))).toBe(false);
  });

  it("keeps the store protected when a backup from before the passphrase is restored", async () => {
    const ctx = commune.officer();
    const early = await takeBackup(ctx, "tay", path.join(path.dirname(ctx.store.path), "truoc-khi-dat-mat-khau.sqlite"));
    setStorePassphrase(ctx, null, PASSPHRASE);
    expect(plainHeader(early.file)).toBe(true);

    await restoreLive(ctx, early.file);
    expect(ctx.store.passphrase).toBe(PASSPHRASE);
    const storePath = ctx.store.path;
    ctx.store.close();
    expect(plainHeader(storePath)).toBe(false);
    createAppContext({ storePath, passphrase: PASSPHRASE }).store.close();
  });

  it("restores in the app a backup protected by another passphrase once the clerk gives that passphrase", async () => {
    const OLD = "Máy cũ của xã 2024";
    const other = commune.officer();
    setStorePassphrase(other, null, OLD);
    const brought = await takeBackup(other, "tay", path.join(path.dirname(other.store.path), "tu-may-cu.sqlite"));
    other.store.close();
    const upload = { fileName: "tu-may-cu.sqlite", contentBase64: readFileSync(brought.file).toString("base64") };
    const documents = (ctx: AppContext) => ctx.store.sqlite.prepare("SELECT count(*) FROM documents").pluck().get() as number;

    for (const current of [PASSPHRASE, null]) {
      const ctx = commune.officer();
      if (current) setStorePassphrase(ctx, null, current);
      ctx.store.sqlite.prepare("DELETE FROM documents").run();
      const asked = await dispatch(ctx, "backup.restore", upload);
      expect(asked).toMatchObject({ ok: false, error: { code: "backup_passphrase_needed" } });
      expect(asked.ok ? "" : asked.error.message).toContain("hãy nhập mật khẩu của bản sao lưu");
      const mistyped = await dispatch(ctx, "backup.restore", { ...upload, passphrase: "mật khẩu sai" });
      expect(mistyped).toMatchObject({ ok: false, error: { code: "backup_passphrase_needed" } });
      expect(documents(ctx)).toBe(0);

      const restored = await dispatch(ctx, "backup.restore", { ...upload, passphrase: OLD });
      expect(restored.ok).toBe(true);
      expect(documents(ctx)).toBeGreaterThan(0);
      // The data keeps the passphrase the office uses now; with none set, the backup's own stays on it.
      expect(ctx.store.passphrase).toBe(current ?? OLD);
      const storePath = ctx.store.path;
      ctx.store.close();
      expect(plainHeader(storePath)).toBe(false);
      const reopened = createAppContext({ storePath, passphrase: current ?? OLD });
      expect(documents(reopened)).toBeGreaterThan(0);
      reopened.store.close();
    }
  });

  it("changes only with the current passphrase, refuses a short one, and removes it", async () => {
    const ctx = commune.officer();
    setStorePassphrase(ctx, null, PASSPHRASE);
    await takeBackup(ctx, "tay");
    expect(refusal(() => setStorePassphrase(ctx, "đoán thử", "mật khẩu mới 2026")).message).toBe("Mật khẩu hiện tại không đúng; mật khẩu chưa được đổi.");
    expect(refusal(() => setStorePassphrase(ctx, PASSPHRASE, "  ngắn  ")).message).toMatch(/^Mật khẩu cần ít nhất 8 ký tự/);
    expect(ctx.store.passphrase).toBe(PASSPHRASE);

    expect(setStorePassphrase(ctx, PASSPHRASE, "mật khẩu mới 2026").backupsUpdated).toBe(1);
    const [kept] = listBackups(backupFolder(ctx));
    expect(verifyBackup(kept!.file, undefined, "mật khẩu mới 2026").schemaVersion).toBeGreaterThan(0);

    expect(setStorePassphrase(ctx, "mật khẩu mới 2026", null)).toEqual({ protected: false, backupsUpdated: 1, backupsLeft: [], copiesRemoved: [] });
    const storePath = ctx.store.path;
    ctx.store.close();
    expect(plainHeader(storePath)).toBe(true);
    expect(plainHeader(kept!.file)).toBe(true);
    createAppContext({ storePath }).store.close();
  });
});

describe("cchc with a protected store", () => {
  it("sets the passphrase from CCHC_MAT_KHAU_MOI and needs CCHC_MAT_KHAU afterwards", () => {
    const ctx = commune.officer();
    const db = ctx.store.path;
    ctx.store.close();
    const plain = path.join(path.dirname(db), "chua-co-mat-khau.sqlite");
    expect(cchc(["backup", "--db", db, "--out", plain]).status).toBe(0);
    const set = cchc(["passphrase", "--db", db], { CCHC_MAT_KHAU_MOI: PASSPHRASE });
    expect(set.status, set.stderr).toBe(0);
    expect(set.stdout).toContain("đã được bảo vệ bằng mật khẩu");

    const locked = cchc(["indicators", "--db", db, "--period", "2025-Q3", "--json"]);
    expect(locked.status).toBe(2);
    expect(locked.stderr).toContain("không đọc được khi không có mật khẩu");
    const open = cchc(["indicators", "--db", db, "--period", "2025-Q3", "--json"], { CCHC_MAT_KHAU: PASSPHRASE });
    expect(open.status, open.stderr).toBeLessThan(2);
    expect(JSON.parse(open.stdout).unit).toBe("Xã Cẩm Giang");

    const out = path.join(path.dirname(db), "sao-luu-tay.sqlite");
    expect(cchc(["backup", "--db", db, "--out", out], { CCHC_MAT_KHAU: PASSPHRASE }).status).toBe(0);
    expect(plainHeader(out)).toBe(false);
    // A mistyped passphrase refuses the restore; the protected store is not taken for a damaged one and moved aside.
    const mistyped = cchc(["restore", plain, "--db", db], { CCHC_MAT_KHAU: "Cam Giang @ 2025" });
    expect(mistyped.status).toBe(2);
    expect(mistyped.stderr).toMatch(/Mật khẩu không đúng/);
    expect(readdirSync(path.dirname(db)).filter((n) => n.includes(".hong-"))).toEqual([]);
    const restored = cchc(["restore", out, "--db", db], { CCHC_MAT_KHAU: PASSPHRASE });
    expect(restored.status, restored.stderr).toBe(0);

    const removed = cchc(["passphrase", "--db", db, "--remove"], { CCHC_MAT_KHAU: PASSPHRASE });
    expect(removed.status, removed.stderr).toBe(0);
    expect(cchc(["indicators", "--db", db, "--period", "2025-Q3", "--json"]).status).toBeLessThan(2);
  });
});
