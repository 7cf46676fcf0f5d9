/**
 * The department's Excel form as a clerk meets it: every mistake of a
 * returned form told at once, Excel's own data validation on the answer
 * cells, units written in words and figures as numbers.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { CellValue, Workbook } from "exceljs";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import { readPackage, writePackage } from "../../core/packages/container";
import { createDepartmentForm, createDepartmentPackage } from "../../core/packages/create";
import type { DepartmentPart } from "../../core/packages/format";
import { applyMerge } from "../../core/packages/merge";
import { FORM_SHEETS } from "../../core/packages/xlsx-form/layout";
import { readXlsxForm } from "../../core/packages/xlsx-form/read";
import { writeXlsxForm } from "../../core/packages/xlsx-form/write";
import { cchc } from "../cli-runner";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";
import { evidenceRows, FIRST_DATA_ROW, formSheet, loadWorkbook } from "../fixtures/excel-clerk";
import { refusal } from "../fixtures/office-context";
import { storeSnapshot } from "../fixtures/store-snapshot";

const commune = demoCommune("cchc-mau-kiem-");

async function formOf(ctx: AppContext, departmentCode: string) {
  const created = await createDepartmentForm(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode });
  const sent = await readXlsxForm(created.bytes, created.fileName);
  return { bytes: created.bytes, part: sent.part };
}

const figureRow = (part: DepartmentPart, code: string) => FIRST_DATA_ROW + part.figures.findIndex((f) => f.code === code);

async function edited(bytes: Buffer, edit: (wb: Workbook) => void): Promise<Buffer> {
  const wb = await loadWorkbook(bytes);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("a returned form with several mistakes", () => {
  it("names every mistake at once, with its sheet and cell, and takes nothing", async () => {
    const ctx = commune.officer();
    const { bytes, part } = await formOf(ctx, "TTPVHCC");
    const wrongNumber = `F${figureRow(part, "tthc.danh_muc.tong")}`;
    const wrongRate = `F${figureRow(part, "tthc.hai_long.ty_le")}`;
    let dateCell = "";
    const returned = await edited(bytes, (wb) => {
      const figures = formSheet(wb, FORM_SHEETS.figures);
      figures.getCell(wrongNumber).value = "khoảng 100";
      figures.getCell(wrongRate).value = "180";
      const [row] = evidenceRows(wb, "II.2.2") as [number];
      dateCell = `C${row}`;
      formSheet(wb, FORM_SHEETS.evidence).getCell(`B${row}`).value = "12/QĐ-UBND";
      formSheet(wb, FORM_SHEETS.evidence).getCell(dateCell).value = "31/02/2025";
      figures.getCell("C5").value = "Tổng số TTHC";
    });
    const message = await refusal(() => readXlsxForm(returned, "TTPVHCC.xlsx"));
    const lines = message.split("\n");
    expect(lines[0]).toBe('Không nhận gói "TTPVHCC.xlsx": có 4 chỗ chưa đúng, hãy sửa hết rồi gửi lại:');
    expect(lines.slice(1, -1)).toEqual([
      expect.stringMatching(/^- ô C5 trang "Số liệu" là ô khóa, không được sửa/),
      `- ô ${wrongNumber} trang "Số liệu": "khoảng 100" không phải là số (hãy viết kiểu 1.234,5).`,
      expect.stringMatching(new RegExp(`^- ô ${wrongRate} trang "Số liệu": Tỷ lệ .* phải từ 0 đến 100 % \\(nhận được 180 %\\)`)),
      `- ô ${dateCell} trang "Minh chứng": ngày "31/02/2025" không tồn tại.`,
    ]);
    expect(lines.at(-1)).toBe("Dữ liệu của ứng dụng giữ nguyên.");
    ctx.store.close();
  });

  it("is refused whole by `cchc package import`, every line printed, exit 2, nothing written", async () => {
    const ctx = commune.officer();
    const { bytes, part } = await formOf(ctx, "TTPVHCC");
    const returned = await edited(bytes, (wb) => {
      const figures = formSheet(wb, FORM_SHEETS.figures);
      figures.getCell(`F${figureRow(part, "tthc.danh_muc.tong")}`).value = 101;
      figures.getCell(`F${figureRow(part, "tthc.ho_so.tong")}`).value = "12,5";
      figures.getCell(`F${figureRow(part, "tthc.ho_so.tiep_nhan_moi")}`).value = -3;
    });
    const db = ctx.store.path;
    const before = storeSnapshot(ctx.store.sqlite);
    ctx.store.close();
    const file = path.join(path.dirname(db), "TTPVHCC-da-dien.xlsx");
    writeFileSync(file, returned);
    const run = cchc(["package", "import", file, "--db", db]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("có 2 chỗ chưa đúng");
    expect(run.stderr).toContain(`ô F${figureRow(part, "tthc.ho_so.tong")} trang "Số liệu"`);
    expect(run.stderr).toContain(`ô F${figureRow(part, "tthc.ho_so.tiep_nhan_moi")} trang "Số liệu"`);
    const reopened = createAppContext({ storePath: db, userName: "x" });
    expect(storeSnapshot(reopened.store.sqlite)).toEqual(before);
    reopened.store.close();
  });

  it("lists every problem of a .cchc reply too", () => {
    const ctx = commune.officer();
    const sent = readPackage(createDepartmentPackage(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "TTPVHCC" }).bytes, "x.cchc");
    const { entries: _e, format: _f, formatVersion: _v, ...manifest } = sent.manifest;
    const part = structuredClone(sent.part);
    part.figures.find((f) => f.code === "tthc.hai_long.ty_le")!.answer = 180;
    part.figures.find((f) => f.code === "tthc.ho_so.tong")!.answer = -1;
    const bytes = writePackage({ ...manifest, direction: "tra_loi" }, part, sent.files);
    let message = "";
    try {
      applyMerge(ctx, bytes, "tra-loi.cchc");
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.split("\n")).toEqual([
      'Không nhận gói "tra-loi.cchc": có 2 chỗ chưa đúng, hãy sửa hết rồi gửi lại:',
      expect.stringMatching(/^- Số liệu “Tổng số hồ sơ TTHC” không được âm/),
      expect.stringMatching(/^- Tỷ lệ .* phải từ 0 đến 100 %/),
      "Dữ liệu của ứng dụng giữ nguyên.",
    ]);
    ctx.store.close();
  });
});

type Validation = {
  type: string;
  operator?: string;
  formulae: unknown[];
  allowBlank?: boolean;
  showErrorMessage?: boolean;
  errorTitle?: string;
  error?: string;
  showInputMessage?: boolean;
  promptTitle?: string;
  prompt?: string;
};
const validationOf = (wb: Workbook, sheet: string, address: string) => formSheet(wb, sheet).getCell(address).dataValidation as unknown as Validation;

describe("Excel's own checks on the answer cells", () => {
  it("asks whole numbers of counts, 0–100 of rates, decimals of money, dates of dates – with a Vietnamese title, message and prompt", async () => {
    const ctx = commune.officer();
    const centre = await formOf(ctx, "TTPVHCC");
    const wb = await loadWorkbook(centre.bytes);
    const count = validationOf(wb, FORM_SHEETS.figures, `F${figureRow(centre.part, "tthc.ho_so.tong")}`);
    expect(count).toMatchObject({ type: "whole", operator: "between", formulae: [0, 1_000_000_000], allowBlank: true, showErrorMessage: true, showInputMessage: true });
    expect(count.errorTitle).toBe("Số liệu chưa đúng");
    expect(count.error).toContain("số nguyên, không âm");
    expect(count.prompt).toContain("Hồ sơ");
    const rate = validationOf(wb, FORM_SHEETS.figures, `F${figureRow(centre.part, "tthc.hai_long.ty_le")}`);
    expect(rate).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 100], showErrorMessage: true });
    expect(rate.error).toContain("từ 0 đến 100");
    const [row] = evidenceRows(wb, "II.2.2") as [number];
    const date = validationOf(wb, FORM_SHEETS.evidence, `C${row}`);
    expect(date).toMatchObject({ type: "date", operator: "lessThanOrEqual", showErrorMessage: true, errorTitle: "Ngày chưa đúng" });
    expect(date.error).toContain("09/10/2025");
    expect(formSheet(wb, FORM_SHEETS.evidence).getCell(`C${row}`).numFmt).toBe("dd/mm/yyyy");

    const economy = await formOf(ctx, "KT");
    const money = validationOf(await loadWorkbook(economy.bytes), FORM_SHEETS.figures, `F${figureRow(economy.part, "tai_chinh.ngan_sach.thu")}`);
    expect(money).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1_000_000_000] });
    expect(money.prompt).toContain("Triệu đồng");
    ctx.store.close();
  });

  it("reads answers typed as numbers and real dates, and shows answers already held as numbers", async () => {
    const ctx = commune.officer();
    const { bytes, part } = await formOf(ctx, "TTPVHCC");
    const returned = await edited(bytes, (wb) => {
      formSheet(wb, FORM_SHEETS.figures).getCell(`F${figureRow(part, "tthc.ho_so.tong")}`).value = 1234;
      formSheet(wb, FORM_SHEETS.figures).getCell(`F${figureRow(part, "tthc.hai_long.ty_le")}`).value = 97.5;
      const [row] = evidenceRows(wb, "II.2.2") as [number];
      formSheet(wb, FORM_SHEETS.evidence).getCell(`B${row}`).value = "12/QĐ-UBND";
      formSheet(wb, FORM_SHEETS.evidence).getCell(`C${row}`).value = new Date(Date.UTC(2025, 7, 5));
      formSheet(wb, FORM_SHEETS.evidence).getCell(`D${row}`).value = "Về việc kiện toàn Bộ phận Một cửa";
    });
    const reply = await readXlsxForm(returned, "x.xlsx");
    expect(reply.part.figures.find((f) => f.code === "tthc.ho_so.tong")!.answer).toBe(1234);
    expect(reply.part.figures.find((f) => f.code === "tthc.hai_long.ty_le")!.answer).toBe(97.5);
    expect(reply.part.evidence.find((e) => e.itemKey === "II.2.2")!.answer).toEqual([{ numberSymbol: "12/QĐ-UBND", date: "2025-08-05", summary: "Về việc kiện toàn Bộ phận Một cửa" }]);

    // A form made again from that reply shows the answers as numbers and a date, and reads them back the same.
    const again = await writeXlsxForm({ ...reply.manifest, direction: "giao" }, reply.part);
    const wb = await loadWorkbook(again);
    expect(formSheet(wb, FORM_SHEETS.figures).getCell(`F${figureRow(part, "tthc.ho_so.tong")}`).value).toBe(1234);
    const [row] = evidenceRows(wb, "II.2.2") as [number];
    expect(formSheet(wb, FORM_SHEETS.evidence).getCell(`C${row}`).value).toEqual(new Date(Date.UTC(2025, 7, 5)));
    expect((await readXlsxForm(again, "y.xlsx")).part).toEqual(reply.part);
    ctx.store.close();
  });
});

describe("the figures sheet", () => {
  it("writes the unit in words, never its code", async () => {
    const ctx = commune.officer();
    for (const dept of ["TTPVHCC", "KT", "VP"]) {
      const { bytes, part } = await formOf(ctx, dept);
      const ws = formSheet(await loadWorkbook(bytes), FORM_SHEETS.figures);
      const units = part.figures.map((_, i) => ws.getCell(FIRST_DATA_ROW + i, 4).value as CellValue);
      for (const code of ["nv", "hs", "vb", "ng", "dv", "tr.đ", "số", "tthc"]) expect(units).not.toContain(code);
      if (dept === "TTPVHCC") {
        expect(units[part.figures.findIndex((f) => f.code === "tthc.ho_so.tong")]).toBe("Hồ sơ");
        expect(units[part.figures.findIndex((f) => f.code === "tthc.danh_muc.tong")]).toBe("Thủ tục");
        expect(units[part.figures.findIndex((f) => f.code === "tthc.pakn.tiep_nhan_moi")]).toBe("Phản ánh, kiến nghị");
      }
      if (dept === "KT") expect(units[part.figures.findIndex((f) => f.code === "tai_chinh.ngan_sach.thu")]).toBe("Triệu đồng");
    }
    ctx.store.close();
  });

  it("shows the current figures as numbers with a number format, a missing one as an empty cell", async () => {
    const ctx = commune.officer();
    const sent = readPackage(createDepartmentPackage(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "TTPVHCC" }).bytes, "x.cchc");
    const part = structuredClone(sent.part);
    part.figures[1]!.current = null;
    const { entries: _e, format: _f, formatVersion: _v, ...manifest } = sent.manifest;
    const own = readPackage(writePackage(manifest, part, sent.files), "x.cchc");
    const ws = formSheet(await loadWorkbook(await writeXlsxForm(own.manifest, own.part)), FORM_SHEETS.figures);
    part.figures.forEach((f, i) => {
      const cell = ws.getCell(FIRST_DATA_ROW + i, 5);
      if (f.current === null) expect(cell.value).toBeNull();
      else {
        expect(cell.value).toBe(f.current);
        expect(cell.numFmt).toMatch(/#,##0/);
      }
    });
    ctx.store.close();
  });
});
