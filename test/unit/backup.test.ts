import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { dispatch } from "../../core/api/dispatch";
import { listAudit } from "../../core/audit-query";
import { createAppContext } from "../../core/app-context";
import { BACKUP_FOLDER_KEY, backupFolder, listBackups } from "../../core/backup/folder";
import { restoreLive, restoreStore } from "../../core/backup/restore";
import { backupsToPrune } from "../../core/backup/retention";
import { takeBackup } from "../../core/backup/take";
import { verifyBackup } from "../../core/backup/verify";
import { cchc } from "../cli-runner";
import { demoCommune } from "../fixtures/demo-commune";
import { csvWithBom } from "../fixtures/dossier-exports";
import { storeSnapshot } from "../fixtures/store-snapshot";
import { refusal } from "../fixtures/office-context";

const commune = demoCommune("cchc-sao-luu-");

/** Vietnam wall-clock time as the app's clock. */
const at = (vietnamTime: string) => new Date(`${vietnamTime.replace(" ", "T")}+07:00`);

/** What a restore itself writes: its line in the audit trail (and that table's id counter). */
const RESTORE_RECORDED = ["audit_log", "sqlite_sequence"];
const withoutRestoreRecord = (snapshot: Record<string, string>) => Object.fromEntries(Object.entries(snapshot).filter(([t]) => !RESTORE_RECORDED.includes(t)));

function removeStore(file: string): void {
  for (const side of ["", "-wal", "-shm"]) rmSync(`${file}${side}`, { force: true });
}

describe("the retention of automatic backups", () => {
  it("keeps every backup of today and yesterday, the newest of each day for 30 days, of each month for a year, and the copies taken before a restore apart", () => {
    const backups: { file: string; takenAt: string; reason?: string }[] = [];
    for (let day = 1; day <= 15; day++) {
      for (const hour of ["08", "11", "14", "16"]) {
        const d = String(day).padStart(2, "0");
        backups.push({ file: `2025-10-${d} ${hour}`, takenAt: `2025-10-${d} ${hour}:00:00`, reason: "hang-ngay" });
      }
    }
    for (const when of ["2025-09-01 10", "2025-09-20 10", "2025-06-10 10", "2025-06-20 10", "2024-11-03 10", "2024-09-01 10"])
      backups.push({ file: when, takenAt: `${when}:00:00`, reason: "truoc-nhap" });
    for (let day = 1; day <= 7; day++) backups.push({ file: `khoi-phuc 2025-10-0${day}`, takenAt: `2025-10-0${day} 09:00:00`, reason: "truoc-khoi-phuc" });
    const pruned = new Set(backupsToPrune(backups, "2025-10-15"));
    const kept = backups.filter((b) => !pruned.has(b.file)).map((b) => b.file);
    expect(kept).toEqual(
      [
        ...Array.from({ length: 13 }, (_, i) => `2025-10-${String(i + 1).padStart(2, "0")} 16`),
        "2025-10-14 08",
        "2025-10-14 11",
        "2025-10-14 14",
        "2025-10-14 16",
        "2025-10-15 08",
        "2025-10-15 11",
        "2025-10-15 14",
        "2025-10-15 16",
        // 30 days back reach 16/09: the newest of September before that stands for its month.
        "2025-09-20 10",
        "2025-06-20 10",
        "2024-11-03 10",
        "khoi-phuc 2025-10-03",
        "khoi-phuc 2025-10-04",
        "khoi-phuc 2025-10-05",
        "khoi-phuc 2025-10-06",
        "khoi-phuc 2025-10-07",
      ].sort((a, b) => backups.findIndex((x) => x.file === a) - backups.findIndex((x) => x.file === b)),
    );
  });

  it("never prunes a backup it is told to keep", () => {
    const backups = [
      { file: "a", takenAt: "2025-10-01 08:00:00" },
      { file: "b", takenAt: "2025-10-01 09:00:00" },
    ];
    expect(backupsToPrune(backups, "2025-10-15")).toEqual(["a"]);
    expect(backupsToPrune(backups, "2025-10-15", ["a"])).toEqual([]);
  });

  it("is applied to the folder as backups are taken, by the app's clock", async () => {
    let now = at("2025-10-01 08:00:00");
    const ctx = commune.officer({ now: () => now });
    const taken: string[] = [];
    for (let day = 1; day <= 12; day++) {
      for (const hour of ["08:00:00", "10:30:00", "15:45:00", "17:00:00"]) {
        now = at(`2025-10-${String(day).padStart(2, "0")} ${hour}`);
        taken.push((await takeBackup(ctx, day % 2 ? "truoc-nhap" : "hang-ngay")).takenAt);
      }
    }
    const left = listBackups(backupFolder(ctx)).map((b) => b.takenAt);
    expect(left).toEqual([
      "2025-10-12 17:00:00",
      "2025-10-12 15:45:00",
      "2025-10-12 10:30:00",
      "2025-10-12 08:00:00",
      "2025-10-11 17:00:00",
      "2025-10-11 15:45:00",
      "2025-10-11 10:30:00",
      "2025-10-11 08:00:00",
      ...Array.from({ length: 10 }, (_, i) => `2025-10-${String(10 - i).padStart(2, "0")} 17:00:00`),
    ]);
    expect(taken).toHaveLength(48);
    ctx.store.close();
  });

  it("a restore from the oldest of three backups taken today keeps all three and leaves no half-restored files", async () => {
    let now = at("2025-10-15 08:00:00");
    const ctx = commune.officer({ now: () => now });
    const folder = backupFolder(ctx);
    const three: string[] = [];
    for (const time of ["08:00:00", "10:00:00", "14:00:00"]) {
      now = at(`2025-10-15 ${time}`);
      three.push((await takeBackup(ctx, "hang-ngay")).file);
    }
    now = at("2025-10-15 15:00:00");
    const { undo } = await restoreLive(ctx, three[0]!);
    for (const file of three) expect(existsSync(file), file).toBe(true);
    expect(existsSync(undo!)).toBe(true);
    const storeDir = path.dirname(ctx.store.path);
    expect(readdirSync(storeDir).filter((n) => n.includes("dang-khoi-phuc"))).toEqual([]);
    expect(listBackups(folder)).toHaveLength(4);
    ctx.store.close();
  });
});

