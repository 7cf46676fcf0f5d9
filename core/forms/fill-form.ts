/**
 * Fills a province's own Phụ lục 3 form with a report's figures: each row
 * whose label is an indicator (or names indicators to add up) gets its
 * figure in the form's figure column, and the blanks for the unit and the
 * period are filled in; only those cells change in the file (its XML is
 * edited in place), and the written file is checked cell by cell against the
 * form before it is handed back.
 */
import path from "node:path";
import type { Workbook } from "exceljs";
import ExcelJS from "../import/exceljs";
import { AppError } from "../../shared/errors";
import { reportRows, type Report, type ReportRow } from "../indicators/report-types";
import { detectLayout, formSignature, type FormLayout } from "./form-layout";
import { labelIndex } from "./label-match";
import { mappingCodes, matchRows, type MatchHow, type RowMapping, type RowOutcome } from "./row-matching";
import { placeholdersOf, type FilledPlaceholder } from "./placeholders";
import { cellKey, workbookDifferences } from "./workbook-compare";
import { columnName, type CellWrite } from "./sheet-xml";
import { writeCellValues } from "./xlsx-patch";
import { formatDateVi } from "../../shared/dates";
import { FORM_ARCHIVE_LIMITS, verifiedXlsx } from "../xlsx-archive";
import { ZipError } from "../zip";
import { lastPart, safeFileName } from "../safe-file-name";
import { sentFigure } from "../exports/phu-luc-3-text";

export interface FormFile {
  fileName: string;
  bytes: Buffer;
}

export interface FillOptions {
  /** The user's choices for this fill (row → code, "code+code" for a sum, or null for "no indicator"); they win over remembered ones. */
  mapping?: RowMapping;
  /** The choices remembered for a form, by its signature. */
  savedMapping?: (signature: string) => RowMapping | null;
}

