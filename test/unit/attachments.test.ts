/**
 * Files attached to documents: kept once per content, sealed on disk (no
 * byte of the file in the clear), read back byte for byte, refused when they
 * are not what their name says, swept when no document uses them, and
 * matched to register entries by the number in their names.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { attachFile, attachFiles, filesFolder, listAttachments, readAttachment, removeAttachment, sweepUnusedFiles } from "../../core/attachments/attachments";
import { matchFileNames } from "../../core/attachments/file-number";
import { deleteFromRegister, saveToRegister } from "../../core/records/registers/records";
import type { AppContext } from "../../core/context";
import { useTempDir } from "../helpers";
import { officeContext, refusal } from "../fixtures/office-context";
import { PDF_MARKER, planPdf, renamedProgram, tinyPng } from "../fixtures/evidence-files";
import { storeSnapshot } from "../fixtures/store-snapshot";

const dir = useTempDir("cchc-tep-");
const NOW = new Date("2025-10-08T02:00:00Z");

function withDocuments(): { ctx: AppContext; plan: number; report: number } {
  const ctx = officeContext(dir(), NOW);
  const save = (numberSymbol: string, date: string, kind: string) =>
    (saveToRegister(ctx, "documents", { numberSymbol, date, kind, summary: `${kind} số ${numberSymbol}`, direction: "di", isLegalNormative: false }) as { id: number }).id;
  return { ctx, plan: save("25/KH-UBND", "2025-01-10", "Kế hoạch"), report: save("112/BC-UBND", "2025-06-20", "Báo cáo") };
}

const sealedFiles = (ctx: AppContext) => readdirSync(filesFolder(ctx)).filter((n) => n.endsWith(".tep"));

describe("attaching files to documents", () => {
  it("keeps the file sealed, once per content, and gives it back byte for byte", () => {
    const { ctx, plan, report } = withDocuments();
    const pdf = planPdf();
    const first = attachFile(ctx, plan, { fileName: "C:\\Scan\\25-KH-UBND.pdf", bytes: pdf });
    expect(first).toMatchObject({ added: true, sharedContent: false, attachment: { fileName: "25-KH-UBND.pdf", sizeBytes: pdf.length, mediaType: "application/pdf" } });
    const again = attachFile(ctx, plan, { fileName: "ban-khac.pdf", bytes: pdf });
    expect(again).toMatchObject({ added: false, attachment: { id: first.attachment.id } });
    const other = attachFile(ctx, report, { fileName: "phu-luc.pdf", bytes: pdf });
    expect(other).toMatchObject({ added: true, sharedContent: true });
    expect(sealedFiles(ctx)).toHaveLength(1);
    const onDisk = readFileSync(path.join(filesFolder(ctx), sealedFiles(ctx)[0]!));
    expect(onDisk.includes(Buffer.from(PDF_MARKER))).toBe(false);
    expect(onDisk.includes(Buffer.from("%PDF"))).toBe(false);
    expect(readAttachment(ctx, other.attachment.id).bytes.equals(pdf)).toBe(true);
    expect(listAttachments(ctx, plan).map((a) => a.fileName)).toEqual(["25-KH-UBND.pdf"]);
    expect(listAttachments(ctx)).toHaveLength(2);
  });

  it("refuses a file that is not what its name says, or of a kind not kept, and changes nothing", async () => {
    const { ctx, plan } = withDocuments();
    const before = storeSnapshot(ctx.store.sqlite);
    expect(await refusal(() => attachFile(ctx, plan, { fileName: "ke-hoach.pdf", bytes: renamedProgram() }))).toMatch(/"ke-hoach.pdf" không phải tệp PDF thật/);
    expect(await refusal(() => attachFile(ctx, plan, { fileName: "setup.exe", bytes: renamedProgram() }))).toMatch(/chỉ nhận tệp \.pdf, \.docx/);
    expect(await refusal(() => attachFile(ctx, plan, { fileName: "rong.png", bytes: Buffer.alloc(0) }))).toMatch(/rỗng/);
    expect(
      await refusal(() =>
        attachFiles(ctx, [
          { documentId: plan, file: { fileName: "anh.png", bytes: tinyPng() } },
          { documentId: 9999, file: { fileName: "ke-hoach.pdf", bytes: planPdf() } },
        ]),
      ),
    ).toMatch(/Không tìm thấy văn bản/);
    expect(storeSnapshot(ctx.store.sqlite)).toEqual(before);
  });

  it("refuses a sealed file changed on disk instead of giving wrong bytes", async () => {
    const { ctx, plan } = withDocuments();
    const { attachment } = attachFile(ctx, plan, { fileName: "anh.png", bytes: tinyPng() });
    const file = path.join(filesFolder(ctx), sealedFiles(ctx)[0]!);
    const sealed = readFileSync(file);
    sealed.writeUInt8(sealed.readUInt8(sealed.length - 1) ^ 1, sealed.length - 1);
    writeFileSync(file, sealed);
    expect(await refusal(() => readAttachment(ctx, attachment.id))).toMatch(/bị hỏng hoặc đã bị sửa/);
  });

  it("removes the content with the last document that carries it", () => {
    const { ctx, plan, report } = withDocuments();
    const a = attachFile(ctx, plan, { fileName: "a.pdf", bytes: planPdf() }).attachment;
    attachFile(ctx, report, { fileName: "b.pdf", bytes: planPdf() });
    removeAttachment(ctx, a.id);
    expect(sweepUnusedFiles(ctx, 0)).toBe(0);
    deleteFromRegister(ctx, "documents", report);
    expect(ctx.store.sqlite.prepare("SELECT count(*) FROM attachment_files").pluck().get()).toBe(0);
    expect(sweepUnusedFiles(ctx, 0)).toBe(1);
    expect(sealedFiles(ctx)).toEqual([]);
  });
});

describe("matching scans to register entries by the number in their names", () => {
  const docs = [
    { id: 1, numberSymbol: "25/KH-UBND", date: "2025-01-10" },
    { id: 2, numberSymbol: "25/KH-UBND", date: "2024-02-01" },
    { id: 3, numberSymbol: "5/QĐ-UBND", date: "2025-03-14" },
    { id: 4, numberSymbol: "112/BC-UBND", date: "2025-06-20" },
    { id: 5, numberSymbol: "112/BC-UBND-VP", date: "2025-06-21" },
  ];
  it.each([
    ["25_KH-UBND_2025.pdf", { state: "khop", documentId: 1 }],
    ["25-KH-UBND (2024).pdf", { state: "khop", documentId: 2 }],
    ["25-KH-UBND.pdf", { state: "nhieu", documentIds: [1, 2] }],
    ["QĐ 005.QĐ-UBND ban ky.pdf", { state: "khop", documentId: 3 }],
    ["5-qd-ubnd 14.03.2025.jpg", { state: "khop", documentId: 3 }],
    ["112 BC UBND VP.pdf", { state: "khop", documentId: 5 }],
    ["112-BC-UBND.docx", { state: "khop", documentId: 4 }],
    ["15-QD-UBND.pdf", { state: "khong_khop" }],
    ["anh-niem-yet.png", { state: "khong_khop" }],
  ])("%s", (name, expected) => {
    expect(matchFileNames([name], docs)[0]).toEqual({ fileName: name, ...expected });
  });
});