describe("backup and restore", () => {
  it("backup → delete the store → restore gives every table back, row for row", async () => {
    const ctx = commune.officer();
    const storePath = ctx.store.path;
    const out = path.join(commune.dir, "tay.sqlite");
    await takeBackup(ctx, "tay", out);
    const before = storeSnapshot(ctx.store.sqlite);
    ctx.store.close();
    removeStore(storePath);

    const result = await restoreStore({ storePath, userName: "Nguyễn Thị Hương" }, out);
    expect(result).toEqual({ undo: null, movedAside: null });
    const restored = new Database(storePath, { readonly: true });
    expect(storeSnapshot(restored, RESTORE_RECORDED)).toEqual(withoutRestoreRecord(before));
    // The audit trail survives the restore, and records it.
    const audit = restored.prepare("SELECT count(*) AS n FROM audit_log").get() as { n: number };
    expect(audit.n).toBe(Number(before.audit_log!.split(":")[0]) + 1);
    expect(restored.prepare("SELECT action, new_value FROM audit_log ORDER BY id DESC LIMIT 1").get()).toEqual({ action: "khoi_phuc", new_value: JSON.stringify(out) });
    expect((restored.pragma("integrity_check") as { integrity_check: string }[])[0]!.integrity_check).toBe("ok");
    restored.close();
  });

  it("keeps the store as it was before a restore, so the restore can be undone", async () => {
    const ctx = commune.officer();
    const storePath = ctx.store.path;
    const out = path.join(commune.dir, "truoc-sua.sqlite");
    await takeBackup(ctx, "tay", out);
    ctx.store.sqlite.prepare("DELETE FROM documents").run();
    const changed = storeSnapshot(ctx.store.sqlite);
    ctx.store.close();

    const { undo } = await restoreStore({ storePath, userName: "Nguyễn Thị Hương" }, out);
    expect(undo).toMatch(/cchc-\d{8}-\d{6}-truoc-khoi-phuc\.sqlite$/);
    const restored = createAppContext({ storePath });
    expect(restored.store.sqlite.prepare("SELECT count(*) FROM documents").pluck().get()).toBeGreaterThan(0);
    restored.store.close();

    await restoreStore({ storePath }, undo!);
    const undone = new Database(storePath, { readonly: true });
    expect(storeSnapshot(undone, RESTORE_RECORDED)).toEqual(withoutRestoreRecord(changed));
    undone.close();
  });

  it("refuses a file that is not a good backup, leaving the store byte for byte as it was", async () => {
    const ctx = commune.officer();
    const storePath = ctx.store.path;
    const good = path.join(commune.dir, "tot.sqlite");
    await takeBackup(ctx, "tay", good);
    ctx.store.close();
    const storeBytes = readFileSync(storePath);

    const notSqlite = path.join(commune.dir, "anh.sqlite");
    writeFileSync(notSqlite, Buffer.from("\x89PNG\r\n\x1a\n không phải cơ sở dữ liệu"));
    const foreign = path.join(commune.dir, "khac.sqlite");
    const other = new Database(foreign);
    other.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    other.close();
    const newer = path.join(commune.dir, "moi-hon.sqlite");
    writeFileSync(newer, readFileSync(good));
    const bumped = new Database(newer);
    bumped.pragma("user_version = 99");
    bumped.close();
    const corrupt = path.join(commune.dir, "hong.sqlite");
    const bytes = Buffer.from(readFileSync(good));
    const pageSize = bytes.readUInt16BE(16);
    // A page in the middle of the file overwritten: its b-tree no longer parses.
    bytes.fill(0x5a, pageSize * 20, pageSize * 21);
    writeFileSync(corrupt, bytes);
    const empty = path.join(commune.dir, "rong.sqlite");
    writeFileSync(empty, "");

    const cases: [string, RegExp][] = [
      [notSqlite, /không phải tệp dữ liệu SQLite/],
      [foreign, /tệp SQLite của một chương trình khác/],
      [newer, /phiên bản mới hơn|mới hơn/],
      [corrupt, /tệp bị hỏng/],
      [empty, /tệp rỗng/],
      [path.join(commune.dir, "khong-co.sqlite"), /không mở được tệp/],
    ];
    for (const [file, why] of cases) {
      const message = await refusal(() => restoreStore({ storePath }, file));
      expect(message).toMatch(new RegExp(`^Không dùng được bản sao lưu "${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}": `));
      expect(message).toMatch(why);
      expect(message).toMatch(/Dữ liệu hiện tại giữ nguyên\.$/);
      expect(readFileSync(storePath).equals(storeBytes)).toBe(true);
    }
    expect(verifyBackup(good).schemaVersion).toBeGreaterThan(0);
  });

  it("moves a store that cannot be opened aside instead of deleting it", async () => {
    const ctx = commune.officer();
    const storePath = ctx.store.path;
    const good = path.join(commune.dir, "tot-2.sqlite");
    await takeBackup(ctx, "tay", good);
    ctx.store.close();
    removeStore(storePath);
    writeFileSync(storePath, "tệp đã bị virus ghi đè");

    const { movedAside } = await restoreStore({ storePath }, good);
    expect(readFileSync(movedAside!, "utf8")).toBe("tệp đã bị virus ghi đè");
    expect(verifyBackup(storePath).schemaVersion).toBeGreaterThan(0);
  });
});

