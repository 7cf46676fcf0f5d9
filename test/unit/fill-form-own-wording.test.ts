import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Workbook } from "exceljs";
import ExcelJS from "../../core/import/exceljs";
import { openStore } from "../../db/store";
import { generateDemo } from "../../core/demo";
import { createAppContext } from "../../core/app-context";
import { buildReport } from "../../core/indicators/report";
import { reportRows, type Report } from "../../core/indicators/report-types";
import { resolvePeriod } from "../../core/periods";
import { getProfile } from "../../core/profiles";
import { fillForm } from "../../core/forms/fill-form";
import { labelIndex } from "../../core/forms/label-match";
import { matchRows, type RowOutcome } from "../../core/forms/row-matching";
import { cellKey, workbookDifferences } from "../../core/forms/workbook-compare";
import { sampleReport } from "../fixtures/province-forms";
import { formBareSheet, formFlatList, formHanoiWording, formLettered, formOneStopWording, formSoNoiVu, formWithSums, type OwnWordingForm } from "../fixtures/province-forms-own-wording";
import { entryContent, readZip } from "../../core/zip";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-fill-own-");

async function load(bytes: Buffer): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The figure a row must show: the sum of its indicators' figures, none when one of them has none. */
function sumOf(report: Report, codes: string[]): number | null {
  const byCode = new Map(reportRows(report).map((r) => [r.code, r.value]));
  const parts = codes.map((c) => byCode.get(c) ?? null);
  return parts.some((p) => p === null) ? null : parts.reduce<number>((a, b) => a + b!, 0);
}

const FORMS: [string, () => Promise<OwnWordingForm>][] = [
  ["the Sở Nội vụ's form (logo block, Mã số, two-row header, figures in E)", formSoNoiVu],
  ["a lettered form with no STT column, last year in D, this period in E", formLettered],
  ["a form with sums worded “(gồm …)” and a SUM of its “+” rows", formWithSums],
  ["a form worded as a one-stop office would (“trả kết quả trước và đúng hạn”, “đang xử lý”, “đơn thư”), a heading gathering two sections", formOneStopWording],
  ["Hà Nội's wording (“trễ hạn”, “chưa đến hạn”, “qua dịch vụ bưu chính”, “đại học” beside “trên đại học”), figures in D", formHanoiWording],
  ["a bare sheet (“Kế hoạch” | “Thực hiện”), staff under “TỔ CHỨC BỘ MÁY”, “Nhóm tự chủ …” with no number, “văn bản điện tử” beside “ký số”", formBareSheet],
  ["a flat list with no headings: sums worded in brackets or named together, “giải quyết quá hạn” with no “đã”, “hồ sơ được số hóa”", formFlatList],
];

