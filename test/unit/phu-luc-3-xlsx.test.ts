import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Cell, Worksheet } from "exceljs";
import { describe, expect, it } from "vitest";
import { AppError } from "../../shared/errors";
import { PHU_LUC_3_SHEET, phuLuc3XlsxBuffer, writePhuLuc3Xlsx } from "../../core/exports/phu-luc-3-xlsx";
import { rowHeightPt, wrappedLineCount } from "../../core/exports/xlsx-row-height";
import ExcelJS from "../../core/import/exceljs";
import { defaultCatalogue } from "../../core/indicators/catalogue";
import { reportRows, type Report } from "../../core/indicators/report-types";
import { useTempDir } from "../helpers";
import { FIXTURE_OVERRIDE, FIXTURE_VALUES, fixtureReport } from "../fixtures/report";

/** phu-luc-3.md: "every document, sheet and screen writes the unit in words, as the official table does". */
const UNITS_IN_WORDS: Record<string, string> = { nv: "Nhiệm vụ", hs: "Hồ sơ", vb: "Văn bản", ng: "Người", lượt: "Lượt", dv: "Đơn vị", "%": "%", "tr.đ": "Triệu đồng", tthc: "Thủ tục", đơn: "Đơn" };

const tempDir = useTempDir();

const text = (cell: Cell) => (cell.value === null || cell.value === undefined ? "" : String(cell.value));
const isMergeSlave = (cell: Cell) => cell.isMerged && cell.master.address !== cell.address;