describe("automatic backups", () => {
  it("are taken before an import through the API, not before a dry run", async () => {
    const ctx = commune.officer();
    const file = { fileName: "ho-so.csv", contentBase64: readFileSync(csvWithBom(commune.dir)).toString("base64") };
    expect((await dispatch(ctx, "dossiers.import", { ...file, dryRun: true })).ok).toBe(true);
    expect(listBackups(backupFolder(ctx))).toEqual([]);
    expect((await dispatch(ctx, "dossiers.import", file)).ok).toBe(true);
    expect(listBackups(backupFolder(ctx)).map((b) => b.reason)).toEqual(["truoc-nhap"]);
    ctx.store.close();
  });

  it("refuse the import, changing nothing, when the backup cannot be written", async () => {
    const ctx = commune.officer();
    const blocker = path.join(commune.dir, "khong-phai-thu-muc");
    writeFileSync(blocker, "");
    ctx.store.sqlite.prepare("INSERT INTO settings (key, value) VALUES (?, ?)").run(BACKUP_FOLDER_KEY, JSON.stringify(path.join(blocker, "sao-luu")));
    const before = storeSnapshot(ctx.store.sqlite);
    const file = { fileName: "ho-so.csv", contentBase64: readFileSync(csvWithBom(commune.dir)).toString("base64") };
    const result = await dispatch(ctx, "dossiers.import", file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/^Không sao lưu được vào ".*khong-phai-thu-muc.*": .*Dữ liệu không thay đổi/);
    expect(storeSnapshot(ctx.store.sqlite)).toEqual(before);
    ctx.store.close();
  });
});

