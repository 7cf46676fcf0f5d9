/**
 * The report answering an outline (the inspection outline, the annual
 * report) as a Word file in the state format: the header, the title, the
 * opening, every heading and item in the outline's order with the figures
 * written into its wording, the fact sentences and the departments' texts,
 * the closing, "Nơi nhận:" and the signature; Phụ lục 3 of the same window
 * appended as its own numbered section when asked.
 *
 * Draft or final, never in between: with any gap (reportGaps) the file is a
 * draft, marked DỰ THẢO, each missing text marked where it belongs; without
 * one it is final, and nothing in it says anything is missing.
 */
import { Document, Packer, Paragraph, Table, TableRow, WidthType, type ISectionOptions } from "docx";
import type { Report } from "../../indicators/report-types";
import { NUMBER_BLANK, signingDay, type FilledNode, type FilledOutline } from "../../outline/filled-types";
import { missingWriters, reportGaps, type ReportGap } from "../../outline/report-gaps";
import { appendixTitles, figureText, noteText, periodLine } from "../phu-luc-3-text";
import { lowerFirst } from "../../../shared/text";
import {
  bodyParagraph,
  centred,
  columnWidths,
  copiesAndSignature,
  DOCUMENT_STYLES,
  documentHeader,
  documentTitle,
  draftMark,
  nd30Section,
  run,
  tableCell,
  TEXT_WIDTH,
  titleBlock,
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

/** "[Chưa có nội dung – Phòng Kinh tế]", in a draft where departments have still to write (none are left in a final). */
function missingText(node: FilledNode): Paragraph[] {
  const who = missingWriters(node).map((d) => d.departmentName);
  return who.length === 0 ? [] : [bodyParagraph([run(`[Chưa có nội dung – ${who.join("; ")}]`, { italics: true, color: GAP_COLOUR })])];
}

function nodeParagraphs(node: FilledNode): Paragraph[] {
  const out: Paragraph[] = [bodyParagraph([run(`${marker(node)}${node.text}`, headingStyle(node))], { keepNext: node.children.length > 0 || !!node.narrative })];
  if (node.note) out.push(bodyParagraph(node.note));
  for (const fact of node.facts) out.push(bodyParagraph(fact.text));
  if (node.narrative) out.push(...textParagraphs(node.narrative.text), ...missingText(node));
  for (const child of node.children) out.push(...nodeParagraphs(child));
  return out;
}

function reportBody(filled: FilledOutline, draft: boolean): (Paragraph | Table)[] {
  const doc = filled.document;
  return [
    ...(draft ? [draftMark()] : []),
    documentHeader(doc.issuer, doc.numberLine, doc.dateLine),
    ...documentTitle(doc.title, doc.subtitle, doc.recipient),
    ...(doc.opening ? [bodyParagraph(doc.opening)] : []),
    ...filled.sections.flatMap(nodeParagraphs),
    ...(doc.windowNote ? [bodyParagraph([run(doc.windowNote, { italics: true })])] : []),
    ...(doc.closing ? [bodyParagraph(doc.closing)] : []),
    copiesAndSignature(doc.copies, filled.signature),
  ];
}

const APPENDIX_COLUMNS_MM = [12, 80, 22, 20, 27] as const;

/** "Báo cáo" from "BÁO CÁO": the kind of document as a sentence names it. */
const inSentence = (title: string) => title.charAt(0) + title.slice(1).toLocaleLowerCase("vi");

/**
 * "(Kèm theo Báo cáo số      /BC-UBND ngày      tháng      năm 2025 của UBND
 * xã Cẩm Giang)": ties a detached appendix to its report. Number and date are
 * left blank as on the report itself, filled in by hand when it is signed.
 */
export function attachedToReportLine(filled: FilledOutline): string {
  const doc = filled.document;
  const issuer = filled.unit ? lowerFirst(filled.unit.name) : doc.issuer[1];
  return `(Kèm theo ${inSentence(doc.title)} số${NUMBER_BLANK}/${doc.symbol} ${signingDay(doc.year)} của UBND ${issuer})`;
}

/**
 * Phụ lục 3 of the same window as an appendix of the decree: its own title
 * block (PHỤ LỤC 3, its name and period, the "Kèm theo" line, a short rule),
 * then the table STT | Nội dung | Đơn vị tính | Số liệu | Ghi chú (the report
 * above carries the signature).
 */
function phuLuc3Appendix(report: Report, attachedTo: string, draft: boolean): (Paragraph | Table)[] {
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
    ...(draft ? [draftMark()] : []),
    ...titleBlock([heading, title, report.period.label], { after: 120, under: [centred(run(attachedTo, { italics: true }), { keepNext: true })] }),
    centred(run(periodLine(report), { italics: true }), { after: 240 }),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows }),
  ];
}

/**
 * The Word file of a filled outline, and the gaps that make it a draft; with
 * `phuLuc3`, that report appended as the next section (its check errors are
 * gaps of the report too).
 */
export async function outlineDocx(filled: FilledOutline, options: { phuLuc3?: Report } = {}): Promise<{ bytes: Buffer; gaps: ReportGap[] }> {
  const gaps = reportGaps(filled, options.phuLuc3);
  const draft = gaps.length > 0;
  const sections: ISectionOptions[] = [nd30Section(reportBody(filled, draft))];
  if (options.phuLuc3) sections.push(nd30Section(phuLuc3Appendix(options.phuLuc3, attachedToReportLine(filled), draft)));
  const document = new Document({
    creator: filled.unit?.name ?? "CCHC Xã",
    title: `${draft ? "DỰ THẢO – " : ""}${filled.document.title} ${filled.document.subtitle}`,
    styles: DOCUMENT_STYLES,
    sections,
  });
  return { bytes: await Packer.toBuffer(document), gaps };
}
