/**
 * Fills a province's own Phụ lục 3 form with a report's figures: each row
 * whose label is an indicator gets its figure in the form's figure column;
 * only those cells change in the file (its XML is edited in place), and the
 * written file is checked cell by cell against the form before it is handed
 * back.
 */
import path from "node:path";
import type { Workbook } from "exceljs";
import ExcelJS from "../import/exceljs";
import { AppError } from "../errors";
import { reportRows, type Report, type ReportRow } from "../indicators/report-types";
import { detectLayout, formSignature, type FormLayout } from "./form-layout";
import { labelIndex } from "./label-match";
import { matchRows, type MatchHow, type RowMapping, type RowOutcome } from "./row-matching";
import { cellKey, workbookDifferences } from "./workbook-compare";
import { columnName, type CellNumber } from "./sheet-xml";
import { writeCellNumbers } from "./xlsx-patch";
import { FORM_ARCHIVE_LIMITS, verifiedXlsx } from "../xlsx-archive";
import { ZipError } from "../zip";
import { lastPart, safeFileName } from "../safe-file-name";

export interface FormFile {
  fileName: string;
  bytes: Buffer;
}

export interface FillOptions {
  /** The user's choices for this fill (row → code, or null for "no indicator"); they win over remembered ones. */
  mapping?: RowMapping;
  /** The choices remembered for a form, by its signature. */
  savedMapping?: (signature: string) => RowMapping | null;
}

export interface FilledRow {
  row: number;
  label: string;
  code: string;
  /** What was written; null where the report has no figure (the cell is left as it was). */
  value: number | null;
  how: MatchHow;
}

export interface FillResult {
  bytes: Buffer;
  sheetName: string;
  labelColumn: string;
  valueColumn: string;
  filled: FilledRow[];
  /** Matched rows whose figure cell holds the form's own formula or text ("x"), or lies under a merge: left as they were. */
  kept: { row: number; label: string; code: string; reason: string }[];
  ambiguous: { row: number; label: string; candidates: string[] }[];
  unmatched: { row: number; label: string }[];
  /** Identifies the form, for remembering the user's choices. */
  signature: string;
  /** The choices in force: the remembered ones with the user's over them. */
  mapping: RowMapping;
  savedMappingUsed: boolean;
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP_MAGIC = Buffer.from("PK\x03\x04", "latin1");

async function loadWorkbook(bytes: Buffer): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await verifiedXlsx(bytes, FORM_ARCHIVE_LIMITS)) as unknown as ArrayBuffer);
  return workbook;
}

/** Opens the form, refusing what is not a readable .xlsx with what to do about it. */
async function openForm({ fileName, bytes }: FormFile): Promise<Workbook> {
  const refuse = (code: string, why: string) => new AppError(code, `Tệp "${fileName}" ${why}`);
  if (bytes.length === 0) throw refuse("form_empty", "trống, không có nội dung.");
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) {
    throw path.extname(fileName).toLowerCase() === ".xls"
      ? refuse("form_xls", "là tệp Excel 97-2003 (.xls). Hãy mở bằng Excel, lưu lại dạng .xlsx (Excel Workbook) rồi điền lại.")
      : refuse("form_protected", "được đặt mật khẩu mở tệp (hoặc là tệp .xls cũ). Hãy mở bằng Excel, bỏ mật khẩu, lưu lại dạng .xlsx rồi điền lại.");
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw refuse("form_not_xlsx", "không phải tệp Excel .xlsx (có thể là tệp khác bị đổi tên). Hãy chọn biểu mẫu .xlsx của tỉnh.");
  try {
    return await loadWorkbook(bytes);
  } catch (e) {
    const why = e instanceof ZipError ? e.message : "nội dung bảng tính không đúng cấu trúc";
    throw refuse("form_corrupt", `bị hỏng hoặc không đầy đủ, không đọc được (${why}). Hãy tải lại biểu mẫu của tỉnh.`);
  }
}

/** "Biểu 3.xlsx" → "Biểu 3 - đã điền.xlsx", from the last part of the name the caller sent, cleaned. */
export const filledFileName = (fileName: string) => {
  const name = lastPart(fileName);
  return safeFileName(`${path.basename(name, path.extname(name))} - đã điền.xlsx`, ["xlsx"], "Biểu mẫu đã điền");
};

/** The figure written for a row: the estimate where one was asked for and exists, else the figure in force. */
const figureOf = (row: ReportRow, withEstimate: boolean) => (withEstimate && row.estimate !== null ? row.estimate : row.value);

