import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { dispatch } from "../../core/api/dispatch";
import type { FilledNode, FilledOutline } from "../../core/outline/filled-types";
import { BLANK } from "../../core/outline/template";
import { NOTHING_TO_RATE } from "../../core/outline/fill";
import { cchc } from "../cli-runner";
import { entryContent, readZip } from "../../core/zip";
import { docxPart, paragraphs } from "../docx-text";
import { storeSnapshot } from "../fixtures/store-snapshot";
import { repoRoot, useTempDir } from "../helpers";

const tempDir = useTempDir();
const INSPECTION_WINDOW = "2025-07-01..2025-10-09";

let db = "";
let outline: FilledOutline;

const dbDir = mkdtempSync(path.join(os.tmpdir(), "cchc-outline-"));
afterAll(() => rmSync(dbDir, { recursive: true, force: true }));

beforeAll(async () => {
  db = path.join(dbDir, "cam-giang.sqlite");
  expect(cchc(["demo", "--db", db, "--until", "2026-01-31"]).status).toBe(0);
  const ctx = createAppContext({ storePath: db, userName: "Kiểm thử" });
  const r = await dispatch(ctx, "outline.get", { outlineId: "de-cuong-kiem-tra-2025", period: INSPECTION_WINDOW });
  ctx.store.close();
  if (!r.ok) throw new Error(r.error.message);
  outline = r.value as FilledOutline;
}, 120_000);

function exportDocx(kind: string, period: string, ...extra: string[]): { file: string; status: number | null; stderr: string; stdout: string } {
  const file = path.join(tempDir(), `${kind}-${Math.random().toString(36).slice(2)}.docx`);
  const r = cchc(["export", kind, "--db", db, "--period", period, "--out", file, ...extra]);
  return { file, ...r };
}

const OUTBOX_TABLES = ["outbox_entries", "sqlite_sequence"];
function recordsOf(file: string): Record<string, string> {
  const sqlite = new Database(file, { readonly: true });
  try {
    return storeSnapshot(sqlite, OUTBOX_TABLES);
  } finally {
    sqlite.close();
  }
}

