import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "../../core/import/exceljs";
import { openStore } from "../../db/store";
import { generateDemo } from "../../core/demo";
import { createAppContext } from "../../core/app-context";
import { dispatch } from "../../core/api/dispatch";
import type { ApiOutput } from "../../core/api/contract";
import { buildReport } from "../../core/indicators/report";
import { reportRows } from "../../core/indicators/report-types";
import { resolvePeriod } from "../../core/periods";
import { getProfile } from "../../core/profiles";
import { formInColumnB, formWrittenDifferently, type ProvinceForm } from "../fixtures/province-forms";
import { sha256File, useTempDir } from "../helpers";
import { cchc } from "../cli-runner";

const tempDir = useTempDir("cchc-fill-form-cli-");
let db: string;
let figures: Map<string, number | null>;

let storeDir: string;

beforeAll(() => {
  storeDir = mkdtempSync(path.join(tmpdir(), "cchc-fill-form-store-"));
  db = path.join(storeDir, "xa.sqlite");
  const store = openStore(db);
  generateDemo(store, { seed: 5, until: "2025-10-09", userName: "Kiểm thử" });
  store.close();
  const ctx = createAppContext({ storePath: db, mustExist: true });
  try {
    const report = buildReport(ctx, resolvePeriod("2025-Q3", getProfile(ctx.profiles, "hai-phong")));
    figures = new Map(reportRows(report).map((r) => [r.code, r.value]));
  } finally {
    ctx.store.close();
  }
});

afterAll(() => rmSync(storeDir, { recursive: true, force: true }));

async function saved(form: ProvinceForm) {
  const file = path.join(tempDir(), form.fileName);
  writeFileSync(file, form.bytes);
  return file;
}