/** Refuses a choice naming an unknown code or a row without a label. */
function checkMapping(mapping: RowMapping, layout: FormLayout, codes: Set<string>): void {
  const labelled = new Set(layout.rows.map((r) => r.row));
  for (const [row, code] of Object.entries(mapping)) {
    if (!labelled.has(Number(row))) {
      throw new AppError("form_mapping_invalid", `Dòng ${row} của trang "${layout.sheet.name}" không có nội dung chỉ tiêu ở cột ${columnName(layout.labelColumn)}; không gán chỉ tiêu cho dòng này được.`);
    }
    if (code !== null && !codes.has(code)) throw new AppError("form_mapping_invalid", `Mã chỉ tiêu "${code}" (gán cho dòng ${row}) không có trong danh mục chỉ tiêu của báo cáo.`);
  }
}

function writeInto(file: FormFile, sheetName: string, cells: CellNumber[]): Buffer {
  try {
    return writeCellNumbers(file.bytes, sheetName, cells);
  } catch (e) {
    throw new AppError("form_unwritable", `Tệp "${file.fileName}": không ghi được số liệu vào trang "${sheetName}" (${(e as Error).message}); chưa ghi tệp nào. Hãy mở biểu mẫu bằng Excel, lưu lại rồi thử lại.`);
  }
}

const inTable = (layout: FormLayout, o: RowOutcome) => o.row >= layout.firstRow && o.row <= layout.lastRow;

/**
 * The form filled with the report's figures (the estimates where the report
 * has them), and what was filled, kept, left open or not found. Refuses, with
 * the file named, what is not a readable .xlsx form of Phụ lục 3.
 */
export async function fillForm(file: FormFile, report: Report, options: FillOptions = {}): Promise<FillResult> {
  const workbook = await openForm(file);
  const index = labelIndex(report.sections);
  const layout = detectLayout(workbook, index, file.fileName, { estimate: report.withEstimate });
  const { sheet, valueColumn } = layout;
  const byCode = new Map(reportRows(report).map((r) => [r.code, r]));
  const signature = formSignature(sheet.name, layout.rows);
  const saved = Object.fromEntries(Object.entries(options.savedMapping?.(signature) ?? {}).filter(([, code]) => code === null || byCode.has(code)));
  checkMapping(options.mapping ?? {}, layout, new Set(byCode.keys()));
  const mapping: RowMapping = { ...saved, ...options.mapping };

  const result: Omit<FillResult, "bytes"> = {
    sheetName: sheet.name,
    labelColumn: columnName(layout.labelColumn),
    valueColumn: columnName(valueColumn),
    filled: [],
    kept: [],
    ambiguous: [],
    unmatched: [],
    signature,
    mapping,
    savedMappingUsed: Object.keys(saved).length > 0,
  };
  const cells: CellNumber[] = [];
  for (const o of matchRows(layout.rows, index, mapping)) {
    if (o.kind === "ambiguous" && inTable(layout, o)) result.ambiguous.push({ row: o.row, label: o.label, candidates: o.candidates });
    if (o.kind === "unmatched" && inTable(layout, o)) result.unmatched.push({ row: o.row, label: o.label });
    if (o.kind !== "matched") continue;
    const source = byCode.get(o.code)!;
    // getCell, not findCell: an empty cell reads with the style of its row or column, as Excel shows it.
    const cell = sheet.getCell(o.row, valueColumn);
    const value = figureOf(source, report.withEstimate);
    if (cell.formula !== undefined) {
      result.kept.push({ row: o.row, label: o.label, code: o.code, reason: `ô ${cell.address} có công thức của biểu mẫu` });
    } else if (cell.isMerged && cell.master.address !== cell.address) {
      result.kept.push({ row: o.row, label: o.label, code: o.code, reason: `ô ${cell.address} nằm trong vùng ô gộp ${cell.master.address}` });
    } else if (typeof cell.value === "string" || (cell.value !== null && typeof cell.value === "object")) {
      // Forms mark a figure that is not asked for with "x" or a note; that is the form's, not a blank.
      result.kept.push({ row: o.row, label: o.label, code: o.code, reason: `ô ${cell.address} đã ghi sẵn “${cell.text.trim()}” trong biểu mẫu` });
    } else {
      // A rate in a cell formatted as a percentage is stored as a fraction: 97,46 % is 0.9746.
      if (value !== null) cells.push({ row: o.row, column: valueColumn, value: source.unit === "%" && cell.numFmt?.includes("%") ? Number((value / 100).toPrecision(12)) : value });
      result.filled.push({ row: o.row, label: o.label, code: o.code, value, how: o.how });
    }
  }
  const bytes = cells.length ? writeInto(file, sheet.name, cells) : file.bytes;
  const written = new Map(cells.map((c) => [cellKey(sheet.name, `${columnName(c.column)}${c.row}`), c.value]));
  const differences = workbookDifferences(await openForm(file), await loadWorkbook(bytes), written);
  if (differences.length) {
    throw new AppError("form_not_preserved", `Tệp "${file.fileName}": không điền được mà vẫn giữ nguyên biểu mẫu (${differences.slice(0, 3).join("; ")}); chưa ghi tệp nào.`);
  }
  return { bytes, ...result };
}
