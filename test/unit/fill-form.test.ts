import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Workbook, Worksheet } from "exceljs";
import ExcelJS from "../../core/import/exceljs";
import { createAppContext } from "../../core/app-context";
import { isAppError } from "../../shared/errors";
import { reportRows, type Report } from "../../core/indicators/report-types";
import { fillForm, type FormFile } from "../../core/forms/fill-form";
import { fillFormRemembering, FILL_FORM_KIND } from "../../core/forms/form-mappings";
import { labelKey, similarity } from "../../core/forms/label-match";
import { cellKey, workbookDifferences } from "../../core/forms/workbook-compare";
import { entryContent, readZip } from "../../core/zip";
import { formInColumnB, formInColumnC, formWithoutLabels, formWithoutValueColumn, formWrittenDifferently, sampleReport, type ProvinceForm } from "../fixtures/province-forms";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-fill-form-");

async function load(bytes: Buffer): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const fileOf = (form: ProvinceForm): FormFile => ({ fileName: form.fileName, bytes: form.bytes });

const rowOf = (report: Report, code: string) => reportRows(report).find((r) => r.code === code)!;

/** The cells the form should have after filling, worked out from the blank form and the report alone. */
async function expectedCells(form: ProvinceForm, report: Report): Promise<Map<string, number>> {
  const sheet = (await load(form.bytes)).getWorksheet(form.sheetName)!;
  const cells = new Map<string, number>();
  for (const [row, code] of form.expected) {
    const source = rowOf(report, code);
    const figure = report.withEstimate && source.estimate !== null ? source.estimate : source.value;
    if (figure === null) continue;
    const address = `${form.valueColumn}${row}`;
    const asFraction = source.unit === "%" && sheet.getCell(address).numFmt?.includes("%");
    cells.set(cellKey(form.sheetName, address), asFraction ? figure / 100 : figure);
  }
  return cells;
}

async function expectFilledAsPlanned(form: ProvinceForm, report: Report) {
  const result = await fillForm(fileOf(form), report);
  expect({ sheet: result.sheetName, label: result.labelColumn, value: result.valueColumn }).toEqual({ sheet: form.sheetName, label: form.labelColumn, value: form.valueColumn });
  expect(new Map(result.filled.map((f) => [f.row, f.code]))).toEqual(form.expected);
  expect(new Map(result.kept.map((k) => [k.row, k.code]))).toEqual(form.kept);
  expect(new Map(result.ambiguous.map((a) => [a.row, [...a.candidates].sort()]))).toEqual(new Map([...form.ambiguous].map(([row, codes]) => [row, [...codes].sort()])));
  expect(result.unmatched.map((u) => u.row)).toEqual(form.unmatched);
  expect(result.provinceOnly.map((u) => u.row)).toEqual(form.provinceOnly);

  const written: Map<string, number | string> = await expectedCells(form, report);
  for (const p of result.placeholders) written.set(cellKey(form.sheetName, p.cell), p.text);
  const after = await load(result.bytes);
  for (const [key, value] of written) expect(after.getWorksheet(form.sheetName)!.getCell(key.split("!")[1]!).value, key).toBe(value);
  expect(workbookDifferences(await load(form.bytes), after, written)).toEqual([]);
  return result;
}

