import type { DossierField } from "../schemas/dossier";
import { fold } from "../../shared/text";
import { shownCells } from "../import/cell-dates";
import { readDossierRow, unknownValuesOf, type DossierValues, type ValueMappings } from "../import/dossier-row";
import { DOSSIER_COLUMNS } from "../import/synonyms";
import { readRegister } from "../import/register-reader";
import { skippedRowsOf, type SkippedRows } from "../import/skipped-rows";
import type { TableInput } from "../import/table-reader";
import { fileUnitReader } from "./file-unit";

export interface RejectedRow {
  row: number;
  reason: string;
  cells: string[];
}

/** Statuses and channels the user chose to leave out ("Bỏ qua những dòng này"), as the preview listed them. */
export interface SkipValues {
  status: string[];
  channel: string[];
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
  /** Rows left out on purpose: totals rows, rows with a value the user chose to skip. */
  skipped: SkippedRows[];
  unknownValues: { status: string[]; channel: string[] };
  sampleRows: string[][];
  dataRows: number;
  savedMappingUsed: boolean;
  valueMappings: ValueMappings;
  /** The communes or wards the file says it is of (its title, its handling-unit column). */
  fileUnits: string[];
}

export interface ReadOptions {
  /** field → header text the user chose ("" = do not use the column). */
  mapping?: Record<string, string>;
  valueMappings?: ValueMappings;
  skipValues?: SkipValues;
  /** Count rows and collect unknown values, but check no row (the wizard's preview). */
  previewOnly?: boolean;
  /** Each dossier read, in file order, with its row number. */
  onRecord?: (row: number, values: DossierValues) => void;
  /** A mapping remembered for files with these headers, used when the user gave none. */
  savedMapping?: (headers: string[]) => { columns: Record<string, string>; values: ValueMappings } | null;
}

const SAMPLE_ROWS = 10;
const DATE_FIELDS = ["receivedAt", "dueAt", "resultAt", "returnedAt"] as const;
const VALUE_WORDS: Record<keyof SkipValues, string> = { status: "trạng thái", channel: "hình thức nộp" };

/** A collector per value the user chose to skip, found by the row's value (folded). */
function valueSkips(skipValues: SkipValues | undefined) {
  const byKey = new Map<string, ReturnType<typeof skippedRowsOf>>();
  for (const kind of ["status", "channel"] as const) {
    for (const value of skipValues?.[kind] ?? []) byKey.set(`${kind}:${fold(value)}`, skippedRowsOf(`dòng có ${VALUE_WORDS[kind]} “${value}”`));
  }
  return {
    of: (kind: keyof SkipValues, value: string) => (value && byKey.size > 0 ? byKey.get(`${kind}:${fold(value)}`) : undefined),
    lists: () => [...byKey.values()].map((s) => s.list()),
  };
}

/**
 * Reads a one-stop system export: finds the header among the first rows,
 * matches the columns, and turns every data row into a dossier or a
 * rejection with its row number and reason. Writes nothing.
 */
export async function readDossierExport(input: TableInput, options: ReadOptions = {}): Promise<ReadExport> {
  let saved: ReturnType<NonNullable<ReadOptions["savedMapping"]>> = null;
  const mappingFor = (headers: string[]) => {
    saved = options.savedMapping?.(headers) ?? null;
    return saved?.columns;
  };
  const unknown = { status: new Set<string>(), channel: new Set<string>() };
  const seen = new Map<string, number>();
  const out = { accepted: 0, rejected: [] as RejectedRow[], sampleRows: [] as string[][], dataRows: 0 };
  const skips = valueSkips(options.skipValues);
  let units = fileUnitReader([]);
  let valueMappings: ValueMappings = { status: {}, channel: {} };

  const read = await readRegister(input, DOSSIER_COLUMNS, { mapping: options.mapping, mappingFor }, ({ columns, missingFields, titleCells }) => {
    valueMappings = {
      status: { ...saved?.values.status, ...options.valueMappings?.status },
      channel: { ...saved?.values.channel, ...options.valueMappings?.channel },
    };
    units = fileUnitReader(titleCells);
    const dateColumns = new Set(DATE_FIELDS.flatMap((f) => (columns[f] === undefined ? [] : [columns[f]])));
    const text = (texts: string[], f: DossierField) => (columns[f] === undefined ? "" : (texts[columns[f]] ?? ""));
    return (row, texts) => {
      units.addColumnValue(text(texts, "handlingUnit"));
      const skip = skips.of("status", text(texts, "status")) ?? skips.of("channel", text(texts, "channel"));
      if (skip) {
        skip.add(row.rowNumber);
        return;
      }
      const u = unknownValuesOf(row.cells, columns, valueMappings);
      if (u.status) unknown.status.add(u.status);
      if (u.channel) unknown.channel.add(u.channel);
      if (out.sampleRows.length < SAMPLE_ROWS) out.sampleRows.push(shownCells(row.cells, texts, dateColumns));
      out.dataRows++;
      if (missingFields.length > 0 || options.previewOnly) return;
      const outcome = readDossierRow(row.cells, texts, columns, valueMappings);
      if (outcome.kind === "reject") {
        out.rejected.push({ row: row.rowNumber, reason: outcome.reason, cells: shownCells(row.cells, texts, dateColumns) });
        return;
      }
      const first = seen.get(outcome.values.code);
      if (first !== undefined) {
        out.rejected.push({ row: row.rowNumber, reason: `Mã hồ sơ “${outcome.values.code}” trùng với dòng ${first}.`, cells: shownCells(row.cells, texts, dateColumns) });
        return;
      }
      seen.set(outcome.values.code, row.rowNumber);
      out.accepted++;
      options.onRecord?.(row.rowNumber, outcome.values);
    };
  });
  const { summaryRows, ...header } = read;
  const totals = skippedRowsOf("dòng tổng cộng");
  summaryRows.forEach(totals.add);
  return {
    ...header,
    ...out,
    skipped: [totals.list(), ...skips.lists()].filter((s): s is SkippedRows => s !== null),
    unknownValues: { status: [...unknown.status].sort(), channel: [...unknown.channel].sort() },
    savedMappingUsed: saved !== null,
    valueMappings,
    fileUnits: units.units(),
  };
}