async function written(report: Report): Promise<{ ws: Worksheet; wb: InstanceType<typeof ExcelJS.Workbook>; file: string }> {
  const file = path.join(tempDir(), "phu-luc-3.xlsx");
  await writePhuLuc3Xlsx(report, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(PHU_LUC_3_SHEET);
  if (!ws) throw new Error(`No sheet "${PHU_LUC_3_SHEET}"`);
  return { ws, wb, file };
}

const headerRowOf = (ws: Worksheet) => {
  for (let r = 1; r <= ws.rowCount; r++) if (text(ws.getCell(r, 1)) === "STT" && text(ws.getCell(r, 2)) === "Nội dung") return r;
  throw new Error("No table header");
};

/** The sheet row of each indicator, walking the catalogue's order below the header (one row per section, one per indicator). */
function rowsByCode(ws: Worksheet): Map<string, number> {
  const rows = new Map<string, number>();
  let r = headerRowOf(ws);
  for (const section of defaultCatalogue().sections) {
    r += 1;
    for (const indicator of section.indicators) rows.set(indicator.code, ++r);
  }
  return rows;
}

/** Every non-empty text under the table, top to bottom. */
function linesBelowTable(ws: Worksheet): string[] {
  const lastTableRow = Math.max(...rowsByCode(ws).values());
  const lines: string[] = [];
  for (let r = lastTableRow + 1; r <= ws.rowCount; r++) {
    ws.getRow(r).eachCell((cell) => {
      if (!isMergeSlave(cell) && text(cell)) lines.push(text(cell));
    });
  }
  return lines;
}

const cellWithText = (ws: Worksheet, wanted: string): Cell => {
  for (let r = 1; r <= ws.rowCount; r++) for (let c = 1; c <= 5; c++) if (text(ws.getCell(r, c)) === wanted) return ws.getCell(r, c);
  throw new Error(`"${wanted}" not in the sheet`);
};

describe("Phụ lục 3 as an Excel file", () => {
  it("lists every catalogue row in order, with its STT, label and unit, sections in bold", async () => {
    const { ws } = await written(fixtureReport());
    const header = headerRowOf(ws);
    expect([1, 2, 3, 4, 5].map((c) => text(ws.getCell(header, c)))).toEqual(["STT", "Nội dung", "Đơn vị tính", "Số liệu", "Ghi chú"]);
    expect([1, 2, 3, 4, 5].every((c) => ws.getCell(header, c).font.bold)).toBe(true);

    let r = header;
    for (const section of defaultCatalogue().sections) {
      r += 1;
      expect([1, 2, 3, 4, 5].map((c) => text(ws.getCell(r, c)))).toEqual([section.stt, section.label, "", "", ""]);
      expect(ws.getCell(r, 1).font.bold && ws.getCell(r, 2).font.bold).toBe(true);
      for (const indicator of section.indicators) {
        r += 1;
        expect([1, 2, 3].map((c) => text(ws.getCell(r, c)))).toEqual([indicator.stt, indicator.label, indicator.unitName ?? UNITS_IN_WORDS[indicator.unit]]);
        expect(ws.getCell(r, 2).font.bold).toBeFalsy();
        expect(ws.getCell(r, 2).alignment.indent ?? 0).toBe(indicator.stt === "–" ? 1 : 0);
      }
    }
    expect(r).toBe(header + defaultCatalogue().sections.reduce((n, s) => n + 1 + s.indicators.length, 0));
  });

  it("borders every table cell and wraps the labels", async () => {
    const { ws } = await written(fixtureReport());
    const header = headerRowOf(ws);
    const last = Math.max(...rowsByCode(ws).values());
    for (let r = header; r <= last; r++) {
      for (let c = 1; c <= 5; c++) {
        const b = ws.getCell(r, c).border;
        expect([b.top?.style, b.left?.style, b.bottom?.style, b.right?.style]).toEqual(["thin", "thin", "thin", "thin"]);
      }
      expect(ws.getCell(r, 2).alignment.wrapText).toBe(true);
    }
  });

  it("writes every figure as a number shown the Vietnamese way, and a dash (never 0) where there is none", async () => {
    const report = fixtureReport();
    const { ws } = await written(report);
    const rows = rowsByCode(ws);
    const figure = (code: string) => ws.getCell(rows.get(code)!, 4);
    expect(figure("tthc.ho_so.tiep_nhan_moi").value).toBe(1150);
    expect(figure("tthc.hai_long.ty_le").value).toBe(97.46);
    expect(figure("tai_chinh.ngan_sach.thu").value).toBe(15234.5);
    expect(figure("tai_chinh.ngan_sach.thu").numFmt).toBe("[$-42A]#,##0.0");
    expect(figure("tai_chinh.dau_tu_cong.giai_ngan").numFmt).toBe("[$-42A]#,##0.00");
    expect(figure("tthc.ho_so.tiep_nhan_moi").numFmt).toBe("[$-42A]#,##0");
    expect(figure("the_che.kiem_tra.can_xu_ly").value).toBe(0);
    expect(FIXTURE_VALUES["tai_chinh.ngan_sach.chi"]).toBeUndefined();
    expect(figure("tai_chinh.ngan_sach.chi").value).toBe("–");
    expect(text(ws.getCell(rows.get("tthc.hai_long.ty_le")!, 3))).toBe("%");
    let sum = 0;
    for (const row of reportRows(report)) {
      const cell = figure(row.code);
      expect(cell.value, row.code).toBe(row.value === null ? "–" : row.value);
      expect(cell.alignment.horizontal).toBe(row.value === null ? "center" : "right");
      if (typeof cell.value === "number") sum += cell.value;
    }
    // What the province's SUM over the column gives is what the table holds.
    expect(sum).toBeCloseTo(
      reportRows(report).reduce((s, r) => s + (r.value ?? 0), 0),
      6,
    );
  });

  it("uses Times New Roman throughout, 12 pt in the table and 13–14 pt in the titles", async () => {
    const { ws } = await written(fixtureReport({ withEstimate: true }));
    const header = headerRowOf(ws);
    const last = Math.max(...rowsByCode(ws).values());
    let cells = 0;
    ws.eachRow((row, r) =>
      row.eachCell((cell) => {
        if (isMergeSlave(cell) || !text(cell)) return;
        cells += 1;
        expect(cell.font.name, cell.address).toBe("Times New Roman");
        if (r >= header && r <= last) expect(cell.font.size, cell.address).toBe(12);
        else expect(cell.font.size, cell.address).toBeGreaterThanOrEqual(13);
      }),
    );
    const sections = defaultCatalogue().sections;
    // at least: the header, STT and label of each section, STT, label, unit and figure of each indicator
    expect(cells).toBeGreaterThan(5 + 2 * sections.length + 4 * sections.reduce((n, s) => n + s.indicators.length, 0));
    expect(cellWithText(ws, "PHỤ LỤC 3").font).toMatchObject({ bold: true, size: 14 });
  });

  it("sets the title block: unit, appendix, title, period and its dates", async () => {
    const { ws, wb } = await written(fixtureReport());
    expect(text(ws.getCell("A1"))).toBe("UBND XÃ CẨM GIANG");
    expect(ws.getCell("A1").font.bold).toBe(true);
    const title = cellWithText(ws, "SỐ LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH");
    expect(title.font.bold).toBe(true);
    expect(title.alignment.horizontal).toBe("center");
    expect(cellWithText(ws, "PHỤ LỤC 3").alignment.horizontal).toBe("center");
    expect(cellWithText(ws, "Quý I năm 2025").alignment.horizontal).toBe("center");
    const period = cellWithText(ws, "Số liệu từ ngày 15/12/2024 đến ngày 09/03/2025");
    expect(period.font.italic).toBe(true);
    expect(wb.creator).toBe("CCHC Xã");
    expect(wb.title).toBe("Phụ lục 3. Số liệu kết quả thực hiện công tác cải cách hành chính – Quý I năm 2025 – Xã Cẩm Giang");

    const { ws: estimated } = await written(fixtureReport({ withEstimate: true }));
    expect(cellWithText(estimated, "Số liệu từ ngày 15/12/2024 đến ngày 09/03/2025; ước đạt đến ngày 14/03/2025").font.italic).toBe(true);
  });

  it("prints on A4 portrait, fitted to the width, the header row repeated, pages numbered", async () => {
    const { ws } = await written(fixtureReport());
    const header = headerRowOf(ws);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header}:${header}` });
    const cm = (inches: number | undefined) => (inches ?? 0) * 2.54;
    expect(cm(ws.pageSetup.margins?.left)).toBeGreaterThanOrEqual(2.5);
    expect(cm(ws.pageSetup.margins?.top)).toBeCloseTo(2, 1);
    expect(ws.headerFooter.oddFooter).toContain("Trang &P/&N");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: header });
  });

  it('shows the estimate with "(ước)" and the actual figure, exactly on the estimated rows', async () => {
    const report = fixtureReport({ withEstimate: true });
    const { ws } = await written(report);
    const rows = rowsByCode(ws);
    const note = (code: string) => text(ws.getCell(rows.get(code)!, 5));
    const estimated = reportRows(report).filter((r) => r.estimate !== null && r.estimate !== r.value);
    expect(estimated.length).toBeGreaterThan(0);
    // A stock or a rate kept as it is carries no "(ước)".
    expect(reportRows(report).some((r) => r.estimate !== null && r.estimate === r.value)).toBe(true);
    expect(estimated.length).toBeLessThan(rows.size);
    expect([...rows.keys()].filter((code) => note(code).includes("(ước)"))).toEqual(estimated.map((r) => r.code));

    // 1.150 received to 09/03 over 85 days → 1.218 by 14/03 (90 days)
    expect(ws.getCell(rows.get("tthc.ho_so.tiep_nhan_moi")!, 4).value).toBe(1218);
    expect(note("tthc.ho_so.tiep_nhan_moi")).toBe("(ước) Thực tế đến 09/03/2025: 1.150");
    expect(note("tthc.hai_long.ty_le")).toBe("");
    expect(note("tai_chinh.ngan_sach.thu")).toBe("");
  });

  it("shows the value in force and no estimate mark when no estimate was asked for", async () => {
    const withEstimates = fixtureReport({ withEstimate: true });
    const { ws } = await written({ ...withEstimates, withEstimate: false });
    const rows = rowsByCode(ws);
    const { ws: plain } = await written(fixtureReport({ withEstimate: false }));
    const figures = (sheet: Worksheet) => [...rows.values()].map((r) => text(sheet.getCell(r, 4)));
    expect(figures(ws)).toEqual(figures(plain));
    expect(ws.getCell(rows.get("tthc.ho_so.tiep_nhan_moi")!, 4).value).toBe(1150);
    for (const code of rows.keys()) expect(text(ws.getCell(rows.get(code)!, 5))).not.toContain("(ước)");
    expect(() => cellWithText(ws, "Số liệu từ ngày 15/12/2024 đến ngày 09/03/2025")).not.toThrow();
  });

  it("gives an override's reason in Ghi chú, and nothing for other entries", async () => {
    const { ws } = await written(fixtureReport());
    const rows = rowsByCode(ws);
    const notes = [...rows].filter(([, r]) => text(ws.getCell(r, 5)) !== "");
    expect(notes.map(([code, r]) => [code, text(ws.getCell(r, 5))])).toEqual([[FIXTURE_OVERRIDE.code, `Điều chỉnh: ${FIXTURE_OVERRIDE.reason}`]]);

    const { ws: estimated } = await written(fixtureReport({ withEstimate: true }));
    expect(text(estimated.getCell(rowsByCode(estimated).get(FIXTURE_OVERRIDE.code)!, 5))).toBe(`(ước) Thực tế đến 09/03/2025: 186\nĐiều chỉnh: ${FIXTURE_OVERRIDE.reason}`);
  });

  it("signs for the committee (TM) or in the chairman's stead (KT)", async () => {
    const { ws: tm } = await written(fixtureReport({ signer: { name: "Trần Văn Bình", position: "chu_tich", signMode: "TM" } }));
    expect(linesBelowTable(tm)).toEqual(["Cẩm Giang, ngày …… tháng …… năm 2025", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"]);
    expect(cellWithText(tm, "Cẩm Giang, ngày …… tháng …… năm 2025").font.italic).toBe(true);
    for (const line of ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"]) expect(cellWithText(tm, line).font.bold).toBe(true);
    const name = cellWithText(tm, "Trần Văn Bình");
    expect(Number(name.row) - Number(cellWithText(tm, "CHỦ TỊCH").row)).toBeGreaterThanOrEqual(4);
    expect(name.col).toBeGreaterThanOrEqual(3);

    const { ws: kt } = await written(fixtureReport({ signer: { name: "Lê Thị Mai", position: "pho_chu_tich", signMode: "KT" } }));
    expect(linesBelowTable(kt)).toEqual(["Cẩm Giang, ngày …… tháng …… năm 2025", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Mai"]);

    const { ws: unsigned } = await written(fixtureReport({ signer: null }));
    expect(linesBelowTable(unsigned)).toEqual(["Cẩm Giang, ngày …… tháng …… năm 2025", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
  });

  it("writes without a unit set: no unit line, no place name", async () => {
    const { ws } = await written(fixtureReport({ unit: null }));
    expect(text(ws.getCell("A1"))).toBe("");
    expect(linesBelowTable(ws)[0]).toBe("…, ngày …… tháng …… năm 2025");
  });

  it("makes rows of wrapped labels tall enough for their lines", async () => {
    const { ws } = await written(fixtureReport());
    const rows = rowsByCode(ws);
    const height = (code: string) => ws.getRow(rows.get(code)!).height;
    expect(height("chidao.giao.tong")).toBeGreaterThan(height("chidao.kh.hoan_thanh"));
    expect(height("chidao.kh.hoan_thanh")).toBe(rowHeightPt(1, 12));
    expect(height("chidao.giao.tong")).toBe(rowHeightPt(2, 12));
  });
});

describe("wrapped line count", () => {
  const box = { widthChars: 20, fontPt: 12 };
  it("counts the lines of a text wrapped at word boundaries", () => {
    expect(wrappedLineCount("Số hồ sơ", box)).toBe(1);
    expect(wrappedLineCount("Tỷ lệ TTHC đủ điều kiện được cung cấp DVC trực tuyến toàn trình trên Cổng DVCQG", box)).toBeGreaterThanOrEqual(4);
    expect(wrappedLineCount("một\nhai\nba", box)).toBe(3);
    expect(wrappedLineCount("Tỷ lệ TTHC đủ điều kiện được cung cấp", box)).toBeGreaterThan(wrappedLineCount("Tỷ lệ TTHC đủ điều kiện được cung cấp", { ...box, widthChars: 60 }));
  });

  it("counts capitals and bold type as wider", () => {
    const words = "cải cách hành chính nhà nước";
    const line = { widthChars: 30, fontPt: 12 };
    expect(wrappedLineCount(words, line)).toBe(1);
    expect(wrappedLineCount(words.toLocaleUpperCase("vi"), line)).toBe(2);
    const wide = { widthChars: 26, fontPt: 12 };
    expect(wrappedLineCount("Tổng số hồ sơ tiếp nhận mới", { ...wide, bold: true })).toBeGreaterThanOrEqual(wrappedLineCount("Tổng số hồ sơ tiếp nhận mới", wide));
  });
});

describe("writing the file", () => {
  it("gives the same bytes as a buffer, a real xlsx", async () => {
    const buffer = await phuLuc3XlsxBuffer(fixtureReport());
    expect(buffer.subarray(0, 2).toString("latin1")).toBe("PK");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([PHU_LUC_3_SHEET]);
  });

  it("replaces an existing file and leaves nothing else in the folder", async () => {
    const dir = tempDir();
    const file = path.join(dir, "Phụ lục 3 - Quý I 2025.xlsx");
    writeFileSync(file, "bản cũ");
    await writePhuLuc3Xlsx(fixtureReport(), file);
    expect(readFileSync(file).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(readdirSync(dir)).toEqual([path.basename(file)]);
  });

  it("refuses a missing folder with a Vietnamese message naming the path, leaving no file", async () => {
    const dir = tempDir();
    const file = path.join(dir, "khong-co", "phu-luc-3.xlsx");
    const error = await writePhuLuc3Xlsx(fixtureReport(), file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("file_write_failed");
    expect((error as AppError).message).toBe(`Không ghi được tệp "${file}": thư mục không tồn tại.`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("leaves no temporary file when the target cannot be replaced", async () => {
    const dir = tempDir();
    const target = path.join(dir, "phu-luc-3.xlsx");
    mkdirSync(target);
    const error = await writePhuLuc3Xlsx(fixtureReport(), target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain(target);
    expect(readdirSync(dir)).toEqual(["phu-luc-3.xlsx"]);
    expect(readdirSync(target)).toEqual([]);
  });
});
