/**
 * The details of Nghị định 30/2020 the Word files must get right, read from
 * the document XML: the issuing body in bold with its short rule, the rule
 * under the title a third to a half of the title's line, and the appendix of
 * the annual report with its own title block, "Kèm theo" line and page numbers.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textWidthMm } from "../../core/exports/docx/text-width";
import { cchc } from "../cli-runner";
import { docxPart } from "../docx-text";

const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-nd30-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = path.join(dir, "cam-giang.sqlite");

const files: Record<string, string> = {};
beforeAll(() => {
  expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
  expect(cchc(["demo", "--db", db, "--until", "2025-12-31"]).status).toBe(0);
  for (const [kind, period] of [
    ["bao-cao", "2025-Y"],
    ["de-cuong", "2025-07-01..2025-10-09"],
    ["minh-chung", "2025-07-01..2025-10-09"],
  ] as const) {
    files[kind] = path.join(dir, `${kind}.docx`);
    expect(cchc(["export", kind, "--db", db, "--period", period, "--out", files[kind]]).status).not.toBe(2);
  }
}, 120_000);

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const paragraphsOf = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
const textOf = (p: string) => decode([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""));
const runs = (p: string) => [...p.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]);
const isRule = (p: string) => /<w:pBdr><w:top w:val="single"/.test(p);
const twipsToMm = (twips: number) => (twips * 25.4) / 1440;
const attr = (xml: string, tag: string, name: string) => {
  const m = new RegExp(`<w:${tag}\\b[^>]*\\bw:${name}="(-?\\d+)"`).exec(xml);
  return m ? Number(m[1]) : null;
};

/** How long a rule paragraph draws its line: the space it stands in less its indents. */
function ruleLengthMm(rule: string, spaceTwips: number): number {
  return twipsToMm(spaceTwips - (attr(rule, "ind", "left") ?? 0) - (attr(rule, "ind", "right") ?? 0));
}

/** The header table's cells, with the width their paragraphs get (the cell less the table's cell margins; Word's default is 108 twips). */
function headerCells(xml: string): { paragraphs: string[]; innerTwips: number }[] {
  const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
  const margins = /<w:tblCellMar>[\s\S]*?<\/w:tblCellMar>/.exec(table)?.[0] ?? "";
  const side = (name: string) => attr(margins, name, "w") ?? 108;
  return [...table.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => ({
    paragraphs: paragraphsOf(m[0]),
    innerTwips: attr(m[0], "tcW", "w")! - side("left") - side("right"),
  }));
}

const bodyWidthTwips = (xml: string) => {
  const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(xml)![0];
  return attr(sect, "pgSz", "w")! - attr(sect, "pgMar", "left")! - attr(sect, "pgMar", "right")!;
};

describe("the header and title of Nghị định 30", () => {
  it.each(["bao-cao", "de-cuong", "minh-chung"])("%s: the issuing body is bold on both lines, with a rule a third to a half of its line", (kind) => {
    const xml = docxPart(files[kind]!, "word/document.xml");
    const [issuerCell] = headerCells(xml);
    const lines = issuerCell!.paragraphs.filter((p) => !isRule(p)).slice(0, 2);
    expect(lines.map(textOf)).toEqual(["ỦY BAN NHÂN DÂN", "XÃ CẨM GIANG"]);
    for (const line of lines) for (const r of runs(line)) expect(r, textOf(line)).toMatch(/<w:b\/>/);

    const rule = issuerCell!.paragraphs.find(isRule)!;
    const nameLine = Math.max(...lines.map((p) => textWidthMm(textOf(p), 13, true)));
    const length = ruleLengthMm(rule, issuerCell!.innerTwips);
    expect(length).toBeGreaterThanOrEqual(nameLine / 3);
    expect(length).toBeLessThanOrEqual(nameLine / 2);
  });

  it("draws the rule under the tiêu ngữ as long as its line", () => {
    const xml = docxPart(files["bao-cao"]!, "word/document.xml");
    const [, nationalCell] = headerCells(xml);
    const rule = nationalCell!.paragraphs.find(isRule)!;
    const motto = textWidthMm("Độc lập - Tự do - Hạnh phúc", 14, true);
    expect(Math.abs(ruleLengthMm(rule, nationalCell!.innerTwips) - motto)).toBeLessThan(3);
  });

  it.each(["bao-cao", "de-cuong", "minh-chung"])("%s: the rule under the title is a third to a half of the title's line", (kind) => {
    const xml = docxPart(files[kind]!, "word/document.xml");
    const body = xml.slice(xml.indexOf("</w:tbl>"));
    const paragraphs = paragraphsOf(body);
    const ruleAt = paragraphs.findIndex(isRule);
    // The bold lines of the title; a "Kèm theo …" line set under them does not count.
    const isBold = (p: string) => runs(p).length > 0 && runs(p).every((r) => /<w:b\/>/.test(r));
    const titleLines = paragraphs.slice(0, ruleAt).filter(isBold).map(textOf).filter(Boolean);
    expect(titleLines.length).toBeGreaterThan(0);
    const width = bodyWidthTwips(xml);
    // A line longer than the text width wraps: its widest line is the text width.
    const line = Math.min(twipsToMm(width), Math.max(...titleLines.map((t) => textWidthMm(t, 14, true))));
    const length = ruleLengthMm(paragraphs[ruleAt]!, width);
    expect(length).toBeGreaterThanOrEqual(line / 3);
    expect(length).toBeLessThanOrEqual(line / 2);
  });
});

describe("Phụ lục 3 appended to the annual report", () => {
  const appendixOf = (xml: string) => {
    const breakAt = xml.indexOf("<w:sectPr");
    const firstSectionEnd = xml.indexOf("</w:p>", xml.indexOf("</w:sectPr>", breakAt));
    return { report: xml.slice(0, firstSectionEnd), appendix: xml.slice(firstSectionEnd) };
  };

  it("restarts its page numbers at 1, so a detached appendix stands on its own", () => {
    const xml = docxPart(files["bao-cao"]!, "word/document.xml");
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[1]).toMatch(/<w:pgNumType[^>]*w:start="1"/);
    expect(sections[1]).toContain("<w:titlePg");
  });

  it("carries its own title block with the italic, centred “Kèm theo Báo cáo số …” line under the title", () => {
    const xml = docxPart(files["bao-cao"]!, "word/document.xml");
    const { appendix } = appendixOf(xml);
    const beforeTable = paragraphsOf(appendix.slice(0, appendix.indexOf("<w:tbl>")));
    const texts = beforeTable.map(textOf);
    expect(texts[0]).toBe("PHỤ LỤC 3");
    const attached = beforeTable.findIndex((p) => textOf(p).startsWith("(Kèm theo Báo cáo số"));
    expect(attached, texts.join("\n")).toBeGreaterThan(1);
    const line = beforeTable[attached]!;
    expect(textOf(line)).toMatch(/^\(Kèm theo Báo cáo số\s+\/BC-UBND ngày\s+tháng\s+năm 2025 của UBND xã Cẩm Giang\)$/);
    expect(line).toMatch(/<w:jc w:val="center"\/>/);
    for (const r of runs(line)) expect(r).toMatch(/<w:i\/>/);
    expect(beforeTable.slice(attached + 1).some(isRule)).toBe(true);
  });
});
