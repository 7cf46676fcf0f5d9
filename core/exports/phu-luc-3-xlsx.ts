/**
 * Phụ lục 3 as the Excel file a commune sends each quarter: title block,
 * the table "STT | Nội dung | Đơn vị tính | Số liệu | Ghi chú", the signature
 * block, set up to print on A4 portrait.
 */
import type { Alignment, Borders, Cell, Font, Workbook, Worksheet } from "exceljs";
import ExcelJS from "../import/exceljs";
import type { Report } from "../indicators/report-types";
import { writeFileAtomic } from "./atomic-write";
import { figureCell } from "./figure-cell";
import { appendixTitles, noteText, periodLine, sentFigure } from "./phu-luc-3-text";
import { signatureLines, unsignedDateLine } from "./signature";
import { rowHeightPt, wrappedLineCount, type TextBox } from "./xlsx-row-height";

export const PHU_LUC_3_SHEET = "Phụ lục 3";

const COLUMNS = [
  { header: "STT", width: 6 },
  { header: "Nội dung", width: 42 },
  { header: "Đơn vị tính", width: 10 },
  { header: "Số liệu", width: 11 },
  { header: "Ghi chú", width: 25 },
] as const;
const LAST_COLUMN = COLUMNS.length;
const FIGURE_COLUMN = 4;
/** The signature block spans "Đơn vị tính" to "Ghi chú", the right of the page. */
const SIGNATURE_FROM_COLUMN = 3;

const TITLE_PT = 14;
const HEADING_PT = 13;
const TABLE_PT = 12;
const SIGNATURE_BLANK_ROWS = 4;
const CM_IN_INCHES = 1 / 2.54;

const font = (size: number, style: Partial<Font> = {}): Partial<Font> => ({ name: "Times New Roman", size, ...style });
const thin = { style: "thin" } as const;
const ALL_BORDERS: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

const style = (cell: Cell, cellFont: Partial<Font>, alignment: Partial<Alignment>, border?: Partial<Borders>) => {
  cell.font = cellFont;
  cell.alignment = alignment;
  if (border) cell.border = border;
};

/** A line of the title or signature block, merged over columns `from`..`to`, its height fitted to the text. */
function addBlockLine(ws: Worksheet, text: string, cellFont: Partial<Font>, horizontal: Alignment["horizontal"], from: number = 1, to: number = LAST_COLUMN): void {
  const row = ws.addRow([]);
  ws.mergeCells(row.number, from, row.number, to);
  const cell = row.getCell(from);
  cell.value = text;
  style(cell, cellFont, { horizontal, vertical: "middle", wrapText: true });
  const widthChars = COLUMNS.slice(from - 1, to).reduce((sum, c) => sum + c.width, 0);
  const size = cellFont.size ?? TABLE_PT;
  row.height = rowHeightPt(text ? wrappedLineCount(text, { widthChars, fontPt: size, bold: cellFont.bold }) : 1, size);
}

/** A table row: every cell bordered, the height that its longest wrapped cell needs; the figure column holds a number where there is one. */
function addTableRow(ws: Worksheet, texts: string[], options: { bold?: boolean; header?: boolean; indentLabel?: boolean; figure?: number | null } = {}): void {
  const row = ws.addRow(texts);
  if (options.figure !== undefined) {
    const { value, numFmt } = figureCell(options.figure);
    row.getCell(FIGURE_COLUMN).value = value;
    if (numFmt) row.getCell(FIGURE_COLUMN).numFmt = numFmt;
  }
  const alignments: Partial<Alignment>[] = options.header
    ? COLUMNS.map(() => ({ horizontal: "center", vertical: "middle", wrapText: true }))
    : [
        { horizontal: "center", vertical: "middle" },
        { horizontal: "left", vertical: "middle", wrapText: true, indent: options.indentLabel ? 1 : 0 },
        { horizontal: "center", vertical: "middle", wrapText: true },
        { horizontal: options.figure === null ? "center" : "right", vertical: "middle", indent: options.figure === null ? 0 : 1 },
        { horizontal: "left", vertical: "middle", wrapText: true },
      ];
  let lines = 1;
  COLUMNS.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    const alignment = alignments[i]!;
    style(cell, font(TABLE_PT, { bold: !!options.bold }), alignment, ALL_BORDERS);
    const box: TextBox = { widthChars: column.width, fontPt: TABLE_PT, bold: options.bold, indent: alignment.indent };
    if (alignment.wrapText && texts[i]) lines = Math.max(lines, wrappedLineCount(texts[i]!, box));
  });
  row.height = rowHeightPt(lines, TABLE_PT);
}