describe("filling forms worded the province's own way, with no --map", () => {
  for (const [name, build] of FORMS) {
    it(`${name}: every identifiable row filled right, the province's own rows reported as such, nothing else touched`, async () => {
      const form = await build();
      const report = sampleReport();
      const result = await fillForm({ fileName: form.fileName, bytes: form.bytes }, report);
      expect({ sheet: result.sheetName, label: result.labelColumn, value: result.valueColumn }).toEqual({ sheet: form.sheetName, label: form.labelColumn, value: form.valueColumn });
      expect(result.ambiguous).toEqual([]);
      expect(result.unmatched).toEqual([]);
      expect(new Map(result.filled.map((f) => [f.row, f.codes]))).toEqual(form.expected);
      expect(new Map(result.kept.map((k) => [k.row, k.code]))).toEqual(form.kept);
      expect(result.provinceOnly.map((p) => p.row)).toEqual(form.provinceOnly);

      const after = await load(result.bytes);
      const sheet = after.getWorksheet(form.sheetName)!;
      const written = new Map<string, number | string>();
      for (const [row, codes] of form.expected) {
        const figure = sumOf(report, codes);
        const address = `${form.valueColumn}${row}`;
        expect(sheet.getCell(address).value ?? null, `${address} ${codes.join("+")}`).toBe(figure);
        if (figure !== null) written.set(cellKey(form.sheetName, address), figure);
      }
      for (const [address, text] of form.placeholders) {
        expect(sheet.getCell(address).value, address).toBe(text);
        written.set(cellKey(form.sheetName, address), text);
      }
      expect(result.placeholders.map((p) => p.cell).sort()).toEqual([...form.placeholders.keys()].sort());
      expect(workbookDifferences(await load(form.bytes), after, written)).toEqual([]);
    });
  }

  it("leaves no stale total in the form's own formulas, so LibreOffice as well as Excel shows them with the figures", async () => {
    const form = await formWithSums();
    const result = await fillForm({ fileName: form.fileName, bytes: form.bytes }, sampleReport());
    expect(result.kept.length).toBeGreaterThan(0);
    // A cached result (0, from the blank form) is what LibreOffice shows, as it does not recompute on opening: the filled form keeps none.
    const sheets = readZip(result.bytes).filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
    const cached = sheets.flatMap((e) =>
      [
        ...entryContent(e)
          .toString("utf8")
          .matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:<f[^>]*\/>|<f[^>]*>[^<]*<\/f>)<v>/g),
      ].map((m) => m[1]),
    );
    expect(cached).toEqual([]);
    expect(readZip(form.bytes).some((e) => /<f>SUM\([^)]*\)<\/f><v>/.test(entryContent(e).toString("utf8")))).toBe(true);
  });

  it("a sum row one of whose indicators has no figure is left empty and reported", async () => {
    const form = await formSoNoiVu();
    const report = sampleReport({ missing: ["tthc.pakn.ky_truoc"] });
    const result = await fillForm({ fileName: form.fileName, bytes: form.bytes }, report);
    const [row] = [...form.expected].find(([, codes]) => codes.length === 2)!;
    const filled = result.filled.find((f) => f.row === row)!;
    expect(filled).toMatchObject({ code: "tthc.pakn.ky_truoc+tthc.pakn.tiep_nhan_moi", value: null, missing: ["tthc.pakn.ky_truoc"] });
    expect((await load(result.bytes)).getWorksheet(form.sheetName)!.getCell(`E${row}`).value).toBeNull();
  });

  it("a row the user maps to a sum of indicators gets their total", async () => {
    const form = await formLettered();
    const report = sampleReport();
    const own = form.provinceOnly[0]!;
    const result = await fillForm({ fileName: form.fileName, bytes: form.bytes }, report, { mapping: { [own]: "tthc.pakn.ky_truoc+tthc.pakn.tiep_nhan_moi" } });
    expect(result.filled.find((f) => f.row === own)).toMatchObject({
      codes: ["tthc.pakn.ky_truoc", "tthc.pakn.tiep_nhan_moi"],
      how: "mapping",
      value: sumOf(report, ["tthc.pakn.ky_truoc", "tthc.pakn.tiep_nhan_moi"]),
    });
    expect(result.provinceOnly.map((p) => p.row)).not.toContain(own);
  });
});

