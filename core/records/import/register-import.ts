import type Database from "better-sqlite3";
import { isImportableRegister, type ImportableRegister } from "../../schemas/importable-register";
import { recordAudit } from "../../audit";
import type { AppContext } from "../../context";
import { formatDateVi, localNow, todayInVietnam } from "../../../shared/dates";
import { sha256Of, type ImportSummary } from "../../dossiers/import";
import { batchToUndo, listImportBatches, markBatchUndone, type ImportBatchEntry } from "../../dossiers/undo";
import { AppError } from "../../../shared/errors";
import { newBatchId } from "../../import/batch-id";
import { columnLabel } from "../../import/column-spec";
import { readRegister, type RegisterHeader } from "../../import/register-reader";
import { rejectedFileName, rejectedRowsWorkbook, type RejectedForFile } from "../../import/rejected-file";
import type { RawCell, TableInput } from "../../import/table-reader";
import { fold } from "../../../shared/text";
import type { ImportedRecord, RegisterImporter, TableRow } from "./importer";
import { RegisterRow, RowRejected } from "./register-row";
import { REGISTER_IMPORTERS } from "./registers";
import { registerTextLimits } from "./text-limits";
import { beginWrite } from "../../write-transaction";

export interface RegisterImportOptions {
  /** The year the file is about: required by the CCHC plan. */
  year?: number;
  /** field → header text the user chose ("" = do not use the column). */
  mapping?: Record<string, string>;
  dryRun?: boolean;
}

/** What an import reports, as the dossier import does (`updated` always 0: a row already in the register stays as it is), and … */
export interface RegisterImportSummary extends ImportSummary {
  /** … what the import assumed that the clerk should know (units matching no department, a birth year alone). */
  notes: string[];
}

const SAMPLE_ROWS = 10;
const NOTED_ROWS = 10;
const BATCH_KIND_PREFIX = "register:";

export const registerBatchKind = (register: ImportableRegister) => `${BATCH_KIND_PREFIX}${register}`;

/** The register a batch of the import history imported, or null for another kind of import. */
export function registerOfKind(kind: string): ImportableRegister | null {
  const key = kind.startsWith(BATCH_KIND_PREFIX) ? kind.slice(BATCH_KIND_PREFIX.length) : "";
  return isImportableRegister(key) ? key : null;
}

/** A row of the header's column numbers ("1 2 3 …", "(1) (2) …") that official templates put under the header. */
const isColumnNumbers = (texts: string[]) => {
  const filled = texts.filter(Boolean);
  return filled.length >= 3 && filled.every((t) => /^\(?\d{1,2}\)?$/.test(t));
};

/** A row's cells as the clerk saw them: a date cell as dd/MM/yyyy (its UTC fields are the value typed in Excel). */
const shownTexts = (cells: RawCell[], texts: string[]) => texts.map((t, i) => (cells[i] instanceof Date ? formatDateVi(t.slice(0, 10)) : t));

/** The identity of a record: its key columns, text folded. */
const keyOf = (importer: RegisterImporter<string>, values: Record<string, unknown>) =>
  importer.keyColumns.map((c) => (typeof values[c] === "string" ? fold(values[c]) : String(values[c] ?? ""))).join("\u241f");

/** "Note (dòng 7, 9)": each note once, with the rows it concerns. */
function noteCollector() {
  const rows = new Map<string, number[]>();
  return {
    add: (note: string, row?: number) => {
      const list = rows.get(note) ?? [];
      if (row !== undefined) list.push(row);
      rows.set(note, list);
    },
    list: () =>
      [...rows].map(([note, at]) => {
        if (at.length === 0) return note;
        const shown = at.slice(0, NOTED_ROWS).join(", ");
        return `${note} (dòng ${shown}${at.length > NOTED_ROWS ? `, … ${at.length} dòng` : ""})`;
      }),
  };
}

interface Scan {
  header: RegisterHeader<string>;
  rejected: RejectedForFile[];
  notes: string[];
  dataRows: number;
  sampleRows: string[][];
}

/**
 * Reads a register file row by row through its importer: skips blank, totals
 * and column-number rows and section titles, rejects what cannot be read or
 * repeats an earlier row, and hands every record over with its identity.
 */
