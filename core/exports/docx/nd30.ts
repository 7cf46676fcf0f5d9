/**
 * The parts every Word file the commune sends is built from, in the state
 * format of Nghị định 30/2020/NĐ-CP: A4 with the margins of the decree,
 * Times New Roman, the two-column header (issuing body / quốc hiệu, tiêu ngữ)
 * with the short rules under them, the bold centred title, justified body
 * paragraphs with a first-line indent, "Nơi nhận:" and the signature block,
 * page numbers at the top from page 2.
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type IStylesOptions,
} from "docx";
import type { SignatureLines } from "../signature";
import { textWidthMm } from "./text-width";

export const FONT = "Times New Roman";

/** Font sizes in points: body 14, the issuing body 13, the quốc hiệu 12, tables and "Nơi nhận:" 12, its list 11. */
export const PT = { body: 14, header: 13, nationalTitle: 12, table: 12, copiesTitle: 12, copies: 11 } as const;

/** Inside the decree's ranges (top and bottom 20–25, left 30–35, right 15–20 mm) with room for rounding to twips. */
const MARGIN_MM = { top: 22, bottom: 22, left: 32, right: 17 } as const;
const A4 = { width: 11906, height: 16838 } as const;

const TEXT_WIDTH_MM = 210 - MARGIN_MM.left - MARGIN_MM.right;

/** The width between the margins, in twips: what tables span. */
export const TEXT_WIDTH = A4.width - convertMillimetersToTwip(MARGIN_MM.left) - convertMillimetersToTwip(MARGIN_MM.right);

const FIRST_LINE_INDENT = convertMillimetersToTwip(12.7);
const LINE_SPACING = 288;
const AFTER = 120;

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
}

/** A run in Times New Roman with its size always written (Word would otherwise fall back to 12 pt on some machines). */
export const run = (text: string, style: RunStyle = {}): TextRun => new TextRun({ text, font: FONT, size: (style.size ?? PT.body) * 2, bold: style.bold, italics: style.italics, color: style.color });

/** A justified body paragraph with the first-line indent of the decree. */
export function bodyParagraph(runs: TextRun[] | string, options: { indent?: boolean; keepNext?: boolean; before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : { firstLine: FIRST_LINE_INDENT },
    spacing: { before: options.before ?? 0, after: AFTER, line: LINE_SPACING },
    keepNext: options.keepNext,
    children: typeof runs === "string" ? [run(runs)] : runs,
  });
}

/** A centred line (titles, the header's lines). */
export function centred(runs: TextRun | TextRun[] | string, options: { after?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: options.after ?? 0 },
    keepNext: options.keepNext,
    children: typeof runs === "string" ? [run(runs)] : Array.isArray(runs) ? runs : [runs],
  });
}

const RULE_GAP = 60;

/**
 * The short solid rule under the issuing body, the tiêu ngữ and the title: an
 * empty paragraph whose top border is shortened by equal indents so it sits
 * centred under the text, `lengthMm` long, in a space `widthMm` wide.
 */
function shortRule(lengthMm: number, widthMm: number, after = 0): Paragraph {
  const side = convertMillimetersToTwip(Math.max(0, (widthMm - Math.min(lengthMm, widthMm)) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    // A little air above the rule, so it does not read as an underline touching the descenders.
    spacing: { before: RULE_GAP, after, line: 240 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [run("", { size: 4 })],
  });
}

/** The decree's "từ 1/3 đến 1/2 độ dài của dòng chữ": the rules under the issuing body and the title take this share of their line. */
const RULE_SHARE = 0.4;

/** The widest of some lines set in one size, as they stand in a space `widthMm` wide (a longer line wraps). */
const lineWidthMm = (lines: string[], sizePt: number, widthMm: number) => Math.min(widthMm, Math.max(...lines.map((l) => textWidthMm(l, sizePt, true))));

const cell = (widthTwips: number, children: Paragraph[]): TableCell => new TableCell({ width: { size: widthTwips, type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP, children });

/** Column widths in twips from their proportions in millimetres, spanning the text width exactly. */
export const columnWidths = (columnsMm: readonly number[]): number[] => scaleTo(columnsMm.map(convertMillimetersToTwip), TEXT_WIDTH);

export interface CellStyle extends RunStyle {
  align?: "left" | "center" | "right";
  columnSpan?: number;
  rowSpan?: number;
}

const ALIGNMENTS = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** A cell of a bordered data table (Phụ lục 3, the checklist): 12 pt, one paragraph per line of its text. */
export function tableCell(text: string, widthTwips: number, style: CellStyle = {}): TableCell {
  return new TableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    columnSpan: style.columnSpan,
    rowSpan: style.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: text.split("\n").map((line) => new Paragraph({ alignment: ALIGNMENTS[style.align ?? "left"], children: [run(line, { size: PT.table, ...style })] })),
  });
}

/** The left and right margin of a layout table's cells, written out rather than left to each word processor's default. */
const LAYOUT_CELL_MARGIN_MM = 1.9;

/** The width a layout column gives its paragraphs, in millimetres. */
const layoutInnerMm = (columnMm: number) => columnMm - 2 * LAYOUT_CELL_MARGIN_MM;

/** A table without borders, for the blocks laid out side by side. */
export function layoutTable(columnsMm: number[], cells: Paragraph[][]): Table {
  const widths = columnWidths(columnsMm);
  const margin = convertMillimetersToTwip(LAYOUT_CELL_MARGIN_MM);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    margins: { left: margin, right: margin, top: 0, bottom: 0 },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: cells.map((c, i) => cell(widths[i]!, c)) })],
  });
}

