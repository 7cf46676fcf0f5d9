/**
 * One limit per text field, shared by the screens, the API, the imports and
 * the department package: what one of them accepts the others accept, and a
 * longer value is a row-level rejection, never a silent store. A CSV file or
 * cell too large is refused without reading it whole.
 */
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dispatch } from "../../core/api/dispatch";
import type { AppContext } from "../../core/context";
import { importDossiers } from "../../core/dossiers/import";
import { AppError } from "../../shared/errors";
import { FIELD_LIMITS } from "../../core/field-limits";
import { CSV_LIMITS } from "../../core/import/csv-limits";
import { parseCsv } from "../../core/import/table-reader";
import { readPackage } from "../../core/packages/container";
import { importRegister } from "../../core/records/import/register-import";
import { useTempDir } from "../helpers";
import { officeContext } from "../fixtures/office-context";
import { HEADERS_VI } from "../fixtures/dossier-exports";

const tempDir = useTempDir("cchc-gioi-han-");

const NOW = new Date("2025-10-20T02:00:00Z");
const MB = 1024 * 1024;

const newContext = (): AppContext => officeContext(tempDir(), NOW);

const fromFile = (file: string) => ({ fileName: path.basename(file), path: file });

const count = (ctx: AppContext, table: string) => ctx.store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** A dossier CSV with one good row, then a row whose "Tên thủ tục" is `cellBytes` letters, then another good row; written in pieces. */
function dossierCsvWithHugeCell(file: string, cellBytes: number) {
  const fd = openSync(file, "w");
  const row = (n: number, name: string) => `${n};000.00.21.H23-251001-000${n};${name};Hộ tịch;Nguyễn Văn An;01/10/2025;03/10/2025;;Đang xử lý;Trực tuyến\n`;
  writeSync(fd, `${HEADERS_VI.join(";")}\n${row(1, "Đăng ký khai sinh")}2;000.00.21.H23-251001-0002;`);
  const chunk = "x".repeat(MB);
  for (let left = cellBytes; left > 0; left -= chunk.length) writeSync(fd, left >= chunk.length ? chunk : chunk.slice(0, left));
  writeSync(fd, `;Hộ tịch;Trần Thị Bình;01/10/2025;03/10/2025;;Đang xử lý;Trực tuyến\n${row(3, "Đăng ký kết hôn")}`);
  closeSync(fd);
}

/** What running `job` adds to the process's resident memory, at its highest, sampled while it runs. */
async function peakRssGrowth(job: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    await job();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().rss) - before;
}

describe("a CSV file or cell larger than any real export", () => {
  it("is refused before reading when the file is over the limit, naming the file and both sizes, the data unchanged", async () => {
    const file = path.join(tempDir(), "ho-so-100mb.csv");
    dossierCsvWithHugeCell(file, 100 * MB);
    const ctx = newContext();
    let error: unknown;
    const started = Date.now();
    const growth = await peakRssGrowth(() => importDossiers(ctx, fromFile(file)).catch((e) => (error = e)));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("import_too_large");
    expect((error as AppError).message).toBe(
      'Tệp "ho-so-100mb.csv": tệp CSV nặng 100 MB, quá lớn để nhập (tối đa 64 MB). Dữ liệu không thay đổi. Hãy kiểm tra đúng tệp cần nhập, hoặc chia thành nhiều tệp nhỏ hơn (ví dụ xuất theo từng quý).',
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(growth).toBeLessThan(50 * MB);
    expect(count(ctx, "dossiers")).toBe(0);
  });

  it("rejects the row of a cell over the limit, naming row and column, and keeps no more of the cell than the limit while parsing", async () => {
    const file = path.join(tempDir(), "ho-so-o-lon.csv");
    dossierCsvWithHugeCell(file, 24 * MB);
    const ctx = newContext();
    let result: Awaited<ReturnType<typeof importDossiers>> | undefined;
    const growth = await peakRssGrowth(async () => (result = await importDossiers(ctx, fromFile(file))));
    expect(result!.inserted).toBe(2);
    expect(result!.rejected).toEqual([{ row: 3, reason: `Ô ở cột “Tên thủ tục” dài quá ${FIELD_LIMITS.title.toLocaleString("vi-VN")} ký tự.` }]);
    expect(growth).toBeLessThan(300 * MB);
    const longest = ctx.store.sqlite.prepare("SELECT max(length(procedure_name)) FROM dossiers").pluck().get() as number;
    expect(longest).toBeLessThanOrEqual(FIELD_LIMITS.title);
  }, 30_000);

  it("parses a cell longer than the cell limit as its first characters only, quoted or not, and the cells after it as they are", () => {
    const long = "a".repeat(CSV_LIMITS.cellChars + 1000);
    const rows = [...parseCsv(`x;"${long}""q";y\n${long};z\n`, ";")];
    expect(rows.map((r) => r.cells.map((c) => (typeof c === "string" ? c.length : c)))).toEqual([
      [1, CSV_LIMITS.cellChars, 1],
      [CSV_LIMITS.cellChars, 1],
    ]);
    expect(rows[0]!.cells[2]).toBe("y");
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2]);
  });
});

