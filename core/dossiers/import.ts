import { createHash } from "node:crypto";
import { newBatchId } from "../import/batch-id";
import { createReadStream } from "node:fs";
import type Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import type { AppContext } from "../context";
import { dossiers, importBatches, savedMappings } from "../../db/schema";
import { recordAudit } from "../audit";
import { localNow } from "../../shared/dates";
import type { DossierValues, ValueMappings } from "../import/dossier-row";
import { headerKey } from "../import/column-spec";
import { rejectedFileName, rejectedRowsWorkbook } from "../import/rejected-file";
import type { TableInput } from "../import/table-reader";
import { AppError } from "../../shared/errors";
import type { SkippedRows } from "../import/skipped-rows";
import { otherUnitOf, type OtherUnit } from "./file-unit";
import { readDossierExport, type ReadExport, type SkipValues } from "./read-export";
import { beginWrite } from "../write-transaction";

export const DOSSIER_IMPORT_KIND = "tthc";

export interface ImportOptions {
  mapping?: Record<string, string>;
  valueMappings?: ValueMappings;
  /** Values whose rows the user chose to leave out; never remembered. */
  skipValues?: SkipValues;
  dryRun?: boolean;
  /** Remember the mapping the user confirmed for files of this shape. */
  saveMapping?: boolean;
}

export interface ImportSummary {
  batchId: string | null;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: { row: number; reason: string }[];
  mapping: Record<string, string>;
  dryRun: boolean;
  rejectedFile: { fileName: string; content: Buffer } | null;
}

/** What a dossier import reports besides the counts every import has. */
export interface DossierImportSummary extends ImportSummary {
  skipped: SkippedRows[];
  /** The file names another commune than the store's. */
  otherUnit: OtherUnit | null;
}

/** The file's shape, for remembering a mapping: its header texts, folded. */
export const headerSignature = (headers: string[]) => headers.map(headerKey).filter(Boolean).join("|");

/** The mapping remembered for files with these headers. */
export const savedMappingFor =
  (ctx: AppContext) =>
  (headers: string[]): { columns: Record<string, string>; values: ValueMappings } | null => {
    const row = ctx.store.db
      .select()
      .from(savedMappings)
      .where(eq(savedMappings.headerSignature, headerSignature(headers)))
      .get();
    if (!row || row.kind !== DOSSIER_IMPORT_KIND) return null;
    return { columns: row.columns as Record<string, string>, values: (row.values as ValueMappings | null) ?? { status: {}, channel: {} } };
  };

/** Column name in SQL for each DossierValues key. */
const COLUMN: Record<keyof DossierValues, string> = Object.fromEntries(
  Object.entries(dossiers).flatMap(([key, col]) => (col && typeof col === "object" && "name" in col && typeof col.name === "string" ? [[key, col.name]] : [])),
) as Record<keyof DossierValues, string>;

const toSql = (v: unknown) => (typeof v === "boolean" ? (v ? 1 : 0) : (v ?? null));

interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Upserts by Mã hồ sơ; only the columns the file has are written, so a
 * narrower export never blanks others. Without a batch (a dry run) it only counts.
 */
function dossierWriter(sqlite: Database.Database, batchId: string | null) {
  const counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const find = sqlite.prepare("SELECT * FROM dossiers WHERE code = ?");
  const revise = sqlite.prepare("INSERT INTO dossier_revisions (batch_id, dossier_code, before) VALUES (?, ?, ?)");
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = sqlite.prepare(sql)));
    return s;
  };
  // Every row of a file has the same columns: its INSERT is made once, not per row.
  let insert: { keys: string[]; statement: Database.Statement } | null = null;
  const insertFor = (keys: string[]) => {
    if (!insert || insert.keys.length !== keys.length || insert.keys.some((k, i) => k !== keys[i])) {
      const cols = [...keys.map((k) => COLUMN[k as keyof DossierValues]), "batch_id"];
      insert = { keys, statement: prepared(`INSERT INTO dossiers (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`) };
    }
    return insert.statement;
  };
  const write = (values: DossierValues) => {
    const keys = Object.keys(values) as (keyof DossierValues)[];
    const existing = find.get(values.code) as Record<string, unknown> | undefined;
    if (!existing) {
      counts.inserted++;
      if (!batchId) return;
      insertFor(keys).run(...keys.map((k) => toSql(values[k])), batchId);
      return;
    }
    const changed = keys.filter((k) => existing[COLUMN[k]] !== toSql(values[k]));
    if (changed.length === 0) {
      counts.unchanged++;
      return;
    }
    counts.updated++;
    if (!batchId) return;
    revise.run(batchId, values.code, JSON.stringify(existing));
    prepared(`UPDATE dossiers SET ${changed.map((k) => `${COLUMN[k]} = ?`).join(", ")}, updated_batch_id = ? WHERE id = ?`).run(...changed.map((k) => toSql(values[k])), batchId, existing.id);
  };
  return { counts, write };
}