export interface FilledRow {
  row: number;
  label: string;
  /** The indicator, or those added up joined by "+", as --map writes them. */
  code: string;
  codes: string[];
  /** What was written; null where the report has no figure for one of `codes` (the cell is left as it was). */
  value: number | null;
  /** The indicators without a figure. */
  missing: string[];
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
  /** Rows worded like an indicator that none fits well enough. */
  unmatched: { row: number; label: string }[];
  /** Rows of the province's own: no indicator of Phụ lục 3 reads like them. */
  provinceOnly: { row: number; label: string }[];
  /** The blanks for the unit and the period, filled. */
  placeholders: FilledPlaceholder[];
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
/** The figures of `codes` added up; null, with the codes lacking one, when any has none. */
function sumOf(codes: string[], byCode: Map<string, ReportRow>, report: Report): { value: number | null; missing: string[] } {
  const figures = codes.map((c) => sentFigure(report, byCode.get(c)!));
  const missing = codes.filter((_, i) => figures[i] === null);
  // toPrecision: 0.1 + 0.2 is written 0.3.
  return { value: missing.length ? null : Number(figures.reduce<number>((a, b) => a + b!, 0).toPrecision(12)), missing };
}

/** Refuses a choice naming an unknown code, a sum of rates, or a row without a label. */
function checkMapping(mapping: RowMapping, layout: FormLayout, byCode: Map<string, ReportRow>): void {
  const labelled = new Set(layout.rows.map((r) => r.row));
  for (const [row, chosen] of Object.entries(mapping)) {
    if (!labelled.has(Number(row))) {
      throw new AppError(
        "form_mapping_invalid",
        `Dòng ${row} của trang "${layout.sheet.name}" không có nội dung chỉ tiêu ở cột ${columnName(layout.labelColumn)}; không gán chỉ tiêu cho dòng này được.`,
      );
    }
    if (chosen === null) continue;
    const codes = mappingCodes(chosen);
    for (const code of codes.length ? codes : [chosen]) {
      if (!byCode.has(code)) throw new AppError("form_mapping_invalid", `Mã chỉ tiêu "${code}" (gán cho dòng ${row}) không có trong danh mục chỉ tiêu của báo cáo.`);
    }
    if (codes.length > 1 && codes.some((c) => byCode.get(c)!.unit === "%")) {
      throw new AppError("form_mapping_invalid", `Dòng ${row}: không cộng các tỷ lệ (%) với nhau được (${codes.join(" + ")}); hãy chọn một chỉ tiêu.`);
    }
  }
}

function writeInto(file: FormFile, sheetName: string, cells: CellWrite[]): Buffer {
  try {
    return writeCellValues(file.bytes, sheetName, cells);
  } catch (e) {
    throw new AppError(
      "form_unwritable",
      `Tệp "${file.fileName}": không ghi được số liệu vào trang "${sheetName}" (${(e as Error).message}); chưa ghi tệp nào. Hãy mở biểu mẫu bằng Excel, lưu lại rồi thử lại.`,
    );
  }
}

const inTable = (layout: FormLayout, o: RowOutcome) => o.row >= layout.firstRow && o.row <= layout.lastRow;

/**
 * The form filled with the report's figures (the estimates where the report
 * has them) and its unit and period blanks filled, and what was filled,
 * kept, left open, not recognised or the province's own. Refuses, with
 * the file named, what is not a readable .xlsx form of Phụ lục 3.
 */
export async function fillForm(file: FormFile, report: Report, options: FillOptions = {}): Promise<FillResult> {
  const workbook = await openForm(file);
  const index = labelIndex(report.sections);
  const layout = detectLayout(workbook, index, file.fileName, { estimate: report.withEstimate });
  const { sheet, valueColumn } = layout;
  const byCode = new Map(reportRows(report).map((r) => [r.code, r]));
  const signature = formSignature(sheet.name, layout.rows);
  const saved = Object.fromEntries(Object.entries(options.savedMapping?.(signature) ?? {}).filter(([, code]) => code === null || mappingCodes(code).every((c) => byCode.has(c))));
  checkMapping(options.mapping ?? {}, layout, byCode);
  const mapping: RowMapping = { ...saved, ...options.mapping };

  const result: Omit<FillResult, "bytes"> = {
    sheetName: sheet.name,
    labelColumn: columnName(layout.labelColumn),
    valueColumn: columnName(valueColumn),
    filled: [],
    kept: [],
    ambiguous: [],
    unmatched: [],
    provinceOnly: [],
    placeholders: [],
    signature,
    mapping,
    savedMappingUsed: Object.keys(saved).length > 0,
  };
  const cells: CellWrite[] = [];
  for (const o of matchRows(layout.rows, index, mapping)) {
    // Above and below the table are titles and signatures, not rows to report.
    if (o.kind === "ambiguous" && inTable(layout, o)) result.ambiguous.push({ row: o.row, label: o.label, candidates: o.candidates });
    if (o.kind === "unmatched" && inTable(layout, o)) result.unmatched.push({ row: o.row, label: o.label });
    if (o.kind === "own" && inTable(layout, o)) result.provinceOnly.push({ row: o.row, label: o.label });
    if (o.kind !== "matched") continue;
    const code = o.codes.join("+");
    const unit = byCode.get(o.codes[0]!)!.unit;
    // getCell, not findCell: an empty cell reads with the style of its row or column, as Excel shows it.
    const cell = sheet.getCell(o.row, valueColumn);
    if (cell.formula !== undefined) {
      result.kept.push({ row: o.row, label: o.label, code, reason: `ô ${cell.address} có công thức của biểu mẫu` });
    } else if (cell.isMerged && cell.master.address !== cell.address) {
      result.kept.push({ row: o.row, label: o.label, code, reason: `ô ${cell.address} nằm trong vùng ô gộp ${cell.master.address}` });
    } else if (typeof cell.value === "string" || (cell.value !== null && typeof cell.value === "object")) {
      // Forms mark a figure that is not asked for with "x" or a note; that is the form's, not a blank.
      result.kept.push({ row: o.row, label: o.label, code, reason: `ô ${cell.address} đã ghi sẵn “${cell.text.trim()}” trong biểu mẫu` });
    } else {
      const { value, missing } = sumOf(o.codes, byCode, report);
      // A rate in a cell formatted as a percentage is stored as a fraction: 97,46 % is 0.9746.
      if (value !== null) cells.push({ row: o.row, column: valueColumn, value: unit === "%" && cell.numFmt?.includes("%") ? Number((value / 100).toPrecision(12)) : value });
      result.filled.push({ row: o.row, label: o.label, code, codes: o.codes, value, missing, how: o.how });
    }
  }
  const to = report.withEstimate && report.period.estimateTo ? report.period.estimateTo : report.period.to;
  const facts = { unitName: report.unit?.name ?? null, periodLabel: report.period.label, from: formatDateVi(report.period.from), to: formatDateVi(to) };
  result.placeholders = placeholdersOf(sheet, facts, (row) => row >= layout.firstRow && row <= layout.lastRow);
  cells.push(...result.placeholders.map((p) => ({ row: p.row, column: p.column, value: p.text })));
  const bytes = cells.length ? writeInto(file, sheet.name, cells) : file.bytes;
  const written = new Map(cells.map((c) => [cellKey(sheet.name, `${columnName(c.column)}${c.row}`), c.value]));
  const differences = workbookDifferences(await openForm(file), await loadWorkbook(bytes), written);
  if (differences.length) {
    throw new AppError("form_not_preserved", `Tệp "${file.fileName}": không điền được mà vẫn giữ nguyên biểu mẫu (${differences.slice(0, 3).join("; ")}); chưa ghi tệp nào.`);
  }
  return { bytes, ...result };
}