/** Column widths stretched to a total, the last column taking the rounding. */
function scaleTo(widths: number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const scaled = widths.map((w) => Math.floor((w * total) / sum));
  scaled[scaled.length - 1]! += total - scaled.reduce((a, b) => a + b, 0);
  return scaled;
}

const HEADER_COLUMNS_MM = [60, 101] as const;
const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/**
 * The two-column header: the issuing body "ỦY BAN NHÂN DÂN / XÃ CẨM GIANG" in
 * bold over its short rule, "Số: …" on the left; "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
 * VIỆT NAM / Độc lập - Tự do - Hạnh phúc" over a rule as long as the tiêu
 * ngữ, and the italic place–date line on the right.
 */
export function documentHeader(issuer: [string, string], numberLine: string | null, dateLine: string): Table {
  const [left, right] = HEADER_COLUMNS_MM.map(layoutInnerMm) as [number, number];
  return layoutTable(
    [...HEADER_COLUMNS_MM],
    [
      [
        ...issuer.map((line) => centred(run(line, { size: PT.header, bold: true }))),
        shortRule(RULE_SHARE * lineWidthMm(issuer, PT.header, left), left, 120),
        ...(numberLine ? [centred(run(numberLine, { size: PT.header }))] : []),
      ],
      [
        centred(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: PT.nationalTitle, bold: true })),
        centred(run(MOTTO, { size: PT.body, bold: true })),
        shortRule(lineWidthMm([MOTTO], PT.body, right), right, 120),
        centred(run(dateLine, { size: PT.body, italics: true })),
      ],
    ],
  );
}

/**
 * A title block: the bold centred lines, any lines set under them (an
 * appendix's "Kèm theo …"), then a short rule a share of the widest bold line
 * (the trích yếu, when it wraps, spans the text width).
 */
export function titleBlock(lines: string[], options: { before?: number; after?: number; under?: Paragraph[] } = {}): Paragraph[] {
  return [
    ...lines.map(
      (line, i) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: i === 0 ? (options.before ?? 0) : 0, after: 0 }, keepNext: true, children: [run(line, { bold: true })] }),
    ),
    ...(options.under ?? []),
    shortRule(RULE_SHARE * lineWidthMm(lines, PT.body, TEXT_WIDTH_MM), TEXT_WIDTH_MM, options.after ?? 240),
  ];
}

/** The bold centred title, the line under it, a short rule, and "Kính gửi: …" when there is one. */
export function documentTitle(title: string, subtitle: string | null, recipient: string | null): Paragraph[] {
  return [...titleBlock(subtitle ? [title, subtitle] : [title], { before: 360 }), ...(recipient ? [centred(run(`Kính gửi: ${recipient}`), { after: 240 })] : [])];
}

const DRAFT_MARK = "DỰ THẢO";
const DRAFT_BOX_PADDING_MM = 6;

/** "DỰ THẢO" in bold in a box at the top right of a draft's first page, as Vietnamese drafts are marked. */
export function draftMark(): Paragraph {
  const box = textWidthMm(DRAFT_MARK, PT.body, true) + DRAFT_BOX_PADDING_MM;
  const line = { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 2 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: convertMillimetersToTwip(TEXT_WIDTH_MM - box) },
    spacing: { before: 0, after: 120 },
    border: { top: line, bottom: line, left: line, right: line },
    children: [run(DRAFT_MARK, { bold: true })],
  });
}

const SIGNATURE_COLUMNS_MM = [80, 81] as const;
const SIGNING_SPACE_LINES = 4;

/** "Nơi nhận:" with its list at the bottom left, the signature block at the bottom right (TM./KT., position, space to sign, name). */
export function copiesAndSignature(copies: string[], signature: SignatureLines): Table {
  const left = [
    new Paragraph({ spacing: { before: 240, after: 0 }, children: [run("Nơi nhận:", { size: PT.copiesTitle, bold: true, italics: true })] }),
    ...copies.map((c) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(`- ${c}`, { size: PT.copies })] })),
  ];
  const right = [
    ...signature.titles.map((t, i) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: i === 0 ? 240 : 0, after: 0 }, children: [run(t, { bold: true })] })),
    ...Array.from({ length: SIGNING_SPACE_LINES }, () => centred("")),
    centred(run(signature.name, { bold: true })),
  ];
  return layoutTable([...SIGNATURE_COLUMNS_MM], [left, right]);
}

/** Styles of the whole document: Times New Roman 14 pt by default, so that empty paragraphs and table cells follow it too. */
export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: PT.body * 2 }, paragraph: { spacing: { before: 0, after: 0 } } },
  },
};

const pageNumberHeader = (): Header =>
  new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PT.header * 2 })] })] });

/**
 * A section on A4 portrait with the decree's margins, numbered on its own:
 * from 1, the page number at the top centre from its second page on. An
 * appendix is such a section too, so a detached appendix stands on its own.
 */
export function nd30Section(children: ISectionOptions["children"]): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        pageNumbers: { start: 1 },
        size: { width: A4.width, height: A4.height },
        margin: {
          top: convertMillimetersToTwip(MARGIN_MM.top),
          bottom: convertMillimetersToTwip(MARGIN_MM.bottom),
          left: convertMillimetersToTwip(MARGIN_MM.left),
          right: convertMillimetersToTwip(MARGIN_MM.right),
          header: convertMillimetersToTwip(10),
          footer: convertMillimetersToTwip(10),
        },
      },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
    children,
  };
}