describe("rows that read almost like an indicator and are not it", () => {
  /** What each label (under the headings and rows above it) is found to be: the codes, "?" for asked, or how it was left. */
  const found = (labels: string[]) => {
    const outcomes = matchRows(
      labels.map((label, i) => ({ row: i + 1, label, number: "" })),
      labelIndex(sampleReport().sections),
    );
    const what = (o: RowOutcome) => (o.kind === "matched" ? o.codes.join("+") : o.kind === "ambiguous" ? `? ${o.candidates.join(" | ")}` : o.kind);
    return Object.fromEntries(outcomes.map((o) => [o.label, what(o)]));
  };

  it("“chưa hoàn thành” is not “đã hoàn thành”; one member of a bracketed list is not the whole; “đại học” is not “trên đại học”; two indicators close together are asked", () => {
    const r = found([
      "I. CHỈ ĐẠO, ĐIỀU HÀNH",
      "Số nhiệm vụ trong kế hoạch CCHC năm",
      "- Số nhiệm vụ chưa hoàn thành",
      "II. THỂ CHẾ",
      "Tỷ lệ xử lý VBQPPL",
      "V. CÔNG VỤ",
      "CBCC có trình độ đại học",
      "CBCC có trình độ trên đại học",
      "Trình độ LLCT cao cấp, cử nhân",
      "Số CBCC bị kỷ luật",
      "- Buộc thôi việc",
      "VI. TÀI CHÍNH CÔNG",
      "Tổng thu ngân sách xã",
      "VIII. TIẾP CÔNG DÂN",
      "Tổng số lượt tiếp công dân",
    ]);
    expect(r["Số nhiệm vụ trong kế hoạch CCHC năm"]).toBe("chidao.kh.tong");
    expect(r["- Số nhiệm vụ chưa hoàn thành"]).not.toBe("chidao.kh.hoan_thanh");
    expect(r["Tỷ lệ xử lý VBQPPL"]).toMatch(/^\? /);
    expect(r["CBCC có trình độ đại học"]).toBe("cong_vu.trinh_do.dai_hoc");
    expect(r["CBCC có trình độ trên đại học"]).toBe("cong_vu.trinh_do.tren_dai_hoc");
    expect(r["Trình độ LLCT cao cấp, cử nhân"]).toBe("cong_vu.llct.cao_cap");
    expect(r["- Buộc thôi việc"]).toBe("own");
    expect(r["Tổng thu ngân sách xã"]).toBe("tai_chinh.ngan_sach.thu");
    // A total whose parts the label does not name is asked, never one part's figure.
    expect(r["Tổng số lượt tiếp công dân"]).toMatch(/^\? /);
  });
});

describe("cchc fill-form on a form worded the province's own way, from a demo commune's store", () => {
  let dir: string;
  let db: string;
  let figures: Map<string, number | null>;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "cchc-fill-own-store-"));
    db = path.join(dir, "xa.sqlite");
    const store = openStore(db);
    generateDemo(store, { seed: 7, until: "2025-10-09", userName: "Kiểm thử" });
    store.close();
    const ctx = createAppContext({ storePath: db, mustExist: true });
    try {
      figures = new Map(reportRows(buildReport(ctx, resolvePeriod("2025-Q3", getProfile(ctx.profiles, "hai-phong")))).map((r) => [r.code, r.value]));
    } finally {
      ctx.store.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the figures `cchc indicators` gives, tells the province's own rows apart, and a --map sum is taken", async () => {
    const form = await formSoNoiVu();
    const input = path.join(tempDir(), form.fileName);
    writeFileSync(input, form.bytes);
    const out = path.join(path.dirname(input), "da-dien.xlsx");
    const args = ["fill-form", input, "--db", db, "--period", "2025-Q3", "--profile", "hai-phong", "--out", out];
    const human = cchc(args);
    expect(human.stderr).toContain(`${form.provinceOnly.length} dòng là chỉ tiêu riêng của biểu mẫu tỉnh, không có trong Phụ lục 3`);
    expect(human.stderr).not.toContain("chưa xác định");
    const sheet = (await load(readFileSync(out))).getWorksheet(form.sheetName)!;
    for (const [row, codes] of form.expected) {
      const parts = codes.map((c) => figures.get(c) ?? null);
      const figure = parts.some((p) => p === null) ? null : parts.reduce<number>((a, b) => a + b!, 0);
      expect(sheet.getCell(`E${row}`).value ?? null, codes.join("+")).toBe(figure);
    }

    const [own, other] = form.provinceOnly;
    const mapped = cchc([...args, "--json", "--map", `${own}=tthc.pakn.ky_truoc+tthc.pakn.tiep_nhan_moi,${other}=-`]);
    const doc = JSON.parse(mapped.stdout);
    expect(doc.filled.find((f: { row: number }) => f.row === own)).toMatchObject({ code: "tthc.pakn.ky_truoc+tthc.pakn.tiep_nhan_moi", how: "mapping" });
    expect(doc.provinceOnly.map((p: { row: number }) => p.row)).toEqual(form.provinceOnly.filter((r) => r !== own && r !== other));
    const bad = cchc([...args, "--map", `${own}=tthc.pakn.ky_truoc+tthc.khong_co`]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`Mã chỉ tiêu "tthc.khong_co" (gán cho dòng ${own})`);
  });
});