describe("a register import's text longer than the field on the screen", () => {
  it("rejects the row naming the column: a 50.000-character trích yếu is not stored", async () => {
    const file = path.join(tempDir(), "so-van-ban.csv");
    const header = "Số, ký hiệu;Ngày tháng;Tên loại;Trích yếu nội dung;Người ký";
    writeFileSync(
      file,
      [
        header,
        "15/QĐ-UBND;10/01/2025;Quyết định;Về việc ban hành Kế hoạch CCHC năm 2025;Nguyễn Văn An",
        `16/QĐ-UBND;11/01/2025;Quyết định;${"Trích yếu rất dài ".repeat(50_000 / 18 + 1)};Nguyễn Văn An`,
        `17/QĐ-UBND;12/01/2025;Quyết định;${"t".repeat(FIELD_LIMITS.summary)};Nguyễn Văn An`,
        `${"1".repeat(FIELD_LIMITS.code + 1)};13/01/2025;Quyết định;Số ký hiệu quá dài;Nguyễn Văn An`,
      ].join("\n"),
    );
    const ctx = newContext();
    const r = await importRegister(ctx, "documents", fromFile(file));
    expect(r.inserted).toBe(2);
    expect(r.rejected).toEqual([
      { row: 3, reason: "Ô ở cột “Trích yếu nội dung” dài quá 2.000 ký tự." },
      { row: 5, reason: `Ô ở cột “Số, ký hiệu” dài quá ${FIELD_LIMITS.code} ký tự.` },
    ]);
    const longest = ctx.store.sqlite.prepare("SELECT max(length(summary)) FROM documents").pluck().get();
    expect(longest).toBe(FIELD_LIMITS.summary);
  });

  it("rejects a value the import derives from elsewhere in the file when it would not fit: a plan's section title as the tasks' area", async () => {
    const file = path.join(tempDir(), "ke-hoach.csv");
    const heading = "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH ".repeat(12);
    writeFileSync(file, ["STT;Nội dung nhiệm vụ;Đơn vị chủ trì;Thời gian hoàn thành", `I;${heading};;`, "1;Ban hành kế hoạch CCHC;Văn phòng;Quý I"].join("\n"));
    const ctx = newContext();
    const r = await importRegister(ctx, "plan_tasks", fromFile(file), { year: 2025 });
    expect(r.inserted).toBe(0);
    expect(r.rejected).toEqual([{ row: 3, reason: `Lĩnh vực cải cách dài quá ${FIELD_LIMITS.name} ký tự.` }]);
  });
});

describe("a dossier import's text longer than its field", () => {
  it("rejects the row naming the column: Mã hồ sơ, Tên thủ tục, Chủ hồ sơ", async () => {
    const file = path.join(tempDir(), "ho-so.csv");
    const row = (n: number, code: string, name: string, applicant: string) => `${n};${code};${name};Hộ tịch;${applicant};01/10/2025;03/10/2025;;Đang xử lý;Trực tuyến`;
    writeFileSync(
      file,
      [
        HEADERS_VI.join(";"),
        row(1, "000.00.21.H23-251001-0001", "Đăng ký khai sinh", "Nguyễn Văn An"),
        row(2, "0".repeat(FIELD_LIMITS.code + 1), "Đăng ký khai sinh", "Nguyễn Văn An"),
        row(3, "000.00.21.H23-251001-0003", "Đ".repeat(FIELD_LIMITS.title + 1), "Nguyễn Văn An"),
        row(4, "000.00.21.H23-251001-0004", "Đăng ký khai sinh", "N".repeat(FIELD_LIMITS.name + 1)),
      ].join("\n"),
    );
    const ctx = newContext();
    const r = await importDossiers(ctx, fromFile(file));
    expect(r.inserted).toBe(1);
    expect(r.rejected).toEqual([
      { row: 3, reason: `Ô ở cột “Mã hồ sơ” dài quá ${FIELD_LIMITS.code} ký tự.` },
      { row: 4, reason: `Ô ở cột “Tên thủ tục” dài quá ${FIELD_LIMITS.title} ký tự.` },
      { row: 5, reason: `Ô ở cột “Chủ hồ sơ” dài quá ${FIELD_LIMITS.name} ký tự.` },
    ]);
  });
});

