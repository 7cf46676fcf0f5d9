import type { DossierField } from "../api/contract";
import { AppError } from "../errors";
import { detectHeader, HEADER_SEARCH_ROWS, type DetectedHeader } from "../import/header-detect";
import { readDossierRow, unknownValuesOf, type DossierValues, type ValueMappings } from "../import/dossier-row";
import { headerKey, REQUIRED_DOSSIER_FIELDS, DOSSIER_FIELD_SYNONYMS } from "../import/synonyms";
import { openTable, legacyLabel, type RawRow, type TableInput } from "../import/table-reader";
import { detectLegacyEncoding, legacyToUnicode, type LegacyEncoding } from "../import/legacy-vietnamese";
import { cellText } from "../import/header-detect";
import { nfc } from "../text";

export interface RejectedRow {
  row: number;
  reason: string;
  cells: string[];
}

export interface ReadExport {
  format: "xlsx" | "csv";
  sheetName: string | null;
  encoding: string | null;
  headerRow: number;
  headers: string[];
  /** field → header text as written in the file. */
  mapping: Record<string, string>;
  missingFields: DossierField[];
  /** Dossiers read (handed to onRecord as they come, never kept). */
  accepted: number;
  rejected: RejectedRow[];
  unknownValues: { status: string[]; channel: string[] };
  sampleRows: string[][];
  dataRows: number;
  savedMappingUsed: boolean;
  valueMappings: ValueMappings;
}

export interface ReadOptions {
  /** field → header text the user chose ("" = do not use the column). */
  mapping?: Record<string, string>;
  valueMappings?: ValueMappings;
  /** Count rows and collect unknown values, but check no row (the wizard's preview). */
  previewOnly?: boolean;
  /** Each dossier read, in file order, with its row number. */
  onRecord?: (row: number, values: DossierValues) => void;
  /** A mapping remembered for files with these headers, used when the user gave none. */
  savedMapping?: (headers: string[]) => { columns: Record<string, string>; values: ValueMappings } | null;
}

const SAMPLE_ROWS = 10;

/** Strings of a row through the legacy converter; other cells as they are; all NFC. */
function normaliseRow(row: RawRow, legacy: LegacyEncoding | null): RawRow {
  return {
    rowNumber: row.rowNumber,
    cells: row.cells.map((c) => (typeof c === "string" ? nfc(legacy ? legacyToUnicode(c, legacy) : c) : c)),
  };
}

function applyUserMapping(header: DetectedHeader, mapping: Record<string, string>, fileName: string): Partial<Record<DossierField, number>> {
  const columns = { ...header.columns };
  const byKey = new Map(header.headers.map((h, i) => [headerKey(h), i] as const));
  for (const [field, headerText] of Object.entries(mapping)) {
    if (!(field in DOSSIER_FIELD_SYNONYMS)) {
      throw new AppError("import_mapping", `Tệp "${fileName}": trường "${field}" không có trong danh sách trường của hồ sơ.`);
    }
    if (!headerText) {
      delete columns[field as DossierField];
      continue;
    }
    const index = byKey.get(headerKey(headerText));
    if (index === undefined) {
      throw new AppError("import_mapping", `Tệp "${fileName}" không có cột “${headerText}” ở dòng tiêu đề ${header.headerRow}.`);
    }
    columns[field as DossierField] = index;
  }
  return columns;
}

/**
 * Reads a one-stop system export: finds the header among the first rows,
 * matches the columns, and turns every data row into a dossier or a
 * rejection with its row number and reason. Writes nothing.
 */
export async function readDossierExport(input: TableInput, options: ReadOptions = {}): Promise<ReadExport> {
  const table = await openTable(input);
  const iterator = table.rows[Symbol.asyncIterator]();
  const headRows: RawRow[] = [];
  while (headRows.length < HEADER_SEARCH_ROWS + 1) {
    const next = await iterator.next();
    if (next.done) break;
    headRows.push(next.value);
  }
  const headTexts = headRows.flatMap((r) => r.cells.filter((c): c is string => typeof c === "string"));
  const legacy = table.encoding === null ? detectLegacyEncoding(headTexts) : null;
  const buffered = headRows.map((r) => normaliseRow(r, legacy));

  const header = detectHeader(buffered, options.mapping);
  if (!header) {
    throw new AppError(
      "import_no_header",
      `Tệp "${input.fileName}": không tìm thấy dòng tiêu đề trong ${HEADER_SEARCH_ROWS} dòng đầu (cần các cột như “Mã hồ sơ”, “Ngày tiếp nhận”, “Trạng thái”). Hãy kiểm tra đúng tệp danh sách hồ sơ xuất từ hệ thống một cửa.`,
    );
  }
  const saved = options.mapping ? null : (options.savedMapping?.(header.headers) ?? null);
  const userMapping = options.mapping ?? saved?.columns;
  const valueMappings: ValueMappings = {
    status: { ...saved?.values.status, ...options.valueMappings?.status },
    channel: { ...saved?.values.channel, ...options.valueMappings?.channel },
  };
  const columns = userMapping ? applyUserMapping(header, userMapping, input.fileName) : header.columns;
  const mapping = Object.fromEntries(Object.entries(columns).map(([f, i]) => [f, header.headers[i] ?? ""]));
  const missingFields = REQUIRED_DOSSIER_FIELDS.filter((f) => columns[f] === undefined);
  const out: ReadExport = {
    format: table.format,
    sheetName: table.sheetName,
    encoding: table.encoding ?? (legacy ? legacyLabel(legacy) : null),
    headerRow: header.headerRow,
    headers: header.headers,
    mapping,
    missingFields,
    accepted: 0,
    rejected: [],
    unknownValues: { status: [], channel: [] },
    sampleRows: [],
    dataRows: 0,
    savedMappingUsed: saved !== null,
    valueMappings,
  };
  const unknown = { status: new Set<string>(), channel: new Set<string>() };
  const seen = new Map<string, number>();

  const consume = (row: RawRow) => {
    const texts = row.cells.map(cellText);
    if (texts.every((t) => t === "")) return;
    const u = unknownValuesOf(row.cells, columns, valueMappings);
    if (u.status) unknown.status.add(u.status);
    if (u.channel) unknown.channel.add(u.channel);
    if (out.sampleRows.length < SAMPLE_ROWS) out.sampleRows.push(texts);
    if (missingFields.length > 0) {
      out.dataRows++;
      return;
    }
    const outcome = readDossierRow(row.cells, texts, columns, valueMappings);
    if (outcome.kind === "skip") return;
    out.dataRows++;
    if (options.previewOnly) return;
    if (outcome.kind === "reject") {
      out.rejected.push({ row: row.rowNumber, reason: outcome.reason, cells: texts });
      return;
    }
    const first = seen.get(outcome.values.code);
    if (first !== undefined) {
      out.rejected.push({ row: row.rowNumber, reason: `Mã hồ sơ “${outcome.values.code}” trùng với dòng ${first}.`, cells: texts });
      return;
    }
    seen.set(outcome.values.code, row.rowNumber);
    out.accepted++;
    options.onRecord?.(row.rowNumber, outcome.values);
  };

  for (const row of buffered.slice(header.dataIndex)) consume(row);
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) consume(normaliseRow(next.value, legacy));
  out.unknownValues = { status: [...unknown.status].sort(), channel: [...unknown.channel].sort() };
  return out;
}
