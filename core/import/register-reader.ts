import { reportProgress } from "../call-progress";
import { AppError } from "../../shared/errors";
import { nfc } from "../../shared/text";
import { fieldMatcher, headerKey, type Columns, type ColumnSpec } from "./column-spec";
import { cellText, detectHeader, HEADER_SEARCH_ROWS, type DetectedHeader } from "./header-detect";
import { isSummaryRow } from "./summary-row";
import { detectLegacyEncoding, legacyToUnicode, type LegacyEncoding } from "./legacy-vietnamese";
import { legacyLabel, openTable, type RawRow, type TableInput } from "./table-reader";

export interface RegisterHeader<F extends string> {
  format: "xlsx" | "csv";
  sheetName: string | null;
  /** How the text was stored when it was not Unicode: "UTF-16", "TCVN3", "VNI". */
  encoding: string | null;
  headerRow: number;
  headers: string[];
  columns: Columns<F>;
  /** field → header text as written in the file. */
  mapping: Record<string, string>;
  missingFields: F[];
  /** The texts above the header (title lines such as "UBND XÃ …", "Đơn vị: …"), cell by cell. */
  titleCells: string[];
}

/** What was read past the header, once the whole file is through. */
export interface RegisterRead<F extends string> extends RegisterHeader<F> {
  /** Rows that sum the data up ("Tổng cộng", "1500 hồ sơ"): skipped, by row number. */
  summaryRows: number[];
}

export interface RegisterOptions {
  /** field → header text the user chose ("" = do not use the column). */
  mapping?: Record<string, string>;
}

/** Called once the header is known; returns what takes each non-blank data row. */
export type RowSink<F extends string> = (header: RegisterHeader<F>) => (row: RawRow, texts: string[]) => void;

/** No character below U+0300 composes with another (combining marks start there): such text is NFC already, and most cells – codes, dates, numbers – are. */
function nfcText(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return nfc(s);
  return s;
}

/** Strings of a row through the legacy converter; other cells as they are; all NFC. The row is the reader's own: changed in place. */
function normaliseRow(row: RawRow, legacy: LegacyEncoding | null): RawRow {
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (typeof c === "string") cells[i] = legacy ? nfc(legacyToUnicode(c, legacy)) : nfcText(c);
  }
  return row;
}

function applyUserMapping<F extends string>(spec: ColumnSpec<F>, header: DetectedHeader<F>, mapping: Record<string, string>, fileName: string): Columns<F> {
  const columns = { ...header.columns };
  const byKey = new Map(header.headers.map((h, i) => [headerKey(h), i] as const));
  for (const [field, headerText] of Object.entries(mapping) as [F, string][]) {
    if (!(field in spec.synonyms)) throw new AppError("import_mapping", `Tệp "${fileName}": không có trường "${field}".`);
    if (!headerText) {
      delete columns[field];
      continue;
    }
    const index = byKey.get(headerKey(headerText));
    if (index === undefined) throw new AppError("import_mapping", `Tệp "${fileName}" không có cột “${headerText}” ở dòng tiêu đề ${header.headerRow}.`);
    columns[field] = index;
  }
  return columns;
}

/**
 * Reads a register kept in Excel or CSV (a one-stop export, a catalogue, a
 * roster): converts legacy Vietnamese text, finds the header among the first
 * rows (title rows, merged two-row headers), matches the columns through the
 * spec's synonyms or the user's mapping, then hands every data row over as
 * it streams in: blank rows and rows summing the data up ("Tổng cộng", a
 * count alone) are not data, the latter are listed. Writes nothing.
 */
export async function readRegister<F extends string>(
  input: TableInput,
  spec: ColumnSpec<F>,
  options: RegisterOptions & { mappingFor?: (headers: string[]) => Record<string, string> | undefined },
  sink: RowSink<F>,
): Promise<RegisterRead<F>> {
  const table = await openTable(input);
  const iterator = table.rows[Symbol.asyncIterator]();
  const headRows: RawRow[] = [];
  while (headRows.length < HEADER_SEARCH_ROWS + 1) {
    const next = await iterator.next();
    if (next.done) break;
    headRows.push(next.value);
  }
  const legacy = table.encoding === null ? detectLegacyEncoding(headRows.flatMap((r) => r.cells.filter((c): c is string => typeof c === "string"))) : null;
  const buffered = headRows.map((r) => normaliseRow(r, legacy));

  const detected = detectHeader(buffered, { fieldOf: fieldMatcher(spec), required: spec.required }, options.mapping);
  if (!detected) {
    const examples = spec.required.map((f) => `“${spec.synonyms[f][0]}”`).join(", ");
    throw new AppError(
      "import_no_header",
      `Tệp "${input.fileName}": không tìm thấy dòng tiêu đề trong ${HEADER_SEARCH_ROWS} dòng đầu (cần các cột như ${examples}). Hãy kiểm tra đúng tệp ${spec.describes}.`,
    );
  }
  const userMapping = options.mapping ?? options.mappingFor?.(detected.headers);
  const columns = userMapping ? applyUserMapping(spec, detected, userMapping, input.fileName) : detected.columns;
  const header: RegisterHeader<F> = {
    format: table.format,
    sheetName: table.sheetName,
    encoding: table.encoding ?? (legacy ? legacyLabel(legacy) : null),
    headerRow: detected.headerRow,
    headers: detected.headers,
    columns,
    mapping: Object.fromEntries((Object.entries(columns) as [F, number][]).map(([f, i]) => [f, detected.headers[i] ?? ""])),
    missingFields: spec.required.filter((f) => columns[f] === undefined),
    titleCells: buffered
      .filter((r) => r.rowNumber < detected.headerRow)
      .flatMap((r) => r.cells.map(cellText))
      .filter(Boolean),
  };
  const take = sink(header);
  const summaryRows: number[] = [];
  const keyIndexes = spec.required.map((f) => columns[f]);
  const consume = (row: RawRow) => {
    reportProgress("Đang đọc tệp: dòng", row.rowNumber);
    const texts = row.cells.map(cellText);
    if (texts.every((t) => t === "")) return;
    if (
      isSummaryRow(
        texts,
        keyIndexes.map((i) => (i === undefined ? "" : (texts[i] ?? ""))),
      )
    )
      summaryRows.push(row.rowNumber);
    else take(row, texts);
  };
  for (const row of buffered.slice(detected.dataIndex)) consume(row);
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) consume(normaliseRow(next.value, legacy));
  return { ...header, summaryRows };
}