const flat = (nodes: FilledNode[]): FilledNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("cchc export de-cuong", () => {
  it("writes every heading and item of the outline, in order, with diacritics and the demo's figures in place of the blanks", () => {
    const before = recordsOf(db);
    const r = exportDocx("de-cuong", INSPECTION_WINDOW);
    // The demo leaves texts unwritten: a draft, exit 1 (draft-export.test.ts).
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain("Đã xuất bản dự thảo báo cáo theo đề cương kiểm tra");
    // Exporting changes no record: it only adds the file to Hộp thư đi.
    expect(recordsOf(db)).toEqual(before);

    const body = paragraphs(r.file).join("\n");
    const expected = readFileSync(path.join(repoRoot, "test", "fixtures", "outline", "de-cuong-2025-lines.txt"), "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    expect(expected.length).toBeGreaterThan(80);
    let from = 0;
    for (const line of expected) {
      const pattern = new RegExp(escape(line).replaceAll(`${BLANK}%`, `(?:[0-9.,]+%|${BLANK}%|${NOTHING_TO_RATE})`).replaceAll(BLANK, `(?:[0-9.,]+|${BLANK})`));
      const match = pattern.exec(body.slice(from));
      expect(match, `"${line}" không có (hoặc sai thứ tự) trong tệp Word`).not.toBeNull();
      from += match!.index + match![0].length;
    }
  });

  it("fills every numeric item of the outline for the demo commune: no blank left where a figure exists", () => {
    const numeric = flat(outline.sections).filter((n) => n.figures.length > 0 || n.facts.length > 0);
    expect(numeric.length).toBeGreaterThan(30);
    expect(outline.progress.figures.done).toBe(outline.progress.figures.total);
    const body = paragraphs(exportDocx("de-cuong", INSPECTION_WINDOW).file);
    for (const node of numeric) {
      if (node.figures.length > 0) {
        expect(node.text).not.toContain(BLANK);
        expect(
          body.some((p) => p.includes(node.text)),
          node.text,
        ).toBe(true);
      }
      for (const fact of node.facts)
        expect(
          body.some((p) => p.includes(fact.text)),
          fact.text,
        ).toBe(true);
    }
  });

  it("meets Nghị định 30/2020: A4, the margins, Times New Roman 13–14 pt, page numbers from page 2", () => {
    const file = exportDocx("de-cuong", INSPECTION_WINDOW).file;
    const xml = docxPart(file, "word/document.xml");
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) {
      expect(s).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
      const margin = (side: string) => Number(new RegExp(`<w:pgMar[^>]*w:${side}="(\\d+)"`).exec(s)![1]);
      const mm = (twips: number) => (twips * 25.4) / 1440;
      expect(mm(margin("top"))).toBeGreaterThanOrEqual(20);
      expect(mm(margin("top"))).toBeLessThanOrEqual(25);
      expect(mm(margin("bottom"))).toBeGreaterThanOrEqual(20);
      expect(mm(margin("bottom"))).toBeLessThanOrEqual(25);
      expect(mm(margin("left"))).toBeGreaterThanOrEqual(30);
      expect(mm(margin("left"))).toBeLessThanOrEqual(35);
      expect(mm(margin("right"))).toBeGreaterThanOrEqual(15);
      expect(mm(margin("right"))).toBeLessThanOrEqual(20);
      expect(s).toContain("<w:titlePg");
    }
    const styles = docxPart(file, "word/styles.xml");
    const fonts = new Set([...`${styles}${xml}`.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(["Times New Roman"]);
    const sizes = [...xml.matchAll(/<w:sz w:val="(\d+)"/g)].map((m) => Number(m[1]));
    const body = sizes.filter((s) => s >= 26 && s <= 28).length;
    expect(body / sizes.length).toBeGreaterThan(0.8);
    const headers = readZip(readFileSync(file))
      .filter((e) => /^word\/header\d*\.xml$/.test(e.name))
      .map((e) => entryContent(e).toString("utf8"));
    expect(headers.some((h) => /PAGE/.test(h))).toBe(true);
    const text = paragraphs(file).join("\n");
    for (const line of [
      "ỦY BAN NHÂN DÂN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "/BC-UBND",
      "Cẩm Giang, ngày",
      "BÁO CÁO",
      "Nơi nhận:",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
    ]) {
      expect(text).toContain(line);
    }
  });

  it("takes an outline file given on the command line, and refuses a broken one with nothing written", () => {
    const custom = JSON.parse(readFileSync(path.join(repoRoot, "templates", "de-cuong-kiem-tra-2025.json"), "utf8"));
    custom.id = "de-cuong-kiem-tra-2026";
    custom.sections[0].text = "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH NĂM 2026";
    const good = path.join(tempDir(), "de-cuong-2026.json");
    writeFileSync(good, JSON.stringify(custom));
    const r = exportDocx("de-cuong", "2026-01-01..2026-01-31", "--outline", good);
    expect(r.status, r.stderr).toBe(1);
    expect(paragraphs(r.file).join("\n")).toContain("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH NĂM 2026");

    custom.sections[0].children[0].figures = ["khong.co.ma"];
    const bad = path.join(tempDir(), "hong.json");
    writeFileSync(bad, JSON.stringify(custom));
    const refused = exportDocx("de-cuong", INSPECTION_WINDOW, "--outline", bad);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toContain('Tệp đề cương "hong.json" không hợp lệ');
  });
});

describe("cchc export bao-cao and minh-chung", () => {
  it("writes the annual report with Phụ lục 3 appended, or without it when asked", () => {
    const r = exportDocx("bao-cao", "2025-Y");
    expect(r.status, r.stderr).toBe(0);
    const text = paragraphs(r.file).join("\n");
    expect(text).toContain("Kết quả thực hiện công tác cải cách hành chính năm 2025");
    expect(text).toContain("PHỤ LỤC 3");
    expect(text).toContain("Tổng số hồ sơ TTHC");
    const without = exportDocx("bao-cao", "2025-Y", "--khong-phu-luc-3");
    expect(paragraphs(without.file).join("\n")).not.toContain("PHỤ LỤC 3");
  });

  it("carries the estimates with --estimate: the text quotes the figures its Phụ lục 3 sends, marked where they differ", () => {
    const json = JSON.parse(cchc(["indicators", "--db", db, "--period", "2025-Y", "--estimate", "--json"]).stdout) as { values: Record<string, number>; estimated: Record<string, number> };
    const total = json.estimated["tthc.ho_so.tong"]!;
    expect(total).not.toBe(json.values["tthc.ho_so.tong"]);
    const r = exportDocx("bao-cao", "2025-Y", "--estimate");
    expect(r.status, r.stderr).not.toBe(2);
    const text = paragraphs(r.file).join("\n");
    expect(text).toContain("(Số liệu báo cáo tính từ 15/12/2024 đến 09/12/2025; số liệu ước đạt đến ngày 14/12/2025.)");
    expect(text).toContain(new Intl.NumberFormat("vi-VN").format(total));
    expect(text).toContain("(ước) Thực tế đến 09/12/2025");
    const actual = paragraphs(exportDocx("bao-cao", "2025-Y").file).join("\n");
    expect(actual).not.toMatch(/ước (đạt|tính)|\(ước\)/);
  });

  it("refuses a window the annual report is not written for, with a one-line Vietnamese reason", () => {
    const r = exportDocx("bao-cao", "2025-Q1");
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/chỉ lập cho kỳ năm/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("writes the evidence checklist with the inspection's date and time and the documents of the demo", () => {
    const r = exportDocx("minh-chung", INSPECTION_WINDOW);
    expect(r.status, r.stderr).toBe(0);
    const text = paragraphs(r.file).join("\n");
    expect(text).toContain("DANH MỤC TÀI LIỆU MINH CHỨNG");
    expect(text).toContain("16/10/2025");
    expect(text).toMatch(/13 giờ 30/);
    const linked = flat(outline.sections).flatMap((n) => n.evidence);
    expect(linked.length).toBeGreaterThan(5);
    for (const doc of linked) expect(text).toContain(doc.numberSymbol);
  });
});