describe("cchc backup and cchc restore", () => {
  it("back up to a file, list the backups, and restore with an undo copy", async () => {
    const ctx = commune.officer();
    const db = ctx.store.path;
    ctx.store.close();
    const out = path.join(commune.dir, "cli.sqlite");
    const made = cchc(["backup", "--db", db, "--out", out]);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^Đã sao lưu dữ liệu \([\d.,]+ MB\) vào ".*cli\.sqlite"\./);
    expect(cchc(["backup", "--db", db]).status).toBe(0);
    const list = cchc(["backup", "--db", db, "--list"]);
    expect(list.stdout).toMatch(/- \d{2}:\d{2} \d{2}\/\d{2}\/\d{4} · sao lưu do người dùng yêu cầu · cchc-\d{8}-\d{6}-tay\.sqlite/);

    const restored = cchc(["restore", out, "--db", db]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain("Đã khôi phục dữ liệu từ");
    expect(restored.stdout).toMatch(/Dữ liệu trước khi khôi phục được giữ ở ".*truoc-khoi-phuc\.sqlite"/);
    const bad = cchc(["restore", path.join(commune.dir, "khong-co.sqlite"), "--db", db]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Không dùng được bản sao lưu");
    expect(existsSync(db)).toBe(true);
  });
});

describe("a store that cannot be read at start", () => {
  it("is explained with the newest backup that still verifies and the command to restore it, and is left as it was", async () => {
    const ctx = commune.officer({ now: () => at("2025-10-08 09:30:00") });
    const storePath = ctx.store.path;
    const good = await takeBackup(ctx, "hang-ngay");
    ctx.store.close();
    // A newer backup that is itself broken is passed over.
    const broken = path.join(path.dirname(good.file), "cchc-20251008-101500-truoc-nhap.sqlite");
    writeFileSync(broken, "hỏng");
    const bytes = Buffer.from(readFileSync(storePath));
    bytes.write("tệp bị ghi đè bởi virus", 0);
    writeFileSync(storePath, bytes);

    const run = cchc(["period", "--period", "2025-Q3", "--db", storePath]);
    expect(run.status).toBe(2);
    // Overwritten pages look like pages encrypted with a passphrase: the message names both.
    expect(run.stderr).toContain("nếu chưa từng đặt mật khẩu thì tệp đã bị hỏng, không còn là tệp dữ liệu SQLite của ứng dụng");
    expect(run.stderr).toContain(`Bản sao lưu gần nhất còn tốt: "${good.file}" (lúc 09:30 ngày 08/10/2025). Khôi phục bằng: cchc restore "${good.file}" --db "${storePath}"`);
    expect(readFileSync(storePath).equals(bytes)).toBe(true);

    const restored = cchc(["restore", good.file, "--db", storePath]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain("Tệp dữ liệu cũ không mở được đã được đổi tên thành");
  });
});

describe("the backup settings", () => {
  it("take a folder that can be written (audited), refuse one that cannot, and list what is kept there", async () => {
    const ctx = commune.officer({ userName: "Nguyễn Thị Hương" });
    const usb = path.join(path.dirname(ctx.store.path), "usb", "SaoLuuCCHC");
    const relative = await dispatch(ctx, "backup.setFolder", { folder: "SaoLuu" });
    expect(!relative.ok && relative.error.message).toContain("phải là đường dẫn đầy đủ");
    const blocker = path.join(path.dirname(ctx.store.path), "chan");
    writeFileSync(blocker, "");
    const blocked = await dispatch(ctx, "backup.setFolder", { folder: path.join(blocker, "x") });
    expect(!blocked.ok && blocked.error.message).toMatch(/^Không ghi được vào thư mục sao lưu ".*chan.*": thư mục không tồn tại\.$/);

    const set = await dispatch(ctx, "backup.setFolder", { folder: usb });
    expect(set).toEqual({ ok: true, value: { folder: usb } });
    const taken = await dispatch(ctx, "backup.take", {});
    expect(taken.ok && path.dirname((taken.value as { file: string }).file)).toBe(usb);
    const listed = await dispatch(ctx, "backup.list", {});
    expect(listed.ok && (listed.value as { backups: { reason: string; bytes: number }[] }).backups).toEqual([expect.objectContaining({ reason: "tay", bytes: expect.any(Number) })]);
    expect(listAudit(ctx, { entity: "settings" }).rows[0]!.changes[0]).toMatchObject({ before: path.join(path.dirname(ctx.store.path), "sao-luu"), after: usb });

    expect(await dispatch(ctx, "backup.setFolder", { folder: null })).toEqual({ ok: true, value: { folder: path.join(path.dirname(ctx.store.path), "sao-luu") } });
    ctx.store.close();
  });
});
