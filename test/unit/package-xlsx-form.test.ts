import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CellValue, Workbook } from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { localNow } from "../../shared/dates";
import { isAppError } from "../../shared/errors";
import ExcelJS from "../../core/import/exceljs";
import { readPackage, writePackage, type OpenedPackage } from "../../core/packages/container";
import { createDepartmentPackage } from "../../core/packages/create";
import { PART_ENTRY, type DepartmentPart, type PackageManifest } from "../../core/packages/format";
import { EVIDENCE_ROWS, FORM_SHEETS } from "../../core/packages/xlsx-form/layout";
import { isXlsxForm, readXlsxForm } from "../../core/packages/xlsx-form/read";
import { writeXlsxForm } from "../../core/packages/xlsx-form/write";
import { numberToInput } from "../../core/vietnamese-number";
import { writeZip } from "../../core/zip";
import { cchc } from "../cli-runner";
import { evidenceRows, FIRST_DATA_ROW, formSheet, loadWorkbook } from "../fixtures/excel-clerk";

const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-mau-excel-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pristine = path.join(dir, "mau.sqlite");

const FILE = "TTPVHCC-da-dien.xlsx";
const FILLED_AT = new Date("2025-10-08T03:00:00Z");
const TEXT = "Trung tâm đo lường sự hài lòng bằng máy đánh giá tại quầy\nvà phiếu khảo sát trực tuyến.";

let sent: OpenedPackage;
let form: Buffer;

beforeAll(async () => {
  expect(cchc(["demo", "--db", pristine, "--until", "2026-01-31"]).status).toBe(0);
  const store = path.join(dir, "xa.sqlite");
  copyFileSync(pristine, store);
  const ctx = createAppContext({ storePath: store, userName: "Nguyễn Thị Hương" });
  const created = createDepartmentPackage(ctx, { outlineId: "de-cuong-kiem-tra-2025", period: "2025-07-01..2025-10-09", departmentCode: "TTPVHCC" });
  ctx.store.close();
  sent = readPackage(created.bytes, created.fileName);
  form = await writeXlsxForm(sent.manifest, sent.part);
}, 120_000);

const load = loadWorkbook;