export const sha256Of = async (input: TableInput) => {
  const hash = createHash("sha256");
  if (input.buffer) return hash.update(input.buffer).digest("hex");
  for await (const chunk of createReadStream(input.path!)) hash.update(chunk as Buffer);
  return hash.digest("hex");
};

/**
 * Imports a one-stop system export as one batch of the import history
 * (undoable), in one transaction that is open while the file streams in, so
 * a 200,000-row file never sits whole in memory and a failure or a killed
 * process leaves nothing of it. Rejected rows are reported, never half
 * written; a dry run reads and counts but writes nothing.
 */
export async function importDossiers(ctx: AppContext, input: TableInput, options: ImportOptions = {}): Promise<DossierImportSummary> {
  const sqlite = ctx.store.sqlite;
  const dryRun = options.dryRun ?? false;
  const batchId = dryRun ? null : newBatchId(ctx.now());
  const fileSha256 = await sha256Of(input).catch(() => null);
  const writer = dossierWriter(sqlite, batchId);
  const transaction = dryRun ? null : beginWrite(sqlite);
  let parsed: ReadExport;
  try {
    if (batchId) {
      ctx.store.db
        .insert(importBatches)
        .values({ id: batchId, kind: DOSSIER_IMPORT_KIND, fileName: input.fileName, fileSha256, importedBy: ctx.userName, importedAt: localNow(ctx.now()) })
        .run();
    }
    parsed = await readDossierExport(input, { ...options, savedMapping: savedMappingFor(ctx), onRecord: (_row, values) => writer.write(values) });
    if (parsed.missingFields.length > 0) {
      const names = parsed.missingFields.map((f) => (f === "code" ? "“Mã hồ sơ”" : "“Ngày tiếp nhận”")).join(" và ");
      throw new AppError("import_missing_columns", `Tệp "${input.fileName}" thiếu cột ${names} (dòng tiêu đề ${parsed.headerRow}). Hãy chọn cột tương ứng rồi nhập lại.`);
    }
    if (batchId) recordBatch(ctx, batchId, input.fileName, parsed, writer.counts, options);
    transaction?.commit();
  } catch (e) {
    transaction?.rollback();
    throw e;
  }
  return {
    batchId,
    ...writer.counts,
    rejected: parsed.rejected.map(({ row, reason }) => ({ row, reason })),
    skipped: parsed.skipped,
    otherUnit: otherUnitOf(ctx, parsed.fileUnits),
    mapping: parsed.mapping,
    dryRun,
    rejectedFile: parsed.rejected.length ? { fileName: rejectedFileName(input.fileName), content: await rejectedRowsWorkbook(parsed.headers, parsed.rejected) } : null,
  };
}

/** The batch's counts, the audit entry and the remembered mapping: inside the import's transaction. */
function recordBatch(ctx: AppContext, batchId: string, fileName: string, parsed: ReadExport, counts: WriteCounts, options: ImportOptions) {
  ctx.store.db
    .update(importBatches)
    .set({ ...counts, rejected: parsed.rejected.length, sheetName: parsed.sheetName, headerRow: parsed.headerRow, mapping: parsed.mapping })
    .where(eq(importBatches.id, batchId))
    .run();
  recordAudit(ctx.store.db, {
    userName: ctx.userName,
    action: "nhap",
    entity: "dossiers",
    entityId: batchId,
    newValue: { fileName, ...counts, rejected: parsed.rejected.length },
  });
  const { valueMappings } = parsed;
  if (options.saveMapping !== false && (options.mapping || Object.keys(valueMappings.status).length || Object.keys(valueMappings.channel).length)) {
    const row = { kind: DOSSIER_IMPORT_KIND, headerSignature: headerSignature(parsed.headers), columns: parsed.mapping, values: valueMappings, createdBy: ctx.userName };
    ctx.store.db
      .insert(savedMappings)
      .values(row)
      .onConflictDoUpdate({ target: [savedMappings.kind, savedMappings.headerSignature], set: row })
      .run();
  }
}
