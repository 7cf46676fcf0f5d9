/**
 * Where a province form keeps what: the sheet and column whose texts read as
 * the indicators, the header above them, the column the figures go in, and
 * the rows of its table.
 */
import { createHash } from "node:crypto";
import type { Workbook, Worksheet } from "exceljs";
import { AppError } from "../../shared/errors";
import { headerKey } from "../import/column-spec";
import { columnName } from "./sheet-xml";
import { readsAsIndicator, type LabelIndex } from "./label-match";
import { shownText } from "./sheet-text";
import type { FormRow } from "./row-matching";

/** Fewer indicator labels than this in any column: the file is not a Phụ lục 3 form. */
const MIN_LABELS = 3;
/** How far above the first indicator the header is looked for. */
const HEADER_SEARCH_ROWS = 15;
/** Header words of a table of figures; "STT", "Nội dung", "ĐVT", "Số liệu", "Ghi chú"… */
const HEADER_WORDS = ["stt", "tt", "noi dung", "chi tieu", "don vi tinh", "dvt", "don vi", "so lieu", "ket qua", "thuc hien", "gia tri", "so luong", "ghi chu"];
const VALUE_WORDS = ["so lieu", "ket qua", "thuc hien", "gia tri", "so luong", "ky nay", "ky bao cao"];
/** Columns that hold other things than this period's figure. */
const OTHER_WORDS = ["cung ky", "nam truoc", "ke hoach", "chi tieu giao", "don vi tinh", "dvt", "ghi chu", "stt", "luy ke", "ma so"];

export interface FormLayout {
  sheet: Worksheet;
  labelColumn: number;
  valueColumn: number;
  /** The table: from under its header (or its first indicator) down to the first blank label after its last indicator. */
  firstRow: number;
  lastRow: number;
  /** Every labelled row of the sheet, top to bottom. */
  rows: FormRow[];
}

const hasWord = (key: string, word: string) => ` ${key} `.includes(` ${word} `);
const isHeaderCell = (text: string) => {
  const key = headerKey(text);
  return text.length <= 60 && HEADER_WORDS.some((w) => key === w || key.startsWith(`${w} `));
};
const headerCells = (sheet: Worksheet, row: number) => Array.from({ length: sheet.columnCount }, (_, i) => shownText(sheet, row, i + 1)).filter(isHeaderCell).length;

interface LabelColumn {
  sheet: Worksheet;
  column: number;
  count: number;
  first: number;
  last: number;
}

function bestLabelColumn(sheet: Worksheet, index: LabelIndex): LabelColumn | null {
  let best: LabelColumn | null = null;
  for (let column = 1; column <= sheet.columnCount; column++) {
    const found: LabelColumn = { sheet, column, count: 0, first: 0, last: 0 };
    for (let row = 1; row <= sheet.rowCount; row++) {
      const text = shownText(sheet, row, column);
      if (!/\p{L}/u.test(text) || !readsAsIndicator(index, text)) continue;
      found.count++;
      found.first ||= row;
      found.last = row;
    }
    if (found.count > (best?.count ?? 0)) best = found;
  }
  return best;
}

/** A row whose cell in the label column is the lower part of a heading merged over two rows ("Nội dung" over rows 6–7). */
const underMergedHeading = (sheet: Worksheet, row: number, labelColumn: number, header: number) => {
  const cell = sheet.findCell(row, labelColumn);
  return Boolean(cell?.isMerged && Number(cell.master.row) <= header && cell.master.address !== cell.address);
};

