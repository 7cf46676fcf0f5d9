import type { DossierField } from "../api/contract";
import { readDossierRow, unknownValuesOf, type DossierValues, type ValueMappings } from "../import/dossier-row";
import { DOSSIER_COLUMNS } from "../import/synonyms";
import { readRegister } from "../import/register-reader";
import type { TableInput } from "../import/table-reader";

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
  let valueMappings: ValueMappings = { status: {}, channel: {} };

  const header = await readRegister(input, DOSSIER_COLUMNS, { mapping: options.mapping, mappingFor }, ({ columns, missingFields }) => {
    valueMappings = {
      status: { ...saved?.values.status, ...options.valueMappings?.status },
      channel: { ...saved?.values.channel, ...options.valueMappings?.channel },
    };
    return (row, texts) => {
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
  });
  return {
    ...header,
    ...out,
    unknownValues: { status: [...unknown.status].sort(), channel: [...unknown.channel].sort() },
    savedMappingUsed: saved !== null,
    valueMappings,
  };
}