/** The form as a clerk sends it back after `edit`, saved by exceljs. */
async function filled(edit: (wb: Workbook) => void, bytes: Buffer = form): Promise<Buffer> {
  const wb = await load(bytes);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const sheet = formSheet;
const figureRow = (code: string) => FIRST_DATA_ROW + sent.part.figures.findIndex((f) => f.code === code);
const textRow = (itemKey: string) => FIRST_DATA_ROW + sent.part.texts.findIndex((t) => t.itemKey === itemKey);

async function refusal(bytes: Buffer, fileName = FILE): Promise<string> {
  try {
    await readXlsxForm(bytes, fileName, FILLED_AT);
  } catch (e) {
    expect(isAppError(e) && e.code).toBe("package_refused");
    const message = (e as Error).message;
    expect(message).toMatch(new RegExp(`^Không nhận gói "${fileName.replace(/\./g, "\\.")}": .+\\. Dữ liệu của ứng dụng giữ nguyên\\.$`, "s"));
    return message;
  }
  throw new Error("mẫu đã được nhận");
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const partJson = (part: DepartmentPart) => Buffer.from(`${JSON.stringify(part, null, 2)}\n`);
const answersOf = (part: DepartmentPart) => ({
  figures: Object.fromEntries(part.figures.filter((f) => f.answer !== null).map((f) => [f.code, f.answer])),
  texts: Object.fromEntries(part.texts.filter((t) => t.answer !== null).map((t) => [t.itemKey, t.answer])),
  evidence: Object.fromEntries(part.evidence.filter((e) => e.answer.length > 0).map((e) => [e.itemKey, e.answer])),
});

/** A package made consistent again after its manifest or part was changed. */
function repackaged(manifest: Partial<PackageManifest>, part: DepartmentPart): OpenedPackage {
  const { entries: _e, format: _f, formatVersion: _v, ...rest } = { ...sent.manifest, ...manifest };
  return readPackage(writePackage(rest, part, sent.files), "x.cchc");
}

/** The hidden "_goi" sheet rewritten with another manifest or part JSON. */
function rewriteData(wb: Workbook, label: string, json: string): void {
  const ws = sheet(wb, FORM_SHEETS.data);
  ws.eachRow((row) => {
    if (row.getCell(1).value !== label) return;
    row.values = [label, json];
  });
}

const YELLOW = "FFFFF2A8";

describe("the Excel form of a department's part", () => {
  it("has a guide and one sheet for figures, texts and evidence, protected, with only the yellow answer cells unlocked", async () => {
    const wb = await load(form);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Hướng dẫn", "Số liệu", "Nội dung", "Minh chứng", "_goi"]);
    expect(sheet(wb, FORM_SHEETS.data).state).toBe("veryHidden");

    const answerCells: Record<string, string[]> = {
      [FORM_SHEETS.guide]: [],
      [FORM_SHEETS.figures]: sent.part.figures.map((_, i) => `F${FIRST_DATA_ROW + i}`),
      [FORM_SHEETS.texts]: sent.part.texts.map((_, i) => `E${FIRST_DATA_ROW + i}`),
      [FORM_SHEETS.evidence]: sent.part.evidence.flatMap((e) => evidenceRows(wb, e.itemKey).flatMap((r) => [`B${r}`, `C${r}`, `D${r}`])),
    };
    for (const name of Object.keys(answerCells)) {
      const ws = sheet(wb, name);
      expect(ws.state).toBe("visible");
      expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
      const unlocked: string[] = [];
      for (let r = 1; r <= ws.rowCount; r++)
        for (let c = 1; c <= ws.columnCount; c++) {
          const cell = ws.getCell(r, c);
          if (cell.protection?.locked === false) {
            unlocked.push(cell.address);
            expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: YELLOW } });
          }
        }
      if (name === FORM_SHEETS.guide) expect(unlocked).toHaveLength(2);
      else expect(unlocked).toEqual(answerCells[name]);
    }
    for (const e of sent.part.evidence) expect(evidenceRows(wb, e.itemKey)).toHaveLength(EVIDENCE_ROWS);
  });

  it("says whose part it is, for which report and until when, in Vietnamese", async () => {
    const ws = sheet(await load(form), FORM_SHEETS.guide);
    expect(ws.getCell("A1").value).toBe("PHẦN VIỆC CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ");
    const lines = new Map<string, unknown>();
    ws.eachRow((row) => lines.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(lines.get("Đơn vị")).toBe("Xã Cẩm Giang");
    expect(lines.get("Báo cáo")).toBe(sent.manifest.outline.name);
    expect(lines.get("Kỳ số liệu")).toBe("Từ 01/07/2025 đến 09/10/2025");
    expect(lines.get("Người giao")).toBe("Nguyễn Thị Hương");
    const [day, time] = sent.manifest.createdAt.split(" ") as [string, string];
    expect(lines.get("Ngày giờ giao")).toBe(`${day.split("-").reverse().join("/")} ${time.slice(0, 5)}`);
    expect(lines.get("Hạn gửi lại")).toBe("11:00 ngày 09/10/2025");
    const steps = [...lines.keys()].filter((k) => /^\d\. /.test(k)).join("\n");
    expect(steps).toContain("ô nền vàng");
    expect(steps).toContain("1.234,5");
    expect(steps).toContain("dd/mm/yyyy");
    expect(steps).toContain("gửi lại cho Phòng Văn hóa - Xã hội");
  });

  it("lists the figures under a frozen header, the numbers as numbers", async () => {
    const ws = sheet(await load(form), FORM_SHEETS.figures);
    expect(ws.getRow(FIRST_DATA_ROW - 1).values).toEqual([undefined, "STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Số liệu trên máy khi giao", "Số liệu của phòng"]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: FIRST_DATA_ROW - 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9 });
    const first = sent.part.figures[0]!;
    expect(ws.getRow(FIRST_DATA_ROW).values).toEqual([undefined, 1, first.code, first.label, first.unitName, first.current]);
    const rate = figureRow("tthc.hai_long.ty_le");
    expect(ws.getCell(rate, 5).value).toBe(sent.part.figures.find((f) => f.code === "tthc.hai_long.ty_le")!.current);
    expect(ws.getCell(rate, 5).numFmt).toBe('[$-42A]#,##0.00" %"');
    expect(ws.getCell(rate, 5).font.name).toBe("Times New Roman");
  });
});