function addTitleBlock(ws: Worksheet, report: Report): void {
  const { heading, title } = appendixTitles(report.catalogue.title);
  const unitLine = report.unit ? `UBND ${report.unit.name}`.toLocaleUpperCase("vi") : "";
  addBlockLine(ws, unitLine, font(HEADING_PT, { bold: true }), "left", 1, 2);
  ws.addRow([]);
  addBlockLine(ws, heading, font(TITLE_PT, { bold: true }), "center");
  addBlockLine(ws, title, font(TITLE_PT, { bold: true }), "center");
  addBlockLine(ws, report.period.label, font(HEADING_PT, { bold: true }), "center");
  addBlockLine(ws, periodLine(report), font(HEADING_PT, { italic: true }), "center");
  const errors = report.checks.filter((c) => c.level === "error").length;
  if (errors > 0) addBlockLine(ws, `DỰ THẢO – số liệu còn ${errors} lỗi chưa xử lý, chưa gửi chính thức`, font(HEADING_PT, { bold: true, color: { argb: "FFC00000" } }), "center");
  ws.addRow([]);
}

function addTable(ws: Worksheet, report: Report): number {
  addTableRow(
    ws,
    COLUMNS.map((c) => c.header),
    { bold: true, header: true },
  );
  const headerRow = ws.rowCount;
  for (const section of report.sections) {
    addTableRow(ws, [section.stt, section.label, "", "", ""], { bold: true });
    for (const row of section.rows) {
      addTableRow(ws, [row.stt, row.label, row.unitName, "", noteText(report, row)], { indentLabel: row.stt === "–", figure: sentFigure(report, row) });
    }
  }
  return headerRow;
}

function addSignatureBlock(ws: Worksheet, report: Report): void {
  const { titles, name } = signatureLines(report.signer);
  const line = (text: string, fontStyle: Partial<Font>) => addBlockLine(ws, text, font(HEADING_PT, fontStyle), "center", SIGNATURE_FROM_COLUMN);
  ws.addRow([]);
  line(unsignedDateLine(report), { italic: true });
  for (const title of titles) line(title, { bold: true });
  for (let i = 0; i < SIGNATURE_BLANK_ROWS; i++) ws.addRow([]);
  line(name, { bold: true });
}

function setUpPrinting(ws: Worksheet, headerRow: number): void {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 2.5 * CM_IN_INCHES, right: 1.5 * CM_IN_INCHES, top: 2 * CM_IN_INCHES, bottom: 2 * CM_IN_INCHES, header: 0.8 * CM_IN_INCHES, footer: 0.8 * CM_IN_INCHES },
    printArea: `A1:${ws.getCell(ws.rowCount, LAST_COLUMN).address}`,
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
  ws.headerFooter = { oddFooter: '&C&"Times New Roman,Regular"&11Trang &P/&N' };
  ws.views = [{ state: "frozen", ySplit: headerRow, showGridLines: false }];
}

/** The workbook of Phụ lục 3 for one report. */
export function phuLuc3Workbook(report: Report): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CCHC Xã";
  wb.title = [report.catalogue.title, report.period.label, report.unit?.name].filter(Boolean).join(" – ");
  const ws = wb.addWorksheet(PHU_LUC_3_SHEET);
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  addTitleBlock(ws, report);
  const headerRow = addTable(ws, report);
  addSignatureBlock(ws, report);
  setUpPrinting(ws, headerRow);
  return wb;
}

export async function phuLuc3XlsxBuffer(report: Report): Promise<Buffer> {
  return Buffer.from(await phuLuc3Workbook(report).xlsx.writeBuffer());
}

/** Writes the file atomically: a failure leaves no half-written file; an unwritable path is an AppError naming it. */
export async function writePhuLuc3Xlsx(report: Report, outPath: string): Promise<void> {
  await writeFileAtomic(outPath, await phuLuc3XlsxBuffer(report));
}