/** The header rows above the first indicator: the nearest row naming several columns, with the sub-header rows under it. */
function headerRows(sheet: Worksheet, firstIndicator: number, labelColumn: number): number[] {
  const top = Math.max(1, firstIndicator - HEADER_SEARCH_ROWS);
  let main = 0;
  for (let row = firstIndicator - 1; row >= top && !main; row--) if (headerCells(sheet, row) >= 2) main = row;
  if (!main) return [];
  let start = main;
  while (start - 1 >= top && headerCells(sheet, start - 1) >= 2) start--;
  let end = main;
  while (end + 1 < firstIndicator && (headerCells(sheet, end + 1) >= 1 || underMergedHeading(sheet, end + 1, labelColumn, end))) end++;
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

/** A column's header, folded, its rows joined; a cell under a merged heading reads the heading too. */
function headerOf(sheet: Worksheet, rows: number[], column: number): string {
  const parts = rows.map((row) => {
    const cell = sheet.findCell(row, column);
    const master = cell?.isMerged ? cell.master : cell;
    return master && rows.includes(Number(master.row)) ? shownText(sheet, Number(master.row), Number(master.col)) : "";
  });
  return headerKey(parts.filter(Boolean).join(" "));
}

const isConstant = (sheet: Worksheet, row: number, column: number) => {
  const cell = sheet.findCell(row, column);
  return cell !== undefined && cell.formula === undefined && cell.text.trim() !== "";
};

/**
 * The figure column: the first right of the labels whose header says "Số
 * liệu", "Kết quả", "Thực hiện"… (an "Ước thực hiện" one first when
 * estimates are written, last otherwise); else the first mostly empty column
 * there that is not the unit, the notes or last year's.
 */
function valueColumnOf(sheet: Worksheet, labelColumn: number, header: number[], labelRows: number[], estimate: boolean): number | null {
  const columns = Array.from({ length: sheet.columnCount - labelColumn }, (_, i) => labelColumn + 1 + i);
  const headers = new Map(columns.map((c) => [c, headerOf(sheet, header, c)]));
  const isOther = (c: number) => OTHER_WORDS.some((w) => hasWord(headers.get(c)!, w));
  const named = columns.filter((c) => VALUE_WORDS.some((w) => hasWord(headers.get(c)!, w)) && !isOther(c));
  const isEstimate = (c: number) => hasWord(headers.get(c)!, "uoc");
  const ranked = [...named.filter((c) => isEstimate(c) === estimate), ...named.filter((c) => isEstimate(c) !== estimate)];
  if (ranked.length) return ranked[0]!;
  const mostlyEmpty = (c: number) => labelRows.filter((r) => isConstant(sheet, r, c)).length <= labelRows.length / 4;
  return columns.find((c) => !isOther(c) && mostlyEmpty(c)) ?? null;
}

/** The form's identity: its sheet name and every label of its label column, with their rows. */
export function formSignature(sheetName: string, rows: FormRow[]): string {
  const text = [sheetName, ...rows.map((r) => `${r.row}\t${r.label}`)].join("\n");
  return createHash("sha256").update(text).digest("hex");
}

/** Finds the form's table; a file with no column of indicator labels, or no column for the figures, is refused. */
export function detectLayout(workbook: Workbook, index: LabelIndex, fileName: string, options: { estimate: boolean }): FormLayout {
  let best: LabelColumn | null = null;
  for (const sheet of workbook.worksheets) {
    const found = bestLabelColumn(sheet, index);
    if (found && found.count > (best?.count ?? 0)) best = found;
  }
  if (!best || best.count < MIN_LABELS) {
    throw new AppError(
      "form_no_labels",
      `Tệp "${fileName}": không tìm thấy cột nội dung chỉ tiêu (không cột nào ghi tên các chỉ tiêu của Phụ lục 3), nên không điền được; tệp được giữ nguyên. Hãy chọn đúng biểu mẫu số liệu của tỉnh.`,
    );
  }
  const { sheet, column: labelColumn } = best;
  const rows: FormRow[] = [];
  for (let row = 1; row <= sheet.rowCount; row++) {
    const label = shownText(sheet, row, labelColumn);
    if (label) rows.push({ row, label, number: labelColumn > 1 ? shownText(sheet, row, labelColumn - 1) : "" });
  }
  const header = headerRows(sheet, best.first, labelColumn);
  const firstRow = header.length ? header[header.length - 1]! + 1 : best.first;
  let lastRow = best.last;
  while (shownText(sheet, lastRow + 1, labelColumn)) lastRow++;
  const tableRows = rows.filter((r) => r.row >= firstRow && r.row <= lastRow).map((r) => r.row);
  const valueColumn = valueColumnOf(sheet, labelColumn, header, tableRows, options.estimate);
  if (valueColumn === null) {
    throw new AppError(
      "form_no_value_column",
      `Tệp "${fileName}", trang "${sheet.name}": không tìm thấy cột để ghi số liệu bên phải cột nội dung ${columnName(labelColumn)} (cần một cột có tiêu đề như "Số liệu" hoặc "Kết quả thực hiện"); tệp được giữ nguyên.`,
    );
  }
  return { sheet, labelColumn, valueColumn, firstRow, lastRow, rows };
}
