import type Database from "better-sqlite3";
import type { AppContext } from "../context";
import { recordAudit } from "../audit";
import { localNow } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { fold } from "../../shared/text";
import type { EvidenceDocument } from "./filled-types";

/**
 * Evidence documents (tài liệu minh chứng): documents of the register linked
 * to items of an outline. A document can evidence several items, an item
 * have several documents; the links belong to the outline, not to a window,
 * but a report shows only the documents issued by its last day.
 */
interface DocumentRow {
  id: number;
  number_symbol: string;
  date: string;
  kind: string;
  summary: string;
  department_code: string | null;
  file_count: number;
}

const evidenceOf = (r: DocumentRow): EvidenceDocument => ({
  documentId: r.id,
  numberSymbol: r.number_symbol,
  date: r.date,
  kind: r.kind,
  summary: r.summary,
  departmentCode: r.department_code,
  fileCount: r.file_count,
});

const DOCUMENT_COLUMNS = "d.id, d.number_symbol, d.date, d.kind, d.summary, d.department_code, (SELECT count(*) FROM document_attachments a WHERE a.document_id = d.id) AS file_count";

/** No date limit: every document. */
const ANY_DATE = "9999-12-31";

/** The documents issued by `issuedBy` linked to each item of an outline, by item key, oldest first. */
export function evidenceByItem(sqlite: Database.Database, outlineId: string, issuedBy: string = ANY_DATE): Map<string, EvidenceDocument[]> {
  const rows = sqlite
    .prepare<[string, string], DocumentRow & { item_key: string }>(
      `SELECT e.item_key, ${DOCUMENT_COLUMNS} FROM evidence_links e JOIN documents d ON d.id = e.document_id
        WHERE e.outline_id = ? AND d.date <= ? ORDER BY d.date, d.id`,
    )
    .all(outlineId, issuedBy);
  const out = new Map<string, EvidenceDocument[]>();
  for (const r of rows) out.set(r.item_key, [...(out.get(r.item_key) ?? []), evidenceOf(r)]);
  return out;
}

/**
 * Documents of the register issued by `issuedBy`, for the evidence picker,
 * newest first, with the items of the outline each one already evidences;
 * search ignores diacritics.
 */
export function evidenceCandidates(sqlite: Database.Database, outlineId: string, search = "", issuedBy: string = ANY_DATE): (EvidenceDocument & { linkedItems: string[] })[] {
  const rows = sqlite
    .prepare<[string, string], DocumentRow & { linked: string | null }>(
      `SELECT ${DOCUMENT_COLUMNS},
              (SELECT group_concat(e.item_key, '|') FROM evidence_links e WHERE e.document_id = d.id AND e.outline_id = ?) AS linked
         FROM documents d WHERE d.date <= ? ORDER BY d.date DESC, d.id DESC`,
    )
    .all(outlineId, issuedBy);
  const words = fold(search).split(/\s+/).filter(Boolean);
  return rows
    .filter((r) => words.every((w) => fold(`${r.number_symbol} ${r.kind} ${r.summary}`).includes(w)))
    .map((r) => ({ ...evidenceOf(r), linkedItems: r.linked ? r.linked.split("|").sort() : [] }));
}

/** Links or unlinks a document as evidence of an item; linking twice changes nothing. Audited. */
export function setEvidenceLink(ctx: AppContext, link: { outlineId: string; itemKey: string; documentId: number }, linked: boolean): void {
  const sqlite = ctx.store.sqlite;
  sqlite.transaction(() => {
    const doc = sqlite.prepare<[number], { number_symbol: string }>("SELECT number_symbol FROM documents WHERE id = ?").get(link.documentId);
    if (!doc) throw new AppError("document_not_found", "Không tìm thấy văn bản này trong sổ văn bản; có thể văn bản đã bị xóa. Hãy tải lại danh sách.");
    const change = linked
      ? sqlite
          .prepare("INSERT OR IGNORE INTO evidence_links (document_id, outline_id, item_key, linked_by, linked_at) VALUES (?, ?, ?, ?, ?)")
          .run(link.documentId, link.outlineId, link.itemKey, ctx.userName, localNow(ctx.now()))
      : sqlite.prepare("DELETE FROM evidence_links WHERE document_id = ? AND outline_id = ? AND item_key = ?").run(link.documentId, link.outlineId, link.itemKey);
    if (change.changes === 0) return;
    recordAudit(ctx.store.db, {
      userName: ctx.userName,
      action: linked ? "tao" : "xoa",
      entity: "minh_chung",
      entityId: `${link.outlineId}/${link.itemKey}/${link.documentId}`,
      [linked ? "newValue" : "oldValue"]: doc.number_symbol,
    });
  })();
}
