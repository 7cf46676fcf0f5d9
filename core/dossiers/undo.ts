import type { AppContext } from "../context";
import { AppError } from "../errors";
import { recordAudit } from "../audit";
import { localNow } from "../dates";
import { DOSSIER_IMPORT_KIND } from "./import";

interface BatchRow {
  id: string;
  kind: string;
  file_name: string;
  undone_at: string | null;
}

/** The newest dossier import not undone yet: the only one that can be undone, since later imports build on it. */
export function undoableBatchId(ctx: AppContext): string | null {
  const row = ctx.store.sqlite
    .prepare("SELECT id FROM import_batches WHERE kind = ? AND undone_at IS NULL ORDER BY rowid DESC LIMIT 1")
    .get(DOSSIER_IMPORT_KIND) as { id: string } | undefined;
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

/** The history of dossier imports, newest first. */
export function listImportBatches(ctx: AppContext): ImportBatchEntry[] {
  const undoable = undoableBatchId(ctx);
  const rows = ctx.store.sqlite
    .prepare(
      `SELECT id, file_name AS fileName, imported_at AS importedAt, imported_by AS importedBy, inserted, updated, unchanged, rejected,
              undone_at AS undoneAt, undone_by AS undoneBy
       FROM import_batches WHERE kind = ? ORDER BY rowid DESC`,
    )
    .all(DOSSIER_IMPORT_KIND) as Omit<ImportBatchEntry, "canUndo">[];
  return rows.map((r) => ({ ...r, canUndo: r.id === undoable }));
}

/**
 * Undoes one dossier import in one transaction: the dossiers it added are
 * removed, those it changed get back their earlier values, and the batch
 * stays in the history marked as undone.
 */
export function undoDossierImport(ctx: AppContext, batchId: string): { batchId: string; removed: number; restored: number } {
  const sqlite = ctx.store.sqlite;
  return sqlite.transaction(() => {
    const batch = sqlite.prepare("SELECT id, kind, file_name, undone_at FROM import_batches WHERE id = ?").get(batchId) as BatchRow | undefined;
    if (!batch || batch.kind !== DOSSIER_IMPORT_KIND) throw new AppError("batch_unknown", `Không có lần nhập hồ sơ "${batchId}".`);
    if (batch.undone_at) throw new AppError("batch_undone", `Lần nhập "${batchId}" (${batch.file_name}) đã được hoàn tác lúc ${batch.undone_at}.`);
    const newest = undoableBatchId(ctx);
    if (newest !== batchId) {
      throw new AppError("batch_not_last", `Chỉ hoàn tác được lần nhập mới nhất (${newest}); hãy hoàn tác các lần nhập sau "${batchId}" trước.`);
    }
    const revisions = sqlite.prepare("SELECT dossier_code AS code, before FROM dossier_revisions WHERE batch_id = ? ORDER BY id").all(batchId) as { code: string; before: string }[];
    for (const r of revisions) {
      const before = JSON.parse(r.before) as Record<string, unknown>;
      const cols = Object.keys(before).filter((c) => c !== "id");
      sqlite.prepare(`UPDATE dossiers SET ${cols.map((c) => `${c} = ?`).join(", ")} WHERE id = ?`).run(...cols.map((c) => before[c] as never), before.id as never);
    }
    const removed = sqlite.prepare("DELETE FROM dossiers WHERE batch_id = ?").run(batchId).changes;
    sqlite.prepare("UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ?").run(localNow(ctx.now()), ctx.userName, batchId);
    recordAudit(ctx.store.db, { userName: ctx.userName, action: "hoan_tac", entity: "dossiers", entityId: batchId, newValue: { removed, restored: revisions.length } });
    return { batchId, removed, restored: revisions.length };
  })();
}
