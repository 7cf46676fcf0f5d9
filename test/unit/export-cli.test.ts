import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../../db/store";
import { generateDemo } from "../../core/demo";
import ExcelJS from "../../core/import/exceljs";
import { cchc } from "../cli-runner";
import { sha256File, useTempDir } from "../helpers";

const tempDir = useTempDir();

function demoStore(): string {
  const db = path.join(tempDir(), "xa.sqlite");
  const store = openStore(db);
  generateDemo(store, { seed: 3, until: "2025-12-20", userName: "Kiểm thử" });
  store.close();
  return db;
}

async function columnD(file: string): Promise<Map<string, unknown> & { all: unknown[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Phụ lục 3")!;
  const byLabel = new Map<string, unknown>();
  const all: unknown[] = [];
  ws.eachRow((row) => {
    byLabel.set(String(row.getCell(2).value ?? ""), row.getCell(4).value);
    all.push(row.getCell(4).value);
  });
  return Object.assign(byLabel, { all });
}

describe("cchc export phu-luc-3", () => {
  it("writes the demo commune's year with a figure on every row and no error, exit 0", async () => {
    const db = demoStore();
    const out = path.join(tempDir(), "Phụ lục 3 năm 2025.xlsx");
    const r = cchc(["export", "phu-luc-3", "--db", db, "--period", "2025-Y", "--out", out]);
    expect(r.stderr).not.toMatch(/Lỗi:/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Đã xuất Phụ lục 3 (Năm 2025)");
    const json = JSON.parse(cchc(["indicators", "--db", db, "--period", "2025-Y", "--json"]).stdout) as { values: Record<string, number | null> };
    expect(Object.values(json.values).every((v) => typeof v === "number")).toBe(true);
    const cells = await columnD(out);
    expect(cells.get("Số hồ sơ tiếp nhận mới trong kỳ")).toBe(json.values["tthc.ho_so.tiep_nhan_moi"]);
    expect([...cells.values()].filter((v) => v === "–")).toHaveLength(0);
    // A SUM over the figure column gives what the figures add up to.
    const numbers = cells.all.filter((v): v is number => typeof v === "number");
    expect(numbers).toHaveLength(Object.keys(json.values).length);
    expect(numbers.reduce((a, b) => a + b, 0)).toBeCloseTo(
      Object.values(json.values).reduce<number>((a, b) => a + b!, 0),
      6,
    );
  });

  it("still writes a table with errors, marked DỰ THẢO, lists the problems on stderr and exits 1", async () => {
    const dir = tempDir();
    const db = path.join(dir, "xa.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    const out = path.join(dir, "pl3.xlsx");
    const r = cchc(["export", "phu-luc-3", "--db", db, "--period", "2025-Q1", "--out", out, "--json"]);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout) as { draft: boolean; checks: { level: string }[] };
    expect(doc.draft).toBe(true);
    expect(doc.checks.some((c) => c.level === "error")).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    wb.getWorksheet("Phụ lục 3")!.eachRow((row) => texts.push(String(row.getCell(1).value ?? "")));
    expect(texts.some((t) => t.startsWith("DỰ THẢO – số liệu còn"))).toBe(true);
  });

  it("refuses, exit 2 with one Vietnamese line, without touching the store: no kind, a wrong extension, a missing period", () => {
    const db = demoStore();
    const before = sha256File(db);
    const out = path.join(tempDir(), "x.docx");
    for (const [argv, pattern] of [
      [["export", "--db", db, "--period", "2025-Y", "--out", out], /^Cần chỉ rõ loại tệp cần xuất: phu-luc-3/],
      [["export", "phu-luc-3", "--db", db, "--period", "2025-Y", "--out", out], /^Tệp xuất Phụ lục 3 phải có đuôi \.xlsx/],
      [["export", "phu-luc-3", "--db", db, "--out", "a.xlsx"], /--period/],
      [["export", "phu-luc-3", "--db", db, "--period", "2025-Y", "--out", path.join(tempDir(), "khong-co", "a.xlsx")], /^Không ghi được tệp/],
    ] as const) {
      const r = cchc([...argv]);
      expect(r.status, argv.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
    }
    expect(existsSync(out)).toBe(false);
    expect(sha256File(db)).toBe(before);
  });
});
