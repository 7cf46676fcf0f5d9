import type { AppContext } from "../context";
import { AppError } from "../../shared/errors";
import { recordAudit } from "../audit";
import { localNow } from "../../shared/dates";
import { DOSSIER_IMPORT_KIND } from "./import";

export interface BatchRow {
  id: string;
  kind: string;
  file_name: string;
  undone_at: string | null;
}

/** The newest import of a kind not undone yet: the only one that can be undone, since later imports build on it. */
export function undoableBatchId(ctx: AppContext, kind: string = DOSSIER_IMPORT_KIND): string | null {
  const row = ctx.store.sqlite.prepare("SELECT id FROM import_batches WHERE kind = ? AND undone_at IS NULL ORDER BY rowid DESC LIMIT 1").get(kind) as { id: string } | undefined;
  return row?.id ?? null;
}

export interface ImportBatchEntry {
  id: string;
  fileName: string;
  importedAt: string;
  importedBy: string | null;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  undoneAt: string | null;
  undoneBy: string | null;
  canUndo: boolean;
}

/** The history of the imports of a kind (dossiers unless told), newest first. */
export function listImportBatches(ctx: AppContext, kind: string = DOSSIER_IMPORT_KIND): ImportBatchEntry[] {
  const undoable = undoableBatchId(ctx, kind);
  const rows = ctx.store.sqlite
    .prepare(
      `SELECT id, file_name AS fileName, imported_at AS importedAt, imported_by AS importedBy, inserted, updated, unchanged, rejected,
              undone_at AS undoneAt, undone_by AS undoneBy
       FROM import_batches WHERE kind = ? ORDER BY rowid DESC`,
    )
    .all(kind) as Omit<ImportBatchEntry, "canUndo">[];
  return rows.map((r) => ({ ...r, canUndo: r.id === undoable }));
}

/**
 * The batch `batchId`, if it is an import of a kind `accepts` and can be
 * undone now: not undone yet and the newest of its kind still in effect.
 * `noun` names what was imported, for the message: "hồ sơ".
 */
export function batchToUndo(ctx: AppContext, batchId: string, accepts: (kind: string) => boolean, noun: string): BatchRow {
  const batch = ctx.store.sqlite.prepare("SELECT id, kind, file_name, undone_at FROM import_batches WHERE id = ?").get(batchId) as BatchRow | undefined;
  if (!batch || !accepts(batch.kind)) throw new AppError("batch_unknown", `Không có lần nhập ${noun} "${batchId}".`);
  if (batch.undone_at) throw new AppError("batch_undone", `Lần nhập "${batchId}" (${batch.file_name}) đã được hoàn tác lúc ${batch.undone_at}.`);
  const newest = undoableBatchId(ctx, batch.kind);
  if (newest !== batchId) {
    throw new AppError("batch_not_last", `Chỉ hoàn tác được lần nhập mới nhất (${newest}); hãy hoàn tác các lần nhập sau "${batchId}" trước.`);
  }
  return batch;
}

/** Keeps the batch in the history, marked as undone now by the current user; inside the undo's transaction. */
export function markBatchUndone(ctx: AppContext, batchId: string): void {
  ctx.store.sqlite.prepare("UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ?").run(localNow(ctx.now()), ctx.userName, batchId);
}

/**
 * Undoes one dossier import in one transaction: the dossiers it added are
 * removed, those it changed get back their earlier values, and the batch
 * stays in the history marked as undone.
 */
export function undoDossierImport(ctx: AppContext, batchId: string): { batchId: string; removed: number; restored: number } {
  const sqlite = ctx.store.sqlite;
  return sqlite.transaction(() => {
    batchToUndo(ctx, batchId, (kind) => kind === DOSSIER_IMPORT_KIND, "hồ sơ");
    const revisions = sqlite.prepare("SELECT dossier_code AS code, before FROM dossier_revisions WHERE batch_id = ? ORDER BY id").all(batchId) as { code: string; before: string }[];
    for (const r of revisions) {
      const before = JSON.parse(r.before) as Record<string, unknown>;
      const cols = Object.keys(before).filter((c) => c !== "id");
      sqlite.prepare(`UPDATE dossiers SET ${cols.map((c) => `${c} = ?`).join(", ")} WHERE id = ?`).run(...cols.map((c) => before[c] as never), before.id as never);
    }
    const removed = sqlite.prepare("DELETE FROM dossiers WHERE batch_id = ?").run(batchId).changes;
    markBatchUndone(ctx, batchId);
    recordAudit(ctx.store.db, { userName: ctx.userName, action: "hoan_tac", entity: "dossiers", entityId: batchId, newValue: { removed, restored: revisions.length } });
    return { batchId, removed, restored: revisions.length };
  })();
}