type Result = Awaited<ReturnType<typeof dispatch>>;
const ok = <T>(r: Result): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};

describe("the screens' limits in the API and the package", () => {
  it("the API saves a trích yếu of exactly the limit and refuses one character more as invalid input", async () => {
    const ctx = newContext();
    const record = (summary: string) => ({ numberSymbol: "15/QĐ-UBND", date: "2025-01-10", kind: "Quyết định", summary });
    ok(await dispatch(ctx, "registers.save", { register: "documents", record: record("t".repeat(FIELD_LIMITS.summary)) }));
    const refused = await dispatch(ctx, "registers.save", { register: "documents", record: { ...record("t".repeat(FIELD_LIMITS.summary + 1)), numberSymbol: "16/QĐ-UBND" } });
    expect(refused.ok ? null : refused.error.code).toBe("invalid_input");
    expect(refused.ok ? null : refused.error.message).toContain("Trích yếu dài quá 2.000 ký tự");
    const unit = await dispatch(ctx, "unit.save", { name: "X".repeat(FIELD_LIMITS.name + 1), kind: "xa", provinceName: null, placeName: null, profileId: "hai-phong", address: null });
    expect(unit.ok ? null : unit.error.code).toBe("invalid_input");
  });

  it("a package carrying a document of the longest number-symbol and trích yếu the screen allows is opened by the department", async () => {
    const ctx = newContext();
    ok(await dispatch(ctx, "unit.save", { name: "Xã Cẩm Giang", kind: "xa", provinceName: "Thành phố Hải Phòng", placeName: "Cẩm Giang", profileId: "hai-phong", address: null }));
    const longest = {
      numberSymbol: `1/${"Q".repeat(FIELD_LIMITS.code - 2)}`,
      date: "2025-08-01",
      kind: "Quyết định",
      summary: `${"Tóm tắt ".repeat(FIELD_LIMITS.summary / 8).slice(0, FIELD_LIMITS.summary - 1)}.`,
    };
    const doc = ok<{ id: number }>(await dispatch(ctx, "registers.save", { register: "documents", record: longest }));
    const request = { outlineId: "de-cuong-kiem-tra-2025", period: "2025-07-01..2025-10-09" };
    const outline = ok<{ sections: OutlineNode[] }>(await dispatch(ctx, "outline.get", request));
    const item = findNode(outline.sections, (n) => n.evidenceExpected && n.children.length === 0 && n.departments.length > 0)!;
    ok(await dispatch(ctx, "outline.linkEvidence", { ...request, itemKey: item.key, documentId: doc.id, linked: true }));
    const created = ok<{ fileName: string; contentBase64: string }>(await dispatch(ctx, "packages.create", { ...request, departmentCode: item.departments[0]!, confirmPastDeadline: true }));
    const opened = readPackage(Buffer.from(created.contentBase64, "base64"), created.fileName);
    const sent = opened.part.evidence.find((e) => e.itemKey === item.key)!;
    expect(sent.current).toEqual([{ numberSymbol: longest.numberSymbol, date: longest.date, summary: longest.summary }]);
  });
});

interface OutlineNode {
  key: string;
  departments: string[];
  evidenceExpected: boolean;
  children: OutlineNode[];
}

function findNode(nodes: OutlineNode[], test: (n: OutlineNode) => boolean): OutlineNode | undefined {
  for (const n of nodes) {
    if (test(n)) return n;
    const found = findNode(n.children, test);
    if (found) return found;
  }
  return undefined;
}