async function scanRegister(
  ctx: AppContext,
  importer: RegisterImporter<string>,
  input: TableInput,
  options: RegisterImportOptions,
  onRecord: (record: ImportedRecord, key: string) => void,
): Promise<Scan> {
  const rejected: RejectedForFile[] = [];
  const notes = noteCollector();
  const seen = new Map<string, number>();
  const out = { dataRows: 0, sampleRows: [] as string[][] };
  const today = todayInVietnam(ctx.now());
  const limits = registerTextLimits(importer.register);
  const header = await readRegister(input, importer.spec, { mapping: options.mapping }, (found) => {
    const { columns, headers } = found;
    const column = (field: string) => (columns[field] === undefined || !headers[columns[field]!] ? columnLabel(importer.spec, field) : `“${headers[columns[field]!]}”`);
    for (const [field, note] of Object.entries(importer.absentColumnNotes ?? {})) {
      if (columns[field] === undefined) notes.add(`Tệp không có cột ${columnLabel(importer.spec, field)}: ${note}`);
    }
    const read = importer.rowReader({ sqlite: ctx.store.sqlite, year: options.year ?? Number(today.slice(0, 4)), today });
    return (raw, texts) => {
      if (out.sampleRows.length < SAMPLE_ROWS) out.sampleRows.push(shownTexts(raw.cells, texts));
      if (isColumnNumbers(texts)) return;
      if (found.missingFields.length > 0) {
        out.dataRows++;
        return;
      }
      const row = new RegisterRow(raw.rowNumber, raw.cells, texts, columns, column);
      try {
        limits.checkCells(row);
        const record = read(row);
        if (!record) return;
        limits.checkValues(row, record.values);
        const key = keyOf(importer, record.values);
        const first = seen.get(key);
        if (first !== undefined) row.reject(`Trùng với dòng ${first} (${importer.keyDescription}).`);
        seen.set(key, raw.rowNumber);
        out.dataRows++;
        for (const note of row.notes) notes.add(note, raw.rowNumber);
        onRecord(record, key);
      } catch (e) {
        if (!(e instanceof RowRejected)) throw e;
        out.dataRows++;
        rejected.push({ row: raw.rowNumber, reason: e.message, cells: shownTexts(raw.cells, texts) });
      }
    };
  });
  return { header, rejected, notes: notes.list(), ...out };
}

/** What the import would read from a file: where the header is, which columns go where, the first rows. Writes nothing. */
export async function previewRegisterImport(ctx: AppContext, register: ImportableRegister, input: TableInput, options: RegisterImportOptions = {}) {
  const importer = REGISTER_IMPORTERS[register];
  const scan = await scanRegister(ctx, importer, input, options, () => {});
  const { header } = scan;
  const mapped = new Set(Object.values(header.mapping));
  return {
    fileName: input.fileName,
    format: header.format,
    sheetName: header.sheetName,
    headerRow: header.headerRow,
    headers: header.headers,
    mapping: header.mapping,
    unmappedHeaders: header.headers.filter((h) => h && !mapped.has(h)),
    missingFields: header.missingFields,
    sampleRows: scan.sampleRows,
    dataRows: scan.dataRows,
    encoding: header.encoding,
    fields: Object.entries(importer.spec.synonyms).map(([field, names]) => ({ field, label: names[0]!, required: importer.spec.required.includes(field) })),
  };
}

/** Inserts each record not in the table yet (by its identity); without a batch (a dry run) it only counts. */
function recordWriter(sqlite: Database.Database, importer: RegisterImporter<string>, batchId: string | null) {
  const counts = { inserted: 0, unchanged: 0 };
  const existing = new Set((sqlite.prepare(`SELECT ${importer.keyColumns.join(", ")} FROM ${importer.table}`).all() as Record<string, unknown>[]).map((r) => keyOf(importer, r)));
  const statements = new Map<string, Database.Statement>();
  const insert = (table: string, values: TableRow) => {
    const cols = Object.keys(values);
    const sql = `INSERT INTO ${table} (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`;
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
    return Number(statement.run(...Object.values(values)).lastInsertRowid);
  };
  const write = (record: ImportedRecord, key: string) => {
    if (existing.has(key)) {
      counts.unchanged++;
      return;
    }
    counts.inserted++;
    if (!batchId) return;
    const id = insert(importer.table, { ...record.values, batch_id: batchId });
    for (const child of record.children ?? []) insert(child.table, { ...child.values, [child.parentColumn]: id });
  };
  return { counts, write };
}

function yearRequired(importer: RegisterImporter<string>, input: TableInput, options: RegisterImportOptions) {
  if (importer.needsYear && options.year === undefined) {
    throw new AppError("import_year_missing", `Tệp "${input.fileName}": hãy cho biết ${importer.title} này của năm nào (ví dụ 2025) rồi nhập lại.`);
  }
}

