/**
 * The full round of a report's department parts, as the Văn hóa - Xã hội
 * officer and the five departments of the demo commune do it: a package for
 * every department from the command line (the Excel form for the one without
 * the app), each filled on the department's side, all taken back, and the compiled outline, Phụ lục 3 and the history
 * showing what each department sent.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "../../core/import/exceljs";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { answerPackage } from "../../core/packages/answer";
import { readPackage, writePackage } from "../../core/packages/container";
import { readXlsxForm } from "../../core/packages/xlsx-form/read";
import { packageDashboard } from "../../core/packages/dashboard";
import type { DepartmentPart } from "../../core/packages/format";
import { cchc } from "../cli-runner";
import { paragraphs } from "../docx-text";
import { fillFormAsClerk } from "../fixtures/excel-clerk";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";

const commune = demoCommune("cchc-vong-");

/** Who fills each part, and the figure each corrects (one the checks of Phụ lục 3 still accept when raised). */
const DEPARTMENTS = [
  { code: "VP", by: "Trần Văn Nam", figure: "chidao.kh.tong" },
  { code: "KT", by: "Hoàng Văn Tùng", figure: "tai_chinh.ngan_sach.thu" },
  { code: "VHXH", by: "Lê Thị Mai", figure: "to_chuc.don_vi" },
  { code: "TTPVHCC", by: "Nguyễn Văn Hùng", figure: "tthc.danh_muc.tong" },
  { code: "TTVH", by: "Đỗ Thị Lan", figure: "chidao.tuyen_truyen.tin_bai" },
] as const;

const EXCEL_DEPARTMENT = "KT";

/** The package inside an Excel form, as the form was sent (read back unfilled). */
async function formPackage(file: string) {
  const opened = await readXlsxForm(readFileSync(file), path.basename(file));
  const { entries: _e, format: _f, formatVersion: _v, ...manifest } = opened.manifest;
  return readPackage(writePackage({ ...manifest, direction: "giao" }, opened.part), path.basename(file));
}

const textFor = (dept: string) => `Báo cáo của ${dept}: đã thực hiện đầy đủ nhiệm vụ cải cách hành chính được giao trong kỳ.`;

/** What a department writes into its part: its first text, its figure raised by 3, and for its first evidence item a document of the register. */
function fill(dept: (typeof DEPARTMENTS)[number], part: DepartmentPart, document: { numberSymbol: string; date: string; summary: string }): DepartmentPart {
  const filled = structuredClone(part);
  filled.texts[0]!.answer = textFor(dept.code);
  const figure = filled.figures.find((f) => f.code === dept.figure)!;
  figure.answer = (figure.current ?? 0) + 3;
  const evidence = filled.evidence.find((e) => !e.current.some((d) => d.numberSymbol === document.numberSymbol));
  if (evidence) evidence.answer = [document];
  return filled;
}

describe("the full round of department parts", () => {
  it("sends all five departments their packages, takes all five back, and the outline, Phụ lục 3 and the history show their answers", async () => {
    const ctx = commune.officer();
    const db = ctx.store.path;
    const dir = commune.dir;
    const document = ctx.store.sqlite.prepare("SELECT number_symbol AS numberSymbol, date, summary FROM documents WHERE number_symbol = '16/KH-UBND'").get() as {
      numberSymbol: string;
      date: string;
      summary: string;
    };
    ctx.store.close();

    const expectedFigures = new Map<string, number>();
    for (const dept of DEPARTMENTS) {
      const { code, by } = dept;
      // The economy department has no app: it gets the Excel form and fills it in Excel.
      const byExcel = code === EXCEL_DEPARTMENT;
      const sentFile = path.join(dir, `${code}${byExcel ? ".xlsx" : ".cchc"}`);
      const created = cchc(["package", "create", "--db", db, "--dept", code, "--period", DEMO_WINDOW, "--out", sentFile, "--user", "Nguyễn Thị Hương", "--chap-nhan-qua-han"]);
      expect(created.status, created.stderr).toBe(0);
      expect(created.stdout).toContain(`Đã tạo ${byExcel ? "mẫu Excel" : "gói"} cho `);
      const sent = byExcel ? await formPackage(sentFile) : readPackage(readFileSync(sentFile), `${code}.cchc`);
      expect(sent.manifest.department.code).toBe(code);
      const part = fill(dept, sent.part, document);
      expectedFigures.set(dept.figure, part.figures.find((f) => f.code === dept.figure)!.answer!);
      const replyFile = path.join(dir, `${code}-tra-loi${byExcel ? ".xlsx" : ".cchc"}`);
      writeFileSync(replyFile, byExcel ? await fillFormAsClerk(readFileSync(sentFile), sent.part, part, by) : answerPackage({ userName: by, now: () => new Date("2025-10-08T03:00:00Z") }, sent, part));

      const taken = cchc(["package", "import", replyFile, "--db", db, "--json", "--user", "Nguyễn Thị Hương"]);
      expect(taken.status, taken.stderr).toBe(0);
      const result = JSON.parse(taken.stdout) as { changes: { id: string; conflict: string | null }[]; applied: string[] };
      expect(result.changes.filter((c) => c.conflict)).toEqual([]);
      expect(result.applied).toEqual(expect.arrayContaining([`noi-dung:${part.texts[0]!.itemKey}`, `so-lieu:${dept.figure}`]));
    }

    // Phụ lục 3: the figures the departments sent, in the indicators and in the exported workbook.
    const indicators = cchc(["indicators", "--db", db, "--period", DEMO_WINDOW, "--json"]);
    const values = (JSON.parse(indicators.stdout) as { values: Record<string, number | null> }).values;
    for (const [code, value] of expectedFigures) expect(values[code], code).toBe(value);
    const workbookFile = path.join(dir, "phu-luc-3.xlsx");
    const exported = cchc(["export", "phu-luc-3", "--db", db, "--period", DEMO_WINDOW, "--out", workbookFile]);
    expect(exported.status, exported.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(workbookFile) as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    // Every figure a numeric cell, as the departments sent it.
    for (const [code, value] of expectedFigures) expect(cells, code).toContain(value);

    // The compiled outline: every department's text in its item.
    const outlineFile = path.join(dir, "de-cuong.docx");
    // Written either way: final (0), or a draft (1) while the demo's other gaps remain.
    expect(cchc(["export", "de-cuong", "--db", db, "--period", DEMO_WINDOW, "--out", outlineFile]).status).not.toBe(2);
    const body = paragraphs(outlineFile).join("\n");
    for (const { code } of DEPARTMENTS) expect(body).toContain(textFor(code));

    // The dashboard and its history: five sent, five received, with who sent each.
    const officer = createAppContext({ storePath: db, userName: "Nguyễn Thị Hương" });
    const dashboard = packageDashboard(officer, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW });
    officer.store.close();
    expect(dashboard.departments.map((d) => d.receivedAt !== null)).toEqual([true, true, true, true, true]);
    expect(dashboard.departments.every((d) => d.state === "da_nhan" || d.state === "can_bo_sung")).toBe(true);
    const received = dashboard.events.filter((e) => e.direction === "nhan");
    expect(received.map((e) => [e.departmentCode, e.sender!.split(" (")[0]]).sort()).toEqual(DEPARTMENTS.map((d) => [d.code, d.by]).sort());
    expect(dashboard.events.filter((e) => e.direction === "gui").map((e) => e.sender)).toEqual(Array(5).fill("Nguyễn Thị Hương"));
  }, 240_000);
});
