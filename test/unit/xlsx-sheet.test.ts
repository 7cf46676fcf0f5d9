/**
 * The import's own .xlsx reader (core/import/xlsx-sheet.ts) gives every cell
 * as the clerk sees it in Excel, whatever way the file stores it, and keeps
 * nothing of the sheet alive through the values it hands over.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import ExcelJS from "../../core/import/exceljs";
import { openTable, type RawRow } from "../../core/import/table-reader";
import { readZip, rewriteZip } from "../../core/zip";
import { writeLargeExport } from "../fixtures/large-export";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();

async function rowsOf(fileName: string, buffer: Buffer): Promise<RawRow[]> {
  const table = await openTable({ fileName, buffer });
  const rows: RawRow[] = [];
  for await (const row of table.rows) rows.push(row);
  return rows;
}

describe("the import's .xlsx reader", () => {
  it("reads each kind of cell as Excel shows it: shared and rich text, dates by their format, formulas' results, booleans; errors and gaps empty", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Hồ sơ tháng 3");
    wb.addWorksheet("Ghi chú").addRow(["không đọc trang này"]);
    ws.addRow(["Mã hồ sơ", "Người nộp", "Ngày tiếp nhận", "Số tiền", "Đã số hóa"]);
    ws.addRow(["H23-0001", "Nguyễn Văn An", new Date(Date.UTC(2025, 2, 5, 14, 30)), 1250.5, true]);
    ws.addRow([]);
    const row = ws.addRow(["A & B <C> \"D\" 'E'", { richText: [{ text: "Trần " }, { text: "Thị", font: { bold: true } }, { text: " Bình" }] }]);
    row.getCell(3).value = new Date(Date.UTC(2025, 0, 31));
    row.getCell(3).numFmt = "dd/mm/yyyy";
    row.getCell(4).value = { formula: "1+1", result: 2 };
    row.getCell(5).value = false;
    row.getCell(7).value = "  hai dòng\nthứ hai  ";
    const formulas = ws.addRow([{ formula: '"H23"&"-9"', result: "H23-9" }, { formula: "1/0", result: { error: "#DIV/0!" } }, { error: "#N/A" }, { formula: "A1" }]);
    formulas.getCell(5).value = 45_000;
    formulas.getCell(5).numFmt = "#,##0";
    const file = path.join(tempDir(), "ds.xlsx");
    await wb.xlsx.writeFile(file);

    const table = await openTable({ fileName: "ds.xlsx", path: file });
    const rows: RawRow[] = [];
    for await (const r of table.rows) rows.push(r);
    expect(table.sheetName).toBe("Hồ sơ tháng 3");
    expect(rows).toEqual([
      { rowNumber: 1, cells: ["Mã hồ sơ", "Người nộp", "Ngày tiếp nhận", "Số tiền", "Đã số hóa"] },
      { rowNumber: 2, cells: ["H23-0001", "Nguyễn Văn An", new Date(Date.UTC(2025, 2, 5, 14, 30)), 1250.5, true] },
      { rowNumber: 4, cells: ["A & B <C> \"D\" 'E'", "Trần Thị Bình", new Date(Date.UTC(2025, 0, 31)), 2, false, null, "  hai dòng\nthứ hai  "] },
      { rowNumber: 5, cells: ["H23-9", null, null, null, 45_000] },
    ]);
  });

  it("reads inline strings, character references and a sheet written without row or cell references", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("DS").addRow(["x"]);
    const file = path.join(tempDir(), "inline.xlsx");
    await wb.xlsx.writeFile(file);
    const sheetData =
      '<sheetData><row><c t="inlineStr"><is><r><t>Lê </t></r><r><t xml:space="preserve">Văn&#32;C&#x1B0;&#7901;ng</t></r><rPh><t>phiên âm</t></rPh></is></c><c><v>7</v></c></row>' +
      '<row r="3"><c r="B3" t="inlineStr"><is><t>a&amp;lt;b</t></is></c><c r="C3" t="b"><v>1</v></c></row></sheetData>';
    const entries = readZip(readFileSync(file));
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    const { inflateRawSync } = await import("node:zlib");
    const xml = inflateRawSync(sheet.raw)
      .toString("utf8")
      .replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, sheetData);
    const bytes = rewriteZip(entries, new Map([["xl/worksheets/sheet1.xml", Buffer.from(xml)]]));
    expect(await rowsOf("inline.xlsx", bytes)).toEqual([
      { rowNumber: 1, cells: ["Lê Văn Cường", 7] },
      { rowNumber: 3, cells: [null, "a&lt;b", true] },
    ]);
  });

  it("refuses a sheet damaged inside, naming the file, after reading it through", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("DS").addRow(["Mã hồ sơ"]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const entries = readZip(bytes);
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    sheet.central.writeUInt32LE((sheet.central.readUInt32LE(16) ^ 1) >>> 0, 16);
    await expect(rowsOf("hong.xlsx", rewriteZip(entries, new Map()))).rejects.toThrow(/Tệp "hong\.xlsx": tệp Excel bị hỏng .*sai mã kiểm tra CRC/);
  });

  it("hands over values that keep nothing of the sheet's text alive", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const file = path.join(tempDir(), "lon.xlsx");
    await writeLargeExport(file, 20_000);
    const table = await openTable({ fileName: "lon.xlsx", path: file });
    gc();
    const before = process.memoryUsage().heapUsed;
    const codes: unknown[] = [];
    for await (const row of table.rows) codes.push(row.cells[1]);
    gc();
    const kept = process.memoryUsage().heapUsed - before;
    expect(codes).toHaveLength(20_003);
    // 20.000 codes of 22 letters: about 1 MB; the sheet's text they were read from: 26 MB.
    expect(kept).toBeLessThan(8 * 1024 * 1024);
  }, 60_000);
});
