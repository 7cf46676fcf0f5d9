/**
 * An .xlsx is checked as an archive before any spreadsheet library reads it:
 * a part that lies about its unpacked size, one that declares more than a
 * form or an export can hold, one whose content does not match its checksum
 * – each is refused with its reason, without unpacking more than it declared.
 * (A 6,4 MB form whose parts lied drove memory to 2,9 GB before the refusal.)
 */
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isAppError } from "../../shared/errors";
import { fillForm } from "../../core/forms/fill-form";
import { readDossierExport } from "../../core/dossiers/read-export";
import { readXlsxForm } from "../../core/packages/xlsx-form/read";
import { readZip, rewriteZip, type ZipEntry } from "../../core/zip";
import { formInColumnB, sampleReport } from "../fixtures/province-forms";

const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/** The archive with the first sheet's part replaced by raw entry bytes and a central record saying what `change` makes it say. */
function withSheet(bytes: Buffer, change: (entry: ZipEntry) => void): Buffer {
  const entries = readZip(Buffer.from(bytes)).map((e) => ({ ...e, central: Buffer.from(e.central) }));
  change(entries.find((e) => SHEET.test(e.name))!);
  return rewriteZip(entries, new Map());
}

/** 64 MB of spaces deflated to about 64 kB, declared as 1 kB. */
const lyingSheet = (entry: ZipEntry) => {
  entry.raw = deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
  entry.central.writeUInt32LE(entry.raw.length, 20);
  entry.central.writeUInt32LE(1024, 24);
};
const hugeDeclared = (entry: ZipEntry) => entry.central.writeUInt32LE(3_000_000_000, 24);
const wrongChecksum = (entry: ZipEntry) => entry.central.writeUInt32LE((entry.central.readUInt32LE(16) ^ 1) >>> 0, 16);

async function refusalOf(read: () => Promise<unknown>): Promise<{ message: string; grewMb: number }> {
  const before = process.memoryUsage().rss;
  let message = "";
  try {
    await read();
  } catch (e) {
    expect(isAppError(e), String(e)).toBe(true);
    message = (e as Error).message;
  }
  return { message, grewMb: (process.memoryUsage().rss - before) / 1024 / 1024 };
}

describe("an .xlsx checked as an archive first", () => {
  it("a province form: lying, oversized and damaged parts are refused without unpacking them", async () => {
    const form = await formInColumnB();
    const report = sampleReport();
    const fill = (bytes: Buffer) => () => fillForm({ fileName: form.fileName, bytes }, report);
    const lying = await refusalOf(fill(withSheet(form.bytes, lyingSheet)));
    expect(lying.message).toMatch(/giải nén ra lớn hơn kích thước khai báo/);
    expect(lying.grewMb).toBeLessThan(48);
    expect((await refusalOf(fill(withSheet(form.bytes, hugeDeclared)))).message).toMatch(/giải nén ra 2\.861 MB, quá lớn \(tối đa 100 MB\)/);
    expect((await refusalOf(fill(withSheet(form.bytes, wrongChecksum)))).message).toMatch(/sai mã kiểm tra CRC/);
  });

  it("a department's Excel form and a one-stop export alike", async () => {
    const form = await formInColumnB();
    const lying = withSheet(form.bytes, lyingSheet);
    const asReply = await refusalOf(() => readXlsxForm(lying, "TTPVHCC.xlsx"));
    expect(asReply.message).toContain('"TTPVHCC.xlsx"');
    expect(asReply.message).toMatch(/lớn hơn kích thước khai báo/);
    expect(asReply.grewMb).toBeLessThan(48);
    const asExport = await refusalOf(() => readDossierExport({ fileName: "ho-so.xlsx", buffer: lying }));
    expect(asExport.message).toMatch(/Tệp "ho-so.xlsx": tệp Excel bị hỏng hoặc không đầy đủ \(phần "xl\/worksheets\/sheet1.xml" giải nén ra lớn hơn kích thước khai báo/);
    expect(asExport.grewMb).toBeLessThan(48);
  });
});
