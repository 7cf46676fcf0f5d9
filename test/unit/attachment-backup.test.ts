/**
 * Attached files are kept like the data: a backup into the backup folder
 * copies each sealed file once into its "tep-dinh-kem" folder, a copy made
 * to move elsewhere carries the files inside it, and a restore brings them
 * back checked by hash – or refuses, changing nothing, when one is missing
 * or damaged. Pruning old backups sweeps the files no kept backup uses.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startDailyBackups } from "../../core/api/daily-backups";
import { dispatch } from "../../core/api/dispatch";
import { createAppContext } from "../../core/app-context";
import { attachFile, filesFolder, readAttachment, removeAttachment, sweepUnusedFiles } from "../../core/attachments/attachments";
import { BACKUP_FILES_FOLDER, sidecarOf } from "../../core/backup/attached-files";
import { backupFolder, listBackups } from "../../core/backup/folder";
import { restoreLive, restoreStore } from "../../core/backup/restore";
import { takeBackup } from "../../core/backup/take";
import { verifyBackup } from "../../core/backup/verify";
import type { AppContext } from "../../core/context";
import { saveToRegister } from "../../core/records/registers/records";
import { useTempDir } from "../helpers";
import { officeContext, refusal } from "../fixtures/office-context";
import { planPdf, tinyPng } from "../fixtures/evidence-files";
import { storeSnapshot } from "../fixtures/store-snapshot";

const dir = useTempDir("cchc-sao-luu-tep-");
const at = (vietnamTime: string) => new Date(`${vietnamTime.replace(" ", "T")}+07:00`);

function office(now: () => Date = () => at("2025-10-08 09:00:00"), root = dir()): { ctx: AppContext; plan: number } {
  const ctx = officeContext(root, now());
  ctx.now = now;
  const plan = (
    saveToRegister(ctx, "documents", { numberSymbol: "25/KH-UBND", date: "2025-01-10", kind: "Kế hoạch", summary: "Kế hoạch CCHC", direction: "di", isLegalNormative: false }) as { id: number }
  ).id;
  return { ctx, plan };
}

const sealedIn = (folder: string) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((n) => n.endsWith(".tep"))
        .sort()
    : [];
const backupFiles = (ctx: AppContext) => path.join(backupFolder(ctx), BACKUP_FILES_FOLDER);
const sidecarNames = (file: string) => readFileSync(sidecarOf(file), "utf8").split("\n").filter(Boolean).sort();
/** Files older than the sweep's grace, as they are an hour after they were written. */
const age = (folder: string) => {
  const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
  for (const name of sealedIn(folder)) utimesSync(path.join(folder, name), old, old);
};

/** Takes the file off the document and sweeps it from the files folder at once: only a backup still has it. */
function loseFile(ctx: AppContext, id: number): void {
  const before = sealedIn(filesFolder(ctx)).length;
  removeAttachment(ctx, id);
  sweepUnusedFiles(ctx, 0);
  expect(sealedIn(filesFolder(ctx))).toHaveLength(before - 1);
}

const attachedCount = (ctx: AppContext) => ctx.store.sqlite.prepare("SELECT count(*) FROM document_attachments").pluck().get() as number;