describe("filling a province's own Phụ lục 3 form", () => {
  it("fills a form with labels in B and figures in D, keeps its own total, lists the province's own row", async () => {
    const form = await formInColumnB();
    const result = await expectFilledAsPlanned(form, sampleReport());
    // The rows worded alike are told apart by the rows above them.
    const how = new Map(result.filled.map((f) => [f.code, f.how]));
    expect([how.get("the_che.kiem_tra.da_xu_ly"), how.get("the_che.ra_soat.da_xu_ly"), how.get("tthc.ho_so.qua_han"), how.get("tthc.ho_so.dang_qua_han")]).toEqual([
      "context",
      "context",
      "context",
      "context",
    ]);
    expect(result.kept[0]!.reason).toMatch(/^ô D\d+ có công thức của biểu mẫu$/);
  });

  it("fills a form with labels in C, a two-row header and the figures under “Kết quả thực hiện” in F, a rate as a percentage", async () => {
    const form = await formInColumnC();
    const report = sampleReport();
    const result = await expectFilledAsPlanned(form, report);
    const rateRow = result.filled.find((f) => f.code === "tthc.ho_so.dung_han_ty_le")!.row;
    const sheet = (await load(result.bytes)).getWorksheet("PL3")!;
    expect(sheet.getCell(`F${rateRow}`).value).toBeCloseTo(rowOf(report, "tthc.ho_so.dung_han_ty_le").value! / 100, 10);
    expect(sheet.getCell(`F${rateRow}`).numFmt).toBe("0.00%");
    // Last year's column beside it is not touched, nor the "x" of a figure not asked for.
    expect(sheet.getCell(`E${rateRow + 1}`).value).toBe(48.5);
    // The form's blank for the period is filled with the period and its dates, dd/MM/yyyy.
    expect(result.placeholders.map((p) => [p.cell, p.text])).toEqual([["B3", "Kỳ báo cáo: Quý III năm 2025 (từ ngày 15/12/2024 đến ngày 14/09/2025)"]]);
    expect(result.kept).toEqual([{ row: [...form.kept.keys()][0], label: "– Hình thức khác", code: "cong_vu.ky_luat.khac", reason: `ô F${[...form.kept.keys()][0]} đã ghi sẵn “x” trong biểu mẫu` }]);
  });

  it("leaves every part of the file but the filled sheet and the recalculation flag byte for byte as it was", async () => {
    const form = await formInColumnC();
    const result = await fillForm(fileOf(form), sampleReport());
    const before = new Map(readZip(form.bytes).map((e) => [e.name, e]));
    const after = readZip(result.bytes);
    expect(after.map((e) => e.name)).toEqual([...before.keys()]);
    const changed = after.filter((e) => !entryContent(e).equals(entryContent(before.get(e.name)!))).map((e) => e.name);
    expect(changed.sort()).toEqual(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(entryContent(after.find((e) => e.name === "xl/workbook.xml")!).toString()).toContain('fullCalcOnLoad="1"');
    // The "Hướng dẫn" sheet is the second worksheet part.
    expect(changed).not.toContain("xl/worksheets/sheet2.xml");
  });

  it("fills a form written every which way, telling sub-rows apart by their parent and listing what stays open", async () => {
    const form = await formWrittenDifferently();
    const result = await expectFilledAsPlanned(form, sampleReport());
    const how = new Map(result.filled.map((f) => [f.code, f.how]));
    expect(how.get("tcd.thuong_xuyen")).toBe("fuzzy");
    expect(how.get("tthc.ho_so.tiep_nhan_moi")).toBe("exact");
    expect(how.get("tthc.ho_so.dang_qua_han")).toBe("context");
    expect(result.placeholders.map((p) => [p.cell, p.before, p.text])).toEqual([["A2", "Đơn vị: UBND xã ...........", "Đơn vị: UBND xã Cẩm Giang"]]);
  });

  it("reads a form typed in the legacy TCVN3 encoding (.VnTime font) as Unicode", async () => {
    const form = await formInColumnB({ legacy: "tcvn3" });
    const result = await expectFilledAsPlanned(form, sampleReport());
    expect(result.provinceOnly.map((u) => u.label)).toEqual(["Số cuộc họp giao ban chuyên đề về CCHC"]);
    // A sheet typed in a legacy encoding would show a Unicode name as garbage: its blanks stay.
    expect(result.placeholders).toEqual([]);
  });

  it("writes the estimates when the report has them", async () => {
    const form = await formInColumnB();
    const report = sampleReport({ withEstimate: true });
    await expectFilledAsPlanned(form, report);
    const row = [...form.expected].find(([, code]) => code === "chidao.kh.tong")![0];
    const sheet = (await load((await fillForm(fileOf(form), report)).bytes)).getWorksheet(form.sheetName)!;
    expect(sheet.getCell(`D${row}`).value).toBe(rowOf(report, "chidao.kh.tong").estimate);
    expect(rowOf(report, "chidao.kh.tong").estimate).not.toBe(rowOf(report, "chidao.kh.tong").value);
  });

  it("leaves the cell empty where the report has no figure", async () => {
    const form = await formInColumnB();
    const report = sampleReport({ missing: ["chidao.kh.tong", "tcd.dinh_ky"] });
    const result = await expectFilledAsPlanned(form, report);
    const empty = result.filled.filter((f) => f.value === null).map((f) => f.code);
    expect(empty).toEqual(["chidao.kh.tong", "tcd.dinh_ky"]);
    const row = result.filled.find((f) => f.code === "tcd.dinh_ky")!.row;
    expect((await load(result.bytes)).getWorksheet(form.sheetName)!.getCell(`D${row}`).value).toBeNull();
  });
});

describe("the user's choices for rows the app could not decide", () => {
  const decide = (form: ProvinceForm) => {
    const [tyLe] = [...form.ambiguous.keys()];
    const [ton, quaHan] = form.provinceOnly;
    return { [quaHan!]: "tthc.ho_so.qua_han", [tyLe!]: "the_che.ra_soat.ty_le", [ton!]: null };
  };

  it("fill the chosen rows and leave the skipped one", async () => {
    const form = await formWrittenDifferently();
    const report = sampleReport();
    const mapping = decide(form);
    const result = await fillForm(fileOf(form), report, { mapping });
    expect(result.ambiguous).toEqual([]);
    expect(result.provinceOnly).toEqual([]);
    const chosen = result.filled.filter((f) => f.how === "mapping").map((f) => [f.row, f.code]);
    expect(chosen).toEqual(
      Object.entries(mapping)
        .filter(([, code]) => code !== null)
        .map(([row, code]) => [Number(row), code]),
    );
    const sheet = (await load(result.bytes)).getWorksheet(form.sheetName)!;
    for (const [row, code] of chosen) expect(sheet.getCell(`E${row}`).value).toBe(rowOf(report, code as string).value);
    expect(sheet.getCell(`E${form.provinceOnly[0]}`).value).toBeNull();
  });

  it("are remembered for the form and reused on the next fill, audited; another form does not get them", async () => {
    const ctx = createAppContext({ storePath: path.join(tempDir(), "xa.sqlite"), userName: "Văn thư" });
    try {
      const form = await formWrittenDifferently();
      const report = sampleReport();
      const first = await fillFormRemembering(ctx, fileOf(form), report, { mapping: decide(form), saveMapping: true });
      expect([first.mappingSaved, first.savedMappingUsed]).toEqual([true, false]);
      const again = await fillFormRemembering(ctx, fileOf(form), report, {});
      expect(again.savedMappingUsed).toBe(true);
      expect([again.ambiguous, again.provinceOnly]).toEqual([[], []]);
      expect(again.filled).toEqual(first.filled);
      expect(again.bytes.equals(first.bytes)).toBe(true);
      const audit = ctx.store.sqlite.prepare("SELECT user_name, action FROM audit_log WHERE entity = 'saved_mappings'").all();
      expect(audit).toEqual([{ user_name: "Văn thư", action: "tao" }]);
      const kinds = ctx.store.sqlite.prepare("SELECT kind FROM saved_mappings").all();
      expect(kinds).toEqual([{ kind: FILL_FORM_KIND }]);
      const other = await fillFormRemembering(ctx, fileOf(await formInColumnB()), report, {});
      expect(other.savedMappingUsed).toBe(false);
    } finally {
      ctx.store.close();
    }
  });

  it("naming an unknown code or a row without a label are refused in Vietnamese", async () => {
    const form = await formWrittenDifferently();
    const refused = async (mapping: Record<number, string | null>) => {
      try {
        await fillForm(fileOf(form), sampleReport(), { mapping });
      } catch (e) {
        if (isAppError(e)) return e;
      }
      throw new Error("expected an AppError");
    };
    const row = form.provinceOnly[0]!;
    expect((await refused({ [row]: "tthc.khong_co" })).message).toBe(`Mã chỉ tiêu "tthc.khong_co" (gán cho dòng ${row}) không có trong danh mục chỉ tiêu của báo cáo.`);
    expect((await refused({ 200: "tcd.dinh_ky" })).message).toBe(`Dòng 200 của trang "Bieu mau" không có nội dung chỉ tiêu ở cột B; không gán chỉ tiêu cho dòng này được.`);
  });
});

describe("forms that cannot be filled", () => {
  const refusal = async (fileName: string, bytes: Buffer) => {
    try {
      await fillForm({ fileName, bytes }, sampleReport());
    } catch (e) {
      if (isAppError(e)) return { code: e.code, message: e.message };
      throw e;
    }
    throw new Error("expected an AppError");
  };

  it("a sheet of numbers with no label column", async () => {
    const r = await refusal("so-lieu.xlsx", await formWithoutLabels());
    expect(r.code).toBe("form_no_labels");
    expect(r.message).toMatch(/^Tệp "so-lieu\.xlsx": không tìm thấy cột nội dung chỉ tiêu .*tệp được giữ nguyên/);
  });

  it("labels with no column left for the figures", async () => {
    const r = await refusal("bieu.xlsx", await formWithoutValueColumn());
    expect(r).toEqual({
      code: "form_no_value_column",
      message: `Tệp "bieu.xlsx", trang "Biểu": không tìm thấy cột để ghi số liệu bên phải cột nội dung A (cần một cột có tiêu đề như "Số liệu" hoặc "Kết quả thực hiện"); tệp được giữ nguyên.`,
    });
  });

  it("a text file named .xlsx, a password-protected file, a cut-off file, an empty one", async () => {
    const good = (await formInColumnB()).bytes;
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]);
    expect(await refusal("Biểu 3.xlsx", Buffer.from("STT;Nội dung;Số liệu\n1;Tổng số hồ sơ;5\n", "utf8"))).toMatchObject({
      code: "form_not_xlsx",
      message: expect.stringMatching(/^Tệp "Biểu 3\.xlsx" không phải tệp Excel \.xlsx/),
    });
    expect(await refusal("Biểu 3.xlsx", ole)).toMatchObject({ code: "form_protected", message: expect.stringContaining("được đặt mật khẩu") });
    expect(await refusal("Biểu 3.xls", ole)).toMatchObject({ code: "form_xls", message: expect.stringContaining("Excel 97-2003") });
    expect(await refusal("Biểu 3.xlsx", good.subarray(0, Math.floor(good.length / 2)))).toMatchObject({ code: "form_corrupt", message: expect.stringContaining("bị hỏng hoặc không đầy đủ") });
    expect(await refusal("Biểu 3.xlsx", Buffer.alloc(0))).toMatchObject({ code: "form_empty" });
  });
});