describe("reading a filled form back", () => {
  /** The clerk's answers, typed as a clerk types them. */
  const clerk = (wb: Workbook) => {
    const guide = sheet(wb, FORM_SHEETS.guide);
    guide.eachRow((row) => {
      if (row.getCell(1).value === "Người điền") row.getCell(2).value = "  Nguyễn Văn Hùng ";
      if (row.getCell(1).value === "Số điện thoại (nếu có)") row.getCell(2).value = "0912 345 678";
    });
    const figures = sheet(wb, FORM_SHEETS.figures);
    figures.getCell(`F${figureRow("tthc.danh_muc.tong")}`).value = 101;
    figures.getCell(`F${figureRow("tthc.ho_so.tiep_nhan_moi")}`).value = "1.234";
    figures.getCell(`F${figureRow("tthc.hai_long.ty_le")}`).value = "97,5";
    figures.getCell(`F${figureRow("tthc.ho_so.dung_han_ty_le")}`).value = { richText: [{ text: "96,1 " }, { text: "%", font: { bold: true } }] };
    const texts = sheet(wb, FORM_SHEETS.texts);
    texts.getCell(`E${textRow("II.2.13")}`).value = `  ${TEXT}  `;
    texts.getCell(`E${textRow("IV.3")}`).value = { formula: '"Tiếp tục"&" số hóa hồ sơ."', result: "Tiếp tục số hóa hồ sơ." };
    const evidence = sheet(wb, FORM_SHEETS.evidence);
    // The second row is left blank: a blank row between two documents is skipped.
    const [first, , third] = evidenceRows(wb, "II.2.2") as [number, number, number];
    evidence.getCell(`B${first}`).value = "12/QĐ-UBND";
    evidence.getCell(`C${first}`).value = new Date(Date.UTC(2025, 7, 5));
    evidence.getCell(`C${first}`).numFmt = "dd/mm/yyyy";
    evidence.getCell(`D${first}`).value = "Về việc kiện toàn Bộ phận Một cửa";
    evidence.getCell(`B${third}`).value = " 15/KH-TTPVHCC ";
    evidence.getCell(`C${third}`).value = "05/08/2025";
    const [serial] = evidenceRows(wb, "II.2.3") as [number];
    evidence.getCell(`B${serial}`).value = "7/BC-TTPVHCC";
    evidence.getCell(`C${serial}`).value = (Date.UTC(2025, 8, 30) - Date.UTC(1899, 11, 30)) / 86_400_000;
    evidence.getCell(`D${serial}`).value = "Báo cáo quý III";
  };

  const expectedAnswers = {
    figures: { "tthc.danh_muc.tong": 101, "tthc.ho_so.tiep_nhan_moi": 1234, "tthc.hai_long.ty_le": 97.5, "tthc.ho_so.dung_han_ty_le": 96.1 },
    texts: { "II.2.13": TEXT, "IV.3": "Tiếp tục số hóa hồ sơ." },
    evidence: {
      "II.2.2": [
        { numberSymbol: "12/QĐ-UBND", date: "2025-08-05", summary: "Về việc kiện toàn Bộ phận Một cửa" },
        { numberSymbol: "15/KH-TTPVHCC", date: "2025-08-05", summary: "" },
      ],
      "II.2.3": [{ numberSymbol: "7/BC-TTPVHCC", date: "2025-09-30", summary: "Báo cáo quý III" }],
    },
  };

  it("takes exactly the answers typed in the yellow cells, as the department's reply", async () => {
    const bytes = await filled(clerk);
    const reply = await readXlsxForm(bytes, FILE, FILLED_AT);
    expect(answersOf(reply.part)).toEqual(expectedAnswers);
    const { direction: _d, createdBy: _b, createdAt: _a, entries: _e, ...same } = sent.manifest;
    expect(reply.manifest).toMatchObject(same);
    expect(reply.manifest.direction).toBe("tra_loi");
    expect(reply.manifest.createdBy).toBe("Nguyễn Văn Hùng, ĐT 0912 345 678");
    expect(reply.manifest.createdAt).toBe(localNow(FILLED_AT));
    expect(reply.manifest.createdAt).toBe("2025-10-08 10:00:00");
    expect(reply.manifest.entries[PART_ENTRY]).toBe(sha256(partJson(reply.part)));
    expect(reply.fileSha256).toBe(sha256(bytes));
    // What the app had when the part was sent comes from the package, never from the sheet.
    expect(reply.part.figures.map((f) => f.current)).toEqual(sent.part.figures.map((f) => f.current));
    expect(reply.part.texts.map((t) => t.current)).toEqual(sent.part.texts.map((t) => t.current));
  });

  it("gives no answer at all for a form sent back untouched, signed by the department", async () => {
    const reply = await readXlsxForm(await filled(() => {}), FILE, FILLED_AT);
    expect(reply.part.figures.every((f) => f.answer === null)).toBe(true);
    expect(reply.part.texts.every((t) => t.answer === null)).toBe(true);
    expect(reply.part.evidence.every((e) => e.answer.length === 0)).toBe(true);
    expect(reply.manifest.createdBy).toBe("Trung tâm Phục vụ hành chính công xã");
    expect(reply.part).toEqual(sent.part);
  });

  it("shows answers and documents the part already holds, and reads them back unchanged", async () => {
    const part = structuredClone(sent.part);
    part.figures[0]!.answer = 1234;
    part.figures[1]!.answer = 97.5;
    part.texts[0]!.answer = "Nội dung đã điền trước.";
    const linked = { numberSymbol: "01/QĐ-UBND", date: "2025-07-01", summary: "Về việc thành lập Trung tâm" };
    part.evidence[0]!.current = [linked];
    part.evidence[0]!.answer = Array.from({ length: EVIDENCE_ROWS + 1 }, (_, i) => ({ numberSymbol: `${i + 1}/TB-TTPVHCC`, date: "2025-09-01", summary: `Thông báo số ${i + 1}` }));
    const own = repackaged({}, part);
    const bytes = await writeXlsxForm(own.manifest, own.part);
    const wb = await load(bytes);
    expect(sheet(wb, FORM_SHEETS.figures).getCell(`F${FIRST_DATA_ROW}`).value).toBe(1234);
    expect(sheet(wb, FORM_SHEETS.figures).getCell(`F${FIRST_DATA_ROW + 1}`).value).toBe(97.5);
    expect(evidenceRows(wb, part.evidence[0]!.itemKey)).toHaveLength(EVIDENCE_ROWS + 1);
    const shown: string[] = [];
    sheet(wb, FORM_SHEETS.evidence).eachRow((row) => shown.push(String(row.getCell(2).value)));
    expect(shown.some((text) => text.startsWith("Văn bản đã có:\n– 01/QĐ-UBND ngày 01/07/2025: Về việc thành lập Trung tâm"))).toBe(true);

    const reply = await readXlsxForm(bytes, FILE, FILLED_AT);
    expect(answersOf(reply.part)).toEqual(answersOf(part));
    expect(reply.part.evidence[0]!.current).toEqual([linked]);
  });
});