/**
 * Imports a register kept in Excel as one batch of the import history, in one
 * transaction: all of the file's good rows or nothing. Rows already in the
 * register (same identity) are left as they are; bad rows are listed with
 * their reason and put in a file to fix; a dry run counts and writes nothing.
 */
export async function importRegister(ctx: AppContext, register: ImportableRegister, input: TableInput, options: RegisterImportOptions = {}): Promise<RegisterImportSummary> {
  const importer = REGISTER_IMPORTERS[register];
  yearRequired(importer, input, options);
  const sqlite = ctx.store.sqlite;
  const dryRun = options.dryRun ?? false;
  const batchId = dryRun ? null : newBatchId(ctx.now());
  const fileSha256 = await sha256Of(input).catch(() => null);
  const transaction = dryRun ? null : beginWrite(sqlite);
  let scan: Scan;
  let counts: { inserted: number; unchanged: number };
  try {
    if (batchId) {
      sqlite
        .prepare("INSERT INTO import_batches (id, kind, file_name, file_sha256, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?)")
        .run(batchId, registerBatchKind(register), input.fileName, fileSha256, ctx.userName, localNow(ctx.now()));
    }
    const writer = recordWriter(sqlite, importer, batchId);
    counts = writer.counts;
    scan = await scanRegister(ctx, importer, input, options, writer.write);
    const { header } = scan;
    if (header.missingFields.length > 0) {
      const names = header.missingFields.map((f) => columnLabel(importer.spec, f)).join(", ");
      throw new AppError("import_missing_columns", `Tệp "${input.fileName}" thiếu cột ${names} (dòng tiêu đề ${header.headerRow}). Hãy chọn cột tương ứng rồi nhập lại.`);
    }
    if (batchId) {
      sqlite
        .prepare("UPDATE import_batches SET inserted = ?, unchanged = ?, rejected = ?, sheet_name = ?, header_row = ?, mapping = ? WHERE id = ?")
        .run(counts.inserted, counts.unchanged, scan.rejected.length, header.sheetName, header.headerRow, JSON.stringify(header.mapping), batchId);
      recordAudit(ctx.store.db, {
        userName: ctx.userName,
        action: "nhap",
        entity: importer.table,
        entityId: batchId,
        newValue: { fileName: input.fileName, ...counts, rejected: scan.rejected.length },
      });
      transaction?.commit();
    }
  } catch (e) {
    transaction?.rollback();
    throw e;
  }
  return {
    batchId,
    inserted: counts.inserted,
    updated: 0,
    unchanged: counts.unchanged,
    rejected: scan.rejected.map(({ row, reason }) => ({ row, reason })),
    mapping: scan.header.mapping,
    dryRun,
    notes: scan.notes,
    rejectedFile: scan.rejected.length ? { fileName: rejectedFileName(input.fileName), content: await rejectedRowsWorkbook(scan.header.headers, scan.rejected) } : null,
  };
}

/** The imports of one register, newest first; only the newest still in effect can be undone. */
export const registerImportHistory = (ctx: AppContext, register: ImportableRegister): ImportBatchEntry[] => listImportBatches(ctx, registerBatchKind(register));

/** The register a batch imported, or null when the batch is not a register import (or does not exist). */
export function registerOfBatch(ctx: AppContext, batchId: string): ImportableRegister | null {
  const row = ctx.store.sqlite.prepare("SELECT kind FROM import_batches WHERE id = ?").get(batchId) as { kind: string } | undefined;
  return row ? registerOfKind(row.kind) : null;
}

/**
 * Undoes the newest import of a register in one transaction: the rows it
 * added are deleted (with what belongs to them, such as a staff member's
 * statuses), and the batch stays in the history marked as undone.
 */
export function undoRegisterImport(ctx: AppContext, batchId: string): { batchId: string; removed: number } {
  const sqlite = ctx.store.sqlite;
  return sqlite.transaction(() => {
    const batch = batchToUndo(ctx, batchId, (kind) => registerOfKind(kind) !== null, "sổ theo dõi");
    const importer = REGISTER_IMPORTERS[registerOfKind(batch.kind)!];
    const removed = sqlite.prepare(`DELETE FROM ${importer.table} WHERE batch_id = ?`).run(batchId).changes;
    markBatchUndone(ctx, batchId);
    recordAudit(ctx.store.db, { userName: ctx.userName, action: "hoan_tac", entity: importer.table, entityId: batchId, newValue: { removed } });
    return { batchId, removed };
  })();
}
