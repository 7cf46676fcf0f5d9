/**
 * The report answering an outline (the inspection outline, the annual
 * report) as a Word file in the state format: the header, the title, the
 * opening, every heading and item in the outline's order with the figures
 * written into its wording, the fact sentences and the departments' texts,
 * the closing, "Nơi nhận:" and the signature; Phụ lục 3 of the same window
 * appended on its own pages when asked.
 */
import { Document, Packer, Paragraph, Table, TableRow, WidthType, type ISectionOptions } from "docx";
import type { Report } from "../../indicators/report-types";
import type { FilledNode, FilledOutline } from "../../outline/filled-types";
import { appendixTitles, figureText, noteText, periodLine } from "../phu-luc-3-text";
import {
  bodyParagraph,
  centred,
  columnWidths,
  copiesAndSignature,
  DOCUMENT_STYLES,
  documentHeader,
  documentTitle,
  nd30Section,
  run,
  tableCell,
  TEXT_WIDTH,
  type RunStyle,
} from "./nd30";

/** Marks a text still to be written, so the draft shows where the gaps are. */
const GAP_COLOUR = "C00000";

/**
 * How a heading is set: parts and numbered headings bold, "a)" bold italic;
 * a "-"/"+" item the departments answer in words italic (the question), one
 * answered by its figures plain (the answer).
 */
function headingStyle(node: FilledNode): RunStyle {
  if (node.depth <= 1 && /^[IVX\d]+$/.test(node.number)) return { bold: true };
  if (/^[a-zđ]\)$/.test(node.number)) return { bold: true, italics: true };
  return { italics: node.narrative !== null };
}

const marker = (node: FilledNode): string => {
  if (!node.number) return "";
  return /^[IVX\d]+$/.test(node.number) ? `${node.number}. ` : `${node.number} `;
};

/** The paragraphs of a text: one per line the department wrote. */
const textParagraphs = (text: string): Paragraph[] =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => bodyParagraph(line));

function missingText(node: FilledNode): Paragraph {
  const who = node.narrative!.departments.filter((d) => !d.current).map((d) => d.departmentName);
  return bodyParagraph([run(`[Chưa có nội dung${who.length ? ` – ${who.join("; ")}` : ""}]`, { italics: true, color: GAP_COLOUR })]);
}

function nodeParagraphs(node: FilledNode): Paragraph[] {
  const out: Paragraph[] = [bodyParagraph([run(`${marker(node)}${node.text}`, headingStyle(node))], { keepNext: node.children.length > 0 || !!node.narrative })];
  if (node.note) out.push(bodyParagraph(node.note));
  for (const fact of node.facts) out.push(bodyParagraph(fact.text));
  if (node.narrative) out.push(...(node.narrative.text.trim() ? textParagraphs(node.narrative.text) : [missingText(node)]));
  for (const child of node.children) out.push(...nodeParagraphs(child));
  return out;
}

function reportBody(filled: FilledOutline): (Paragraph | Table)[] {
  const doc = filled.document;
  return [
    documentHeader(doc.issuer, doc.numberLine, doc.dateLine),
    ...documentTitle(doc.title, doc.subtitle, doc.recipient),
    ...(doc.opening ? [bodyParagraph(doc.opening)] : []),
    ...filled.sections.flatMap(nodeParagraphs),
    ...(doc.windowNote ? [bodyParagraph([run(doc.windowNote, { italics: true })])] : []),
    ...(doc.closing ? [bodyParagraph(doc.closing)] : []),
    copiesAndSignature(doc.copies, filled.signature),
  ];
}

const APPENDIX_COLUMNS_MM = [12, 83, 18, 22, 30] as const;

/** Phụ lục 3 of the same window: title, period and the table STT | Nội dung | Đơn vị tính | Số liệu | Ghi chú (the report above carries the signature). */
function phuLuc3Appendix(report: Report): (Paragraph | Table)[] {
  const { heading, title } = appendixTitles(report.catalogue.title);
  const widths = columnWidths(APPENDIX_COLUMNS_MM);
  const row = (texts: string[], style: RunStyle = {}, header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: texts.map((t, i) => tableCell(t, widths[i]!, { ...style, align: header || i === 0 || i === 2 ? "center" : i === 3 ? "right" : "left" })),
    });
  const rows = [
    row(["STT", "Nội dung", "Đơn vị tính", "Số liệu", "Ghi chú"], { bold: true }, true),
    ...report.sections.flatMap((section) => [
      row([section.stt, section.label, "", "", ""], { bold: true }),
      ...section.rows.map((r) => row([r.stt, r.label, r.unitName, figureText(report, r), noteText(report, r)])),
    ]),
  ];
  return [
    centred(run(heading, { bold: true }), { keepNext: true }),
    centred(run(title, { bold: true }), { keepNext: true }),
    centred(run(report.period.label, { bold: true }), { keepNext: true }),
    centred(run(periodLine(report), { italics: true }), { after: 240 }),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows }),
  ];
}

/** The Word file of a filled outline; with `phuLuc3`, that report appended as the next section. */
export async function outlineDocxBuffer(filled: FilledOutline, options: { phuLuc3?: Report } = {}): Promise<Buffer> {
  const sections: ISectionOptions[] = [nd30Section(reportBody(filled))];
  if (options.phuLuc3) sections.push(nd30Section(phuLuc3Appendix(options.phuLuc3), { continues: true }));
  const document = new Document({
    creator: filled.unit?.name ?? "CCHC Xã",
    title: `${filled.document.title} ${filled.document.subtitle}`,
    styles: DOCUMENT_STYLES,
    sections,
  });
  return Packer.toBuffer(document);
}