describe("backups into the backup folder", () => {
  it("copy the sealed files beside the backup, and a restore brings them back byte for byte", async () => {
    const { ctx, plan } = office();
    const pdf = planPdf();
    const { attachment } = attachFile(ctx, plan, { fileName: "25-KH-UBND.pdf", bytes: pdf });
    const backup = await takeBackup(ctx, "tay");
    expect(sealedIn(backupFiles(ctx))).toEqual(sealedIn(filesFolder(ctx)));
    expect(sidecarNames(backup.file)).toEqual(sealedIn(filesFolder(ctx)));
    expect(listBackups(backupFolder(ctx)).map((b) => b.file)).toEqual([backup.file]);
    expect(verifyBackup(backup.file).schemaVersion).toBeGreaterThan(0);

    loseFile(ctx, attachment.id);
    await restoreLive(ctx, backup.file);
    expect(readAttachment(ctx, attachment.id).bytes.equals(pdf)).toBe(true);
    ctx.store.close();
  });

  it("are restored by cchc restore with the files, the store closed", async () => {
    const { ctx, plan } = office();
    const pdf = planPdf();
    const { attachment } = attachFile(ctx, plan, { fileName: "25-KH-UBND.pdf", bytes: pdf });
    const backup = await takeBackup(ctx, "tay");
    loseFile(ctx, attachment.id);
    const storePath = ctx.store.path;
    ctx.store.close();

    const { undo } = await restoreStore({ storePath }, backup.file);
    const restored = createAppContext({ storePath });
    expect(readAttachment(restored, attachment.id).bytes.equals(pdf)).toBe(true);
    // The undo backup was taken with no file attached: it has no list of files.
    expect(existsSync(sidecarOf(undo!))).toBe(false);
    restored.store.close();
  });

  it("share one copy of each file between backups", async () => {
    const { ctx, plan } = office();
    attachFile(ctx, plan, { fileName: "25-KH-UBND.pdf", bytes: planPdf() });
    const first = await takeBackup(ctx, "tay");
    const [name] = sealedIn(backupFiles(ctx));
    const copied = statSync(path.join(backupFiles(ctx), name!));
    const second = await takeBackup(ctx, "tay");
    expect(sealedIn(backupFiles(ctx))).toEqual([name]);
    expect(statSync(path.join(backupFiles(ctx), name!)).ino).toBe(copied.ino);
    expect(sidecarNames(first.file)).toEqual([name]);
    expect(sidecarNames(second.file)).toEqual([name]);
    expect(listBackups(backupFolder(ctx))).toHaveLength(2);
    ctx.store.close();
  });

  it("when pruned, take their sidecar and the files no kept backup uses, and keep the others", async () => {
    let now = at("2025-10-01 08:00:00");
    const { ctx, plan } = office(() => now);
    const a = attachFile(ctx, plan, { fileName: "a.pdf", bytes: planPdf("A") }).attachment;
    const early = await takeBackup(ctx, "tay");
    const [fileA] = sealedIn(filesFolder(ctx));
    removeAttachment(ctx, a.id);
    const b = attachFile(ctx, plan, { fileName: "b.png", bytes: tinyPng() }).attachment;
    now = at("2025-10-01 17:00:00");
    const newestOfDay = await takeBackup(ctx, "tay");
    const fileB = sealedIn(filesFolder(ctx)).find((n) => n !== fileA)!;
    removeAttachment(ctx, b.id);
    attachFile(ctx, plan, { fileName: "c.pdf", bytes: planPdf("C") });
    age(backupFiles(ctx));

    now = at("2025-10-05 08:00:00");
    const latest = await takeBackup(ctx, "hang-ngay");
    expect(listBackups(backupFolder(ctx)).map((x) => x.file)).toEqual([latest.file, newestOfDay.file]);
    expect(existsSync(sidecarOf(early.file))).toBe(false);
    const left = sealedIn(backupFiles(ctx));
    expect(left).not.toContain(fileA);
    expect(left).toContain(fileB);
    expect(left).toHaveLength(2);
    ctx.store.close();
  });

  it("the daily backup check also sweeps the files no document uses", async () => {
    const { ctx, plan } = office();
    const { attachment } = attachFile(ctx, plan, { fileName: "a.pdf", bytes: planPdf() });
    ctx.store.sqlite.prepare("DELETE FROM document_attachments WHERE id = ?").run(attachment.id);
    age(filesFolder(ctx));
    const daily = startDailyBackups(ctx, { taken: () => {}, failed: (m) => expect.fail(m) }, 60_000);
    await daily.stop();
    expect(sealedIn(filesFolder(ctx))).toEqual([]);
    ctx.store.close();
  });
});

describe("a copy to move elsewhere", () => {
  it("carries the files inside it: moved alone to another PC, it restores them", async () => {
    const { ctx, plan } = office();
    const pdf = planPdf();
    const { attachment } = attachFile(ctx, plan, { fileName: "25-KH-UBND.pdf", bytes: pdf });
    const usb = path.join(dir(), "usb");
    const copy = await takeBackup(ctx, "tay", path.join(usb, "du-lieu-xa.sqlite"));
    expect(readdirSync(usb)).toEqual(["du-lieu-xa.sqlite"]);
    ctx.store.close();
    const carried = path.join(dir(), "mang-di.sqlite");
    renameSync(copy.file, carried);
    expect(verifyBackup(carried).schemaVersion).toBeGreaterThan(0);

    const newPc = office(undefined, dir()).ctx;
    await restoreLive(newPc, carried);
    expect(readAttachment(newPc, attachment.id).bytes.equals(pdf)).toBe(true);
    expect(newPc.store.sqlite.prepare("SELECT count(*) FROM attachment_files WHERE sealed IS NOT NULL").pluck().get()).toBe(0);
    newPc.store.close();
  });

  it("as the whole-data file of the screen carries the files too, and the new PC takes it", async () => {
    const { ctx, plan } = office();
    const pdf = planPdf();
    const { attachment } = attachFile(ctx, plan, { fileName: "25-KH-UBND.pdf", bytes: pdf });
    const taken = await dispatch(ctx, "backup.take", {});
    if (!taken.ok) throw new Error(taken.error.message);
    const whole = await dispatch(ctx, "backup.file", { file: (taken.value as { file: string }).file });
    if (!whole.ok) throw new Error(whole.error.message);
    ctx.store.close();

    const newPc = office(undefined, dir()).ctx;
    const restored = await dispatch(newPc, "backup.restore", whole.value as { fileName: string; contentBase64: string });
    expect(restored.ok).toBe(true);
    expect(readAttachment(newPc, attachment.id).bytes.equals(pdf)).toBe(true);
    newPc.store.close();
  });
});