describe("refusing a form whose locked cells were changed", () => {
  const figuresCell = (address: string, value: CellValue) => filled((wb) => void (sheet(wb, FORM_SHEETS.figures).getCell(address).value = value));

  it("names the cell of a changed label, figure or wording, with what it held and what it holds", async () => {
    const label = sent.part.figures[0]!.label;
    const changedLabel = await refusal(await figuresCell(`C${FIRST_DATA_ROW}`, "Tổng số TTHC"));
    expect(changedLabel).toContain(`ô C${FIRST_DATA_ROW} trang "Số liệu" là ô khóa, không được sửa (trước: "${label}", nay: "Tổng số TTHC")`);
    expect(changedLabel).not.toContain("dòng bị chèn thêm hoặc xóa đi");
    const current = sent.part.figures[0]!.current!;
    expect(await refusal(await figuresCell(`E${FIRST_DATA_ROW}`, current + 4))).toContain(
      `ô E${FIRST_DATA_ROW} trang "Số liệu" là ô khóa, không được sửa (trước: ${numberToInput(current)}, nay: ${numberToInput(current + 4)})`,
    );
    const wording = await filled((wb) => void (sheet(wb, FORM_SHEETS.texts).getCell(`C${textRow("III.2")}`).value = "Không có tồn tại."));
    expect(await refusal(wording)).toContain(`ô C${textRow("III.2")} trang "Nội dung" là ô khóa, không được sửa (trước: "Những tồn tại, hạn chế", nay: "Không có tồn tại.")`);
    expect(await refusal(await figuresCell("H2", "ghi chú"))).toContain('ô H2 trang "Số liệu" là ô khóa, không được sửa (trước: trống, nay: "ghi chú")');
  });

  it("says rows were put in or taken out when the rows below have moved", async () => {
    const row = FIRST_DATA_ROW + 2;
    const deleted = await filled((wb) => sheet(wb, FORM_SHEETS.figures).spliceRows(row, 1));
    const message = await refusal(deleted);
    expect(message).toContain(`ô A${row} trang "Số liệu" là ô khóa, không được sửa (trước: 3, nay: 4)`);
    expect(message).toContain("có vẻ đã có dòng bị chèn thêm hoặc xóa đi");
    const inserted = await filled((wb) => void sheet(wb, FORM_SHEETS.texts).insertRow(textRow("III.1"), []));
    expect(await refusal(inserted)).toMatch(new RegExp(`ô A${textRow("III.1")} trang "Nội dung" là ô khóa, .*có vẻ đã có dòng bị chèn thêm hoặc xóa đi`));
  });

  it("refuses a form missing one of its sheets", async () => {
    const withoutTexts = await filled((wb) => wb.removeWorksheet(sheet(wb, FORM_SHEETS.texts).id));
    expect(await refusal(withoutTexts)).toContain('thiếu trang "Nội dung" (trang đã bị xóa hoặc đổi tên)');
    const withoutData = await filled((wb) => wb.removeWorksheet(sheet(wb, FORM_SHEETS.data).id));
    expect(await refusal(withoutData)).toContain('thiếu phần dữ liệu ẩn của mẫu (trang "_goi")');
  });

  it("refuses a changed package inside the form: a tampered part, a reply, a newer format", async () => {
    const part = structuredClone(sent.part);
    part.figures[0]!.current = 100;
    // Even with the visible figure changed to match, the checksum tells.
    const tampered = await filled((wb) => {
      rewriteData(wb, PART_ENTRY, JSON.stringify(part));
      sheet(wb, FORM_SHEETS.figures).getCell(`E${FIRST_DATA_ROW}`).value = 100;
    });
    expect(await refusal(tampered)).toContain('mã kiểm tra của "part.json" trong mẫu không khớp');

    const reply = await filled((wb) => rewriteData(wb, "manifest.json", JSON.stringify({ ...sent.manifest, direction: "tra_loi" })));
    expect(await refusal(reply)).toContain("gói trả lời, không phải gói giao việc");
    const newer = await filled((wb) => rewriteData(wb, "manifest.json", JSON.stringify({ ...sent.manifest, formatVersion: 2 })));
    expect(await refusal(newer)).toContain("phiên bản ứng dụng mới hơn (định dạng 2, máy này đọc được đến 1); hãy cập nhật ứng dụng");
    const broken = await filled((wb) => rewriteData(wb, PART_ENTRY, "{ không phải JSON"));
    expect(await refusal(broken)).toContain('phần dữ liệu ẩn "part.json" của mẫu (trang "_goi") bị hỏng');
  });

  it("refuses what is not an .xlsx form at all", async () => {
    expect(await refusal(Buffer.from("không phải tệp Excel"), "anh.xlsx")).toContain("đây không phải tệp Excel (.xlsx) hợp lệ");
    const docx = writeZip([
      { name: "[Content_Types].xml", content: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
      { name: "word/document.xml", content: Buffer.from("<w:document/>") },
    ]);
    expect(await refusal(docx, "bao-cao.docx")).toContain("đây không phải tệp Excel (.xlsx) (có thể là tệp Word hoặc tệp nén khác)");
    expect(await refusal(Buffer.alloc(11 * 1024 * 1024), "lon.xlsx")).toContain("tệp quá lớn (11 MB; tối đa 10 MB)");
    const plainWorkbook = new ExcelJS.Workbook();
    plainWorkbook.addWorksheet("Sheet1").getCell("A1").value = "Số liệu";
    expect(await refusal(Buffer.from(await plainWorkbook.xlsx.writeBuffer()), "khac.xlsx")).toContain('thiếu phần dữ liệu ẩn của mẫu (trang "_goi")');

    expect(isXlsxForm(form)).toBe(true);
    expect(isXlsxForm(docx)).toBe(true);
    expect(isXlsxForm(Buffer.from("không phải tệp Excel"))).toBe(false);
    expect(isXlsxForm(writePackage({ ...sent.manifest }, sent.part))).toBe(false);
  });
});

describe("refusing answers that cannot be taken, naming the cell", () => {
  it("refuses a figure that is not a number, out of range or negative", async () => {
    const at = (code: string) => `F${figureRow(code)}`;
    const typed = (code: string, value: CellValue) => filled((wb) => void (sheet(wb, FORM_SHEETS.figures).getCell(at(code)).value = value));
    expect(await refusal(await typed("tthc.danh_muc.tong", "khoảng 100"))).toContain(`ô ${at("tthc.danh_muc.tong")} trang "Số liệu": "khoảng 100" không phải là số (hãy viết kiểu 1.234,5)`);
    expect(await refusal(await typed("tthc.hai_long.ty_le", "180 %"))).toContain(
      `ô ${at("tthc.hai_long.ty_le")} trang "Số liệu": Tỷ lệ “Mức độ hài lòng của người dân, doanh nghiệp (mục tiêu ≥ 95 %)” phải từ 0 đến 100 % (nhận được 180 %) (mã tthc.hai_long.ty_le)`,
    );
    expect(await refusal(await typed("tthc.ho_so.tong", -5))).toContain(`ô ${at("tthc.ho_so.tong")} trang "Số liệu": Số liệu “Tổng số hồ sơ TTHC” không được âm`);
    expect(await refusal(await typed("tthc.ho_so.tong", "12,5"))).toContain(`ô ${at("tthc.ho_so.tong")} trang "Số liệu": Số liệu “Tổng số hồ sơ TTHC” phải là số nguyên`);
  });

  it("refuses an impossible date, a date after the window, and a document half written", async () => {
    const document = (cells: { number?: CellValue; date?: CellValue }) =>
      filled((wb) => {
        const [row] = evidenceRows(wb, "II.2.2") as [number];
        const ws = sheet(wb, FORM_SHEETS.evidence);
        if (cells.number !== undefined) ws.getCell(`B${row}`).value = cells.number;
        if (cells.date !== undefined) ws.getCell(`C${row}`).value = cells.date;
      });
    const row = evidenceRows(await load(form), "II.2.2")[0]!;
    expect(await refusal(await document({ number: "12/QĐ-UBND", date: "31/02/2025" }))).toContain(`ô C${row} trang "Minh chứng": ngày "31/02/2025" không tồn tại`);
    expect(await refusal(await document({ number: "12/QĐ-UBND", date: "ngày 5 tháng 8" }))).toContain(`ô C${row} trang "Minh chứng": "ngày 5 tháng 8" không phải là ngày (hãy viết kiểu dd/mm/yyyy`);
    expect(await refusal(await document({ number: "12/QĐ-UBND", date: "10/10/2025" }))).toContain(
      `ô C${row} trang "Minh chứng": Minh chứng mục II.2.2, văn bản thứ 1: văn bản ngày 10/10/2025 ban hành sau ngày cuối kỳ báo cáo (09/10/2025), không dùng làm minh chứng cho kỳ này`,
    );
    expect(await refusal(await document({ date: "05/08/2025" }))).toContain(`ô B${row} trang "Minh chứng": thiếu số, ký hiệu văn bản`);
    expect(await refusal(await document({ number: "12/QĐ-UBND" }))).toContain(`ô C${row} trang "Minh chứng": thiếu ngày ban hành của văn bản`);
  });
});

const soffice = "/usr/bin/soffice";

describe("a form filled and saved by LibreOffice", () => {
  it.skipIf(!existsSync(soffice))(
    "reads the same answers from the file LibreOffice wrote",
    async () => {
      const work = mkdtempSync(path.join(dir, "lo-"));
      const source = path.join(work, "nguon", FILE);
      mkdirSync(path.dirname(source));
      writeFileSync(source, await filled(clerkForLibreOffice));
      const out = path.join(work, "ra");
      // Its own profile: the utc and hcm projects run at the same time, and two instances may not share one.
      const profile = `file://${path.join(work, "ho-so")}`;
      const run = spawnSync(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", out, source], { encoding: "utf8", timeout: 90_000 });
      expect(run.status, run.stderr).toBe(0);
      const saved = readFileSync(path.join(out, FILE));
      expect(saved.equals(await filled(clerkForLibreOffice))).toBe(false);
      const reply = await readXlsxForm(saved, FILE, FILLED_AT);
      expect(answersOf(reply.part)).toEqual({
        figures: { "tthc.danh_muc.tong": 101, "tthc.hai_long.ty_le": 97.5 },
        texts: { "II.2.13": TEXT },
        evidence: { "II.2.2": [{ numberSymbol: "12/QĐ-UBND", date: "2025-08-05", summary: "Về việc kiện toàn Bộ phận Một cửa" }] },
      });
      expect(reply.manifest.createdBy).toBe("Nguyễn Văn Hùng");
    },
    120_000,
  );
});

function clerkForLibreOffice(wb: Workbook): void {
  sheet(wb, FORM_SHEETS.guide).eachRow((row) => {
    if (row.getCell(1).value === "Người điền") row.getCell(2).value = "Nguyễn Văn Hùng";
  });
  const figures = sheet(wb, FORM_SHEETS.figures);
  figures.getCell(`F${figureRow("tthc.danh_muc.tong")}`).value = 101;
  figures.getCell(`F${figureRow("tthc.hai_long.ty_le")}`).value = "97,5";
  sheet(wb, FORM_SHEETS.texts).getCell(`E${textRow("II.2.13")}`).value = TEXT;
  const [row] = evidenceRows(wb, "II.2.2") as [number];
  const evidence = sheet(wb, FORM_SHEETS.evidence);
  evidence.getCell(`B${row}`).value = "12/QĐ-UBND";
  evidence.getCell(`C${row}`).value = new Date(Date.UTC(2025, 7, 5));
  evidence.getCell(`C${row}`).numFmt = "dd/mm/yyyy";
  evidence.getCell(`D${row}`).value = "Về việc kiện toàn Bộ phận Một cửa";
}
