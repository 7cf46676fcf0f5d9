/**
 * Draft or final, never in between: a report with anything missing goes out
 * marked DỰ THẢO with its gaps listed (stderr, --json, the API); a report with
 * nothing missing goes out final, without the mark and without a placeholder.
 * And the evidence checklist's counts are the counts of the rows it prints.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dispatch } from "../../core/api/dispatch";
import type { AppContext } from "../../core/context";
import { flattenNodes, type FilledNode, type FilledOutline } from "../../core/outline/filled-types";
import { BLANK } from "../../core/outline/template";
import { cchc } from "../cli-runner";
import { docxPart, paragraphs } from "../docx-text";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";

const commune = demoCommune("cchc-du-thao-");

async function call<T>(ctx: AppContext, method: string, input: object): Promise<T> {
  const r = await dispatch(ctx, method as never, input as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

/** A copy of the demo commune, closed, for the command line to open. */
async function communeFile(prepare?: (ctx: AppContext) => Promise<void>): Promise<string> {
  const ctx = commune.officer();
  await prepare?.(ctx);
  const file = ctx.store.path;
  ctx.store.close();
  return file;
}

function exportFile(db: string, kind: string, period: string, ...extra: string[]) {
  const out = path.join(path.dirname(db), `${kind}-${Math.random().toString(36).slice(2)}.docx`);
  return { out, ...cchc(["export", kind, "--db", db, "--period", period, "--out", out, ...extra]) };
}

const DRAFT_MARK = "DỰ THẢO";
const PLACEHOLDER = "Chưa có nội dung";

/** The items still missing a department's text: the gaps the demo leaves. */
const missingTexts = (outline: FilledOutline) =>
  flattenNodes(outline.sections).flatMap((n: FilledNode) => (n.narrative && !n.narrative.merged ? n.narrative.departments.filter((d) => !d.current).map((d) => ({ node: n, department: d })) : []));

