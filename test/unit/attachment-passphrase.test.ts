/**
 * The passphrase covers the attached files with nothing done to the files:
 * their key is inside the encrypted store. No byte of a file's content is
 * readable anywhere – the data folder, the backup folder, a copy made to
 * move elsewhere – and the backups restore them with the passphrase.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { attachFile, filesFolder, readAttachment, removeAttachment, sweepUnusedFiles } from "../../core/attachments/attachments";
import { backupFolder } from "../../core/backup/folder";
import { setStorePassphrase } from "../../core/backup/passphrase";
import { restoreLive, restoreStore } from "../../core/backup/restore";
import { takeBackup } from "../../core/backup/take";
import { saveToRegister } from "../../core/records/registers/records";
import { useTempDir } from "../helpers";
import { officeContext, refusal } from "../fixtures/office-context";
import { PDF_MARKER, planPdf } from "../fixtures/evidence-files";

const dir = useTempDir("cchc-mat-khau-tep-");
const NOW = new Date("2025-10-08T02:00:00Z");
const PASSPHRASE = "Cẩm Giang @ 2025";

const everyFile = (folder: string): string[] => readdirSync(folder, { recursive: true, withFileTypes: true }).flatMap((e) => (e.isFile() ? [path.join(e.parentPath, e.name)] : []));
const sealedBytes = (folder: string) => Object.fromEntries(everyFile(folder).map((f) => [path.basename(f), readFileSync(f).toString("hex")]));

describe("attached files under a passphrase", () => {
  it("leave no readable content in the data folder, the backups or a copy, and come back with the passphrase", async () => {
    const root = dir();
    const ctx = officeContext(root, NOW);
    setStorePassphrase(ctx, null, PASSPHRASE);
    const plan = (
      saveToRegister(ctx, "documents", { numberSymbol: "25/KH-UBND", date: "2025-01-10", kind: "Kế hoạch", summary: "Kế hoạch", direction: "di", isLegalNormative: false }) as { id: number }
    ).id;
    const pdf = planPdf();
    const { attachment } = attachFile(ctx, plan, { fileName: "25-KH-UBND.pdf", bytes: pdf });
    const backup = await takeBackup(ctx, "tay");
    const copy = await takeBackup(ctx, "tay", path.join(root, "usb", "mang-di.sqlite"));
    expect(path.dirname(backupFolder(ctx))).toBe(root);

    const files = everyFile(root);
    expect(files.filter((f) => f.endsWith(".tep")).length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from(PDF_MARKER)), file).toBe(false);
      expect(bytes.includes(Buffer.from("%PDF")), file).toBe(false);
    }

    removeAttachment(ctx, attachment.id);
    sweepUnusedFiles(ctx, 0);
    expect(await refusal(() => restoreLive(ctx, backup.file, backup.file, "mật khẩu sai"))).toMatch(/mật khẩu/);
    await restoreLive(ctx, backup.file);
    expect(readAttachment(ctx, attachment.id).bytes.equals(pdf)).toBe(true);
    ctx.store.close();

    const newPc = path.join(dir(), "xa.sqlite");
    await restoreStore({ storePath: newPc, passphrase: PASSPHRASE }, copy.file);
    const moved = createAppContext({ storePath: newPc, passphrase: PASSPHRASE });
    expect(readAttachment(moved, attachment.id).bytes.equals(pdf)).toBe(true);
    moved.store.close();
  });

  it("are left as they are when the passphrase is set or changed, and read back under the new one", () => {
    const root = dir();
    const ctx = officeContext(root, NOW);
    const plan = (
      saveToRegister(ctx, "documents", { numberSymbol: "25/KH-UBND", date: "2025-01-10", kind: "Kế hoạch", summary: "Kế hoạch", direction: "di", isLegalNormative: false }) as { id: number }
    ).id;
    const pdf = planPdf();
    const { attachment } = attachFile(ctx, plan, { fileName: "25-KH-UBND.pdf", bytes: pdf });
    const before = sealedBytes(filesFolder(ctx));

    setStorePassphrase(ctx, null, PASSPHRASE);
    setStorePassphrase(ctx, PASSPHRASE, "mật khẩu mới 2026");
    expect(sealedBytes(filesFolder(ctx))).toEqual(before);
    const storePath = ctx.store.path;
    ctx.store.close();
    const reopened = createAppContext({ storePath, passphrase: "mật khẩu mới 2026" });
    expect(readAttachment(reopened, attachment.id).bytes.equals(pdf)).toBe(true);
    reopened.store.close();
  });
});