describe("cchc fill-form", () => {
  it("fills form 1 from the store, says which rows it filled and which not, exits 1 for the province's own row", async () => {
    const form = await formInColumnB();
    const input = await saved(form);
    const before = sha256File(input);
    const out = path.join(path.dirname(input), "Biểu 3 - đã điền.xlsx");
    const r = cchc(["fill-form", input, "--db", db, "--period", "2025-Q3", "--profile", "hai-phong", "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^Đã điền \\d+ dòng vào cột D của trang "Biểu 3" \\(Quý III năm 2025\\); tệp đã ghi: `));
    const row = form.provinceOnly[0]!;
    expect(r.stderr).toContain(`1 dòng là chỉ tiêu riêng của biểu mẫu tỉnh, không có trong Phụ lục 3 (ứng dụng không có số liệu, hãy tự ghi):\n  dòng ${row} “Số cuộc họp giao ban chuyên đề về CCHC”`);
    expect(r.stderr).toContain("--map DÒNG=MÃ");
    expect(sha256File(input)).toBe(before);
    const sheet = (await new ExcelJS.Workbook().xlsx.load(readFileSync(out) as unknown as ArrayBuffer)).getWorksheet("Biểu 3")!;
    for (const [line, code] of form.expected) expect(sheet.getCell(`D${line}`).value ?? null, code).toBe(figures.get(code));
  });

  it("--json prints the result without the file's bytes; --map decides the open rows and --save-mapping keeps the choice", async () => {
    const form = await formWrittenDifferently();
    const input = await saved(form);
    const out = path.join(path.dirname(input), "da-dien.xlsx");
    const args = ["fill-form", input, "--db", db, "--period", "2025-Q3", "--out", out, "--json"];
    const first = cchc(args);
    expect(first.status).toBe(1);
    const doc = JSON.parse(first.stdout);
    expect(Object.keys(doc).sort()).toEqual([
      "ambiguous",
      "file",
      "filled",
      "kept",
      "labelColumn",
      "mapping",
      "mappingSaved",
      "outbox",
      "period",
      "placeholders",
      "provinceOnly",
      "savedMappingUsed",
      "sheetName",
      "unmatched",
      "valueColumn",
    ]);
    expect(doc).toMatchObject({ file: out, sheetName: "Bieu mau", labelColumn: "B", valueColumn: "E", savedMappingUsed: false, mappingSaved: false });
    expect(doc.ambiguous.map((a: { row: number }) => a.row)).toEqual([...form.ambiguous.keys()]);

    const [tyLe] = [...form.ambiguous.keys()];
    const [ton, quaHan] = form.provinceOnly;
    const map = `${quaHan}=tthc.ho_so.qua_han,${tyLe}=the_che.kiem_tra.ty_le,${ton}=-`;
    const decided = cchc([...args, "--map", map, "--save-mapping"]);
    expect(decided.status).toBe(0);
    expect(JSON.parse(decided.stdout)).toMatchObject({ ambiguous: [], unmatched: [], provinceOnly: [], mappingSaved: true });
    const reused = JSON.parse(cchc(args).stdout);
    expect(reused).toMatchObject({ ambiguous: [], unmatched: [], provinceOnly: [], savedMappingUsed: true });
    expect(reused.filled.find((f: { row: number }) => f.row === tyLe)).toMatchObject({ code: "the_che.kiem_tra.ty_le", how: "mapping" });
  });

  it("refuses a file that is not a form, and writing over the form itself, with one Vietnamese line and no file written", async () => {
    const dir = tempDir();
    const notXlsx = path.join(dir, "Biểu 3.xlsx");
    writeFileSync(notXlsx, "STT;Nội dung\n1;Tổng số hồ sơ\n");
    const out = path.join(dir, "ra.xlsx");
    const bad = cchc(["fill-form", notXlsx, "--db", db, "--period", "2025-Q3", "--out", out]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim().split("\n")).toEqual([`Tệp "Biểu 3.xlsx" không phải tệp Excel .xlsx (có thể là tệp khác bị đổi tên). Hãy chọn biểu mẫu .xlsx của tỉnh.`]);
    expect(existsSync(out)).toBe(false);

    const input = await saved(await formInColumnB());
    const before = sha256File(input);
    const same = cchc(["fill-form", input, "--db", db, "--period", "2025-Q3", "--out", input]);
    expect(same.status).toBe(2);
    expect(same.stderr.trim().split("\n")).toHaveLength(1);
    expect(same.stderr).toContain("Tệp ghi ra (--out) phải khác tệp biểu mẫu");
    expect(sha256File(input)).toBe(before);
  });
});

describe("the Báo cáo screen's “Điền biểu mẫu của tỉnh” (report.fillForm)", () => {
  it("hands back the filled form under a new name, with the user's choices remembered", async () => {
    const copy = path.join(tempDir(), "xa.sqlite");
    copyFileSync(db, copy);
    const ctx = createAppContext({ storePath: copy, userName: "Văn thư" });
    try {
      const form = await formInColumnB();
      const row = form.provinceOnly[0]!;
      const input = { period: "2025-Q3", fileName: form.fileName, contentBase64: form.bytes.toString("base64"), mapping: { [row]: null }, saveMapping: true };
      const r = await dispatch(ctx, "report.fillForm", input);
      if (!r.ok) throw new Error(r.error.message);
      const value = r.value as ApiOutput<"report.fillForm">;
      expect(value).toMatchObject({
        fileName: "Biểu 3 - Hải Phòng - đã điền.xlsx",
        sheetName: "Biểu 3",
        valueColumn: "D",
        unmatched: [],
        provinceOnly: [],
        ambiguous: [],
        mappingSaved: true,
        savedMappingUsed: false,
      });
      const sheet = (await new ExcelJS.Workbook().xlsx.load(Buffer.from(value.contentBase64, "base64") as unknown as ArrayBuffer)).getWorksheet("Biểu 3")!;
      for (const [line, code] of form.expected) expect(sheet.getCell(`D${line}`).value ?? null, code).toBe(figures.get(code));
      const again = await dispatch(ctx, "report.fillForm", { ...input, mapping: undefined, saveMapping: undefined });
      expect(again).toMatchObject({ ok: true, value: { savedMappingUsed: true, provinceOnly: [] } });
      const bad = await dispatch(ctx, "report.fillForm", { ...input, contentBase64: Buffer.from("không phải Excel").toString("base64") });
      expect(bad).toEqual({
        ok: false,
        error: { code: "form_not_xlsx", message: `Tệp "${form.fileName}" không phải tệp Excel .xlsx (có thể là tệp khác bị đổi tên). Hãy chọn biểu mẫu .xlsx của tỉnh.` },
      });
    } finally {
      ctx.store.close();
    }
  });
});