describe("a report with gaps is a draft", () => {
  it("de-cuong: DỰ THẢO on the first page, each missing text marked, one stderr line per gap, exit 1", async () => {
    let outline!: FilledOutline;
    const db = await communeFile(async (ctx) => {
      outline = await call<FilledOutline>(ctx, "outline.get", { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW });
    });
    const gaps = missingTexts(outline);
    // The demo leaves an item nobody wrote and an item one of several departments has not.
    expect(gaps.some((g) => !g.node.narrative!.text.trim())).toBe(true);
    expect(gaps.some((g) => g.node.narrative!.text.trim())).toBe(true);

    const r = exportFile(db, "de-cuong", DEMO_WINDOW);
    expect(r.status, r.stderr).toBe(1);
    const body = paragraphs(r.out);
    expect(body[0]).toBe(DRAFT_MARK);
    expect(docxPart(r.out, "word/document.xml")).toMatch(new RegExp(`<w:b/>[\\s\\S]{0,400}?${DRAFT_MARK}`));
    expect(body.filter((p) => p === DRAFT_MARK)).toHaveLength(1);
    const stderr = r.stderr.split("\n");
    for (const { node, department } of gaps) {
      expect(
        body.some((p) => p.includes(PLACEHOLDER) && p.includes(department.departmentName)),
        `${node.key} – ${department.departmentName}`,
      ).toBe(true);
      expect(
        stderr.some((l) => l.includes(node.key) && l.includes(department.departmentName) && l.includes("chưa có nội dung")),
        `${node.key}\n${r.stderr}`,
      ).toBe(true);
    }
    expect(r.stdout).toContain(DRAFT_MARK.toLocaleLowerCase("vi"));

    const json = exportFile(db, "de-cuong", DEMO_WINDOW, "--json");
    expect(json.status).toBe(1);
    const printed = JSON.parse(json.stdout);
    expect(printed.draft).toBe(true);
    expect(printed.gaps.map((g: { item: string }) => g.item).sort()).toEqual([...new Set(gaps.map((g) => g.node.key))].sort());
  });

  it("the API says draft and lists the gaps, for the screen to show", async () => {
    const ctx = commune.officer();
    const file = await call<{ fileName: string; draft: boolean; gaps: { item: string | null; departments: string[]; message: string }[] }>(ctx, "outline.exportDocx", {
      outlineId: DEMO_OUTLINE,
      period: DEMO_WINDOW,
    });
    const outline = await call<FilledOutline>(ctx, "outline.get", { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW });
    ctx.store.close();
    expect(file.draft).toBe(true);
    for (const { node, department } of missingTexts(outline)) {
      expect(file.gaps.some((g) => g.item === node.key && g.departments.includes(department.departmentName) && g.message.includes(node.key))).toBe(true);
    }
  });

  it("de-cuong with every text written is final: no DỰ THẢO, no placeholder, no blank, exit 0", async () => {
    const db = await communeFile(async (ctx) => {
      const outline = await call<FilledOutline>(ctx, "outline.get", { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW });
      for (const { node, department } of missingTexts(outline)) {
        await call(ctx, "outline.saveText", {
          outlineId: DEMO_OUTLINE,
          period: DEMO_WINDOW,
          itemKey: node.key,
          departmentCode: department.departmentCode,
          body: `Nội dung của ${department.departmentName}.`,
        });
      }
    });
    const r = exportFile(db, "de-cuong", DEMO_WINDOW, "--json");
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ draft: false, gaps: [] });
    const text = paragraphs(r.out).join("\n");
    expect(text).not.toContain(DRAFT_MARK);
    expect(text).not.toContain(PLACEHOLDER);
    expect(text).not.toContain(BLANK);
  });

  it("bao-cao: final while Phụ lục 3 passes its checks; a draft naming the check once an error is entered", async () => {
    const finalDb = await communeFile();
    const final = exportFile(finalDb, "bao-cao", "2025-Y");
    expect(final.status, final.stderr).toBe(0);
    expect(paragraphs(final.out).join("\n")).not.toContain(DRAFT_MARK);

    const wrongDb = await communeFile(async (ctx) => {
      await call(ctx, "report.setValue", { period: "2025-Y", code: "chidao.kh.hoan_thanh", value: 999, reason: "Nhập nhầm để kiểm thử" });
    });
    const draft = exportFile(wrongDb, "bao-cao", "2025-Y", "--json");
    expect(draft.status).toBe(1);
    const printed = JSON.parse(draft.stdout);
    expect(printed.draft).toBe(true);
    expect(printed.gaps.some((g: { kind: string; message: string }) => g.kind === "phu_luc_3" && g.message.startsWith("Phụ lục 3:"))).toBe(true);
    expect(draft.stderr).toMatch(/^.*Phụ lục 3:.*$/m);
    const body = paragraphs(draft.out);
    expect(body[0]).toBe(DRAFT_MARK);
    // The detached appendix says so too.
    const appendix = body.slice(body.indexOf("PHỤ LỤC 3") - 1);
    expect(appendix[0]).toBe(DRAFT_MARK);

    // Without the appendix its checks are not part of the report.
    const without = exportFile(wrongDb, "bao-cao", "2025-Y", "--khong-phu-luc-3");
    expect(without.status, without.stderr).toBe(0);
    expect(paragraphs(without.out).join("\n")).not.toContain(DRAFT_MARK);
  });
});

describe("the evidence checklist", () => {
  it("counts the rows it prints: done/total and the missing ones", async () => {
    const db = await communeFile();
    const r = exportFile(db, "minh-chung", DEMO_WINDOW);
    expect(r.status, r.stderr).toBe(0);
    const xml = docxPart(r.out, "word/document.xml");
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const evidenceTable = tables[tables.length - 1]!;
    const cellTexts = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => [...c[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""));
    const itemRows = [...evidenceTable.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => cellTexts(m[0])).filter((cells) => /^\d+$/.test(cells[0] ?? ""));
    const withoutEvidence = itemRows.filter((cells) => cells.includes("Chưa có tài liệu minh chứng")).length;
    expect(itemRows.length).toBeGreaterThan(5);
    expect(withoutEvidence).toBeGreaterThan(0);

    const summary = paragraphs(r.out).find((p) => p.startsWith("Tình hình tài liệu minh chứng:"))!;
    expect(summary).toContain(`${itemRows.length - withoutEvidence}/${itemRows.length} nội dung đã có tài liệu minh chứng`);
    expect(summary).toContain(`${withoutEvidence} nội dung chưa có`);
  });
});