describe("a backup whose files are not all there", () => {
  async function backupThenLose(): Promise<{ ctx: AppContext; backup: string; sealed: string }> {
    const { ctx, plan } = office();
    const { attachment } = attachFile(ctx, plan, { fileName: "25-KH-UBND.pdf", bytes: planPdf() });
    const storedName = ctx.store.sqlite.prepare("SELECT stored_name FROM attachment_files WHERE sha256 = ?").pluck().get(attachment.sha256) as string;
    attachFile(ctx, plan, { fileName: "anh.png", bytes: tinyPng() });
    const backup = (await takeBackup(ctx, "tay")).file;
    loseFile(ctx, attachment.id);
    return { ctx, backup, sealed: path.join(backupFiles(ctx), storedName) };
  }

  it("is refused when a file is missing from its folder, and the store stays as it was", async () => {
    const { ctx, backup, sealed } = await backupThenLose();
    rmSync(sealed);
    const before = storeSnapshot(ctx.store.sqlite);
    const backupsBefore = listBackups(backupFolder(ctx));
    expect(() => verifyBackup(backup)).toThrow(/thiếu 1 tệp đính kèm/);

    const message = await refusal(() => restoreLive(ctx, backup));
    expect(message).toMatch(/^Không khôi phục được từ ".*": thiếu 1 tệp đính kèm/);
    expect(message).toContain(backupFiles(ctx));
    expect(message).toMatch(/Dữ liệu hiện tại giữ nguyên\.$/);
    expect(storeSnapshot(ctx.store.sqlite)).toEqual(before);
    expect(listBackups(backupFolder(ctx))).toEqual(backupsBefore);
    expect(attachedCount(ctx)).toBe(1);
    const storePath = ctx.store.path;
    ctx.store.close();

    expect(await refusal(() => restoreStore({ storePath }, backup))).toMatch(/thiếu 1 tệp đính kèm.*Dữ liệu hiện tại giữ nguyên\.$/);
    const reopened = createAppContext({ storePath });
    expect(storeSnapshot(reopened.store.sqlite)).toEqual(before);
    reopened.store.close();
  });

  it("is refused when a file in its folder was changed", async () => {
    const { ctx, backup, sealed } = await backupThenLose();
    const bytes = readFileSync(sealed);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    writeFileSync(sealed, bytes);
    const before = storeSnapshot(ctx.store.sqlite);
    expect(() => verifyBackup(backup)).toThrow(/1 tệp đính kèm bị hỏng/);

    expect(await refusal(() => restoreLive(ctx, backup))).toMatch(/1 tệp đính kèm bị hỏng hoặc đã bị sửa.*Dữ liệu hiện tại giữ nguyên\.$/);
    expect(storeSnapshot(ctx.store.sqlite)).toEqual(before);
    ctx.store.close();
  });

  it("is still taken when a file is gone from the store's own folder, and says how many it could not hold", async () => {
    const { ctx, plan } = office();
    attachFile(ctx, plan, { fileName: "25-KH-UBND.pdf", bytes: planPdf() });
    rmSync(filesFolder(ctx), { recursive: true });
    const backup = await takeBackup(ctx, "tay");
    expect(backup.filesMissing).toBe(1);
    expect(existsSync(sidecarOf(backup.file))).toBe(false);
    expect(() => verifyBackup(backup.file)).toThrow(/thiếu 1 tệp đính kèm/);
    expect((await takeBackup(ctx, "tay", path.join(dir(), "mang-di.sqlite"))).filesMissing).toBe(1);
    ctx.store.close();
  });

  it("is restored when the files folder of the store still has the file", async () => {
    const { ctx, plan } = office();
    const pdf = planPdf();
    const { attachment } = attachFile(ctx, plan, { fileName: "25-KH-UBND.pdf", bytes: pdf });
    const backup = (await takeBackup(ctx, "tay")).file;
    rmSync(backupFiles(ctx), { recursive: true });
    mkdirSync(backupFiles(ctx));
    ctx.store.sqlite.prepare("DELETE FROM documents").run();
    await restoreLive(ctx, backup);
    expect(readAttachment(ctx, attachment.id).bytes.equals(pdf)).toBe(true);
    ctx.store.close();
  });
});