describe("comparing a workbook with its filled copy", () => {
  it("reports a changed style, a changed merge, a changed value and a changed formula", async () => {
    const form = await formInColumnB();
    const before = await load(form.bytes);
    const changed = async (change: (sheet: Worksheet) => void) => {
      const copy = await load(form.bytes);
      change(copy.getWorksheet(form.sheetName)!);
      return workbookDifferences(before, await load(Buffer.from(await copy.xlsx.writeBuffer())));
    };
    const formulaRow = [...form.kept.keys()][0]!;
    expect(await changed((s) => (s.getCell("B7").font = { bold: true }))).toContain(`trang "Biểu 3", ô B7: định dạng hoặc công thức bị thay đổi`);
    expect(await changed((s) => s.unMergeCells("A1:E1"))).toContain(`trang "Biểu 3": thiết lập "merges" (ô gộp, độ rộng cột, in ấn…) bị thay đổi`);
    expect(await changed((s) => (s.getCell("E7").value = "x"))).toContain(`trang "Biểu 3", ô E7: nội dung bị thay đổi`);
    expect(await changed((s) => (s.getCell(`D${formulaRow}`).value = { formula: "1+1", result: 0 }))).toContain(`trang "Biểu 3", ô D${formulaRow}: định dạng hoặc công thức bị thay đổi`);
  });
});

describe("label text as compared", () => {
  it("drops numbering, bullets, “Trong đó:”, brackets, diacritics and case", () => {
    expect(labelKey("– Trong đó: Quá hạn")).toBe("qua han");
    expect(labelKey("1.2. Số hồ sơ đã giải quyết:")).toBe("so ho so da giai quyet");
    expect(labelKey("a) SỐ HỒ SƠ TIẾP NHẬN (hồ sơ)")).toBe("so ho so tiep nhan");
    expect(labelKey("II. CẢI CÁCH THỂ CHẾ")).toBe("cai cach the che");
    expect(labelKey("(2)")).toBe("");
  });

  it("scores a reworded label above a different one", () => {
    const key = labelKey("Số nhiệm vụ đã hoàn thành đúng hạn");
    expect(similarity(labelKey("Số nhiệm vụ hoàn thành đúng hạn"), key)).toBeGreaterThan(similarity(labelKey("Số nhiệm vụ đã hoàn thành"), key));
    expect(similarity(key, key)).toBe(1);
  });
});
