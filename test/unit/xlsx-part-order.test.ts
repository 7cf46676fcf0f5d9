import path from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import ExcelJS from "../../core/import/exceljs";
import { openTable, type RawRow } from "../../core/import/table-reader";
import { readZip, rewriteZip } from "../../core/zip";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();

async function rowsOf(fileName: string, buffer: Buffer): Promise<RawRow[]> {
  const table = await openTable({ fileName, buffer });
  const rows: RawRow[] = [];
  for await (const row of table.rows) rows.push(row);
  return rows;
}

/**
 * A zip may hold an .xlsx's parts in any order – exceljs' own writer puts
 * them down as they finish, so the order varies from one save to the next.
 * Its streaming reader needs the workbook before a sheet; a file whose
 * sheet came first was read as "damaged" now and then.
 */
describe("an .xlsx whose parts come in another order", () => {
  it("reads the same rows when the workbook part comes after the sheet", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Danh sách");
    ws.addRow(["Mã hồ sơ", "Người nộp"]);
    ws.addRow(["000.00.21.H23-250305-0001", "Nguyễn Văn An"]);
    const file = path.join(tempDir(), "ds.xlsx");
    await wb.xlsx.writeFile(file);
    const entries = readZip(readFileSync(file));
    // The workbook's relations and shared strings, then the sheet, the workbook itself last: the sheet is read before it.
    const rank = (name: string) => ["xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml"].indexOf(name);
    const workbookLast = [...entries].sort((a, b) => rank(a.name) - rank(b.name));
    expect(workbookLast.slice(-4).map((e) => e.name)).toEqual(["xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml"]);
    const expected = [
      { rowNumber: 1, cells: ["Mã hồ sơ", "Người nộp"] },
      { rowNumber: 2, cells: ["000.00.21.H23-250305-0001", "Nguyễn Văn An"] },
    ];
    expect(await rowsOf("ds.xlsx", readFileSync(file))).toEqual(expected);
    expect(await rowsOf("ds.xlsx", rewriteZip(workbookLast, new Map()))).toEqual(expected);
  });
});
