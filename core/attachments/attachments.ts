/**
 * Files attached to entries of the documents register: attach (one file, or
 * many in one transaction), list, read back, remove. A content is kept once
 * however many documents carry it; the sealed file is written before the
 * rows, so a failed transaction leaves at most an unused file (swept later)
 * and never a row without its file.
 */
import type Database from "better-sqlite3";
import { recordAudit } from "../audit";
import type { AppContext } from "../context";
import { AppError } from "../../shared/errors";
import { callerFileName } from "../safe-file-name";
import { attachmentKindOf, attachmentProblem, extensionOf } from "./file-kinds";
import { filesFolderOf, keepSealed, readSealed, seal, sealingKey, sha256Of, storedNameFor, storedNamesIn, sweepFolder, unseal } from "./blob-store";

export interface GivenFile {
  fileName: string;
  bytes: Buffer;
}

export interface Attachment {
  id: number;
  documentId: number;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  mediaType: string;
  addedBy: string | null;
  addedAt: string;
}

export interface Attached {
  attachment: Attachment;
  /** False when the document carried this very file already (nothing was added). */
  added: boolean;
  /** True when the content was kept already for another document: no new copy was made. */
  sharedContent: boolean;
}

const SELECT = `SELECT a.id, a.document_id AS documentId, a.file_name AS fileName, f.size_bytes AS sizeBytes, a.sha256,
  a.added_by AS addedBy, a.added_at AS addedAt FROM document_attachments a JOIN attachment_files f ON f.sha256 = a.sha256`;

type Row = Omit<Attachment, "mediaType">;
const withType = (r: Row): Attachment => ({ ...r, mediaType: attachmentKindOf(r.fileName)?.mediaType ?? "application/octet-stream" });

export const filesFolder = (ctx: AppContext): string => filesFolderOf(ctx.store.path);

/** The files of one document, or of every document, in the order they were added. */
export function listAttachments(ctx: AppContext, documentId?: number): Attachment[] {
  const rows = (
    documentId === undefined ? ctx.store.sqlite.prepare(`${SELECT} ORDER BY a.document_id, a.id`).all() : ctx.store.sqlite.prepare(`${SELECT} WHERE a.document_id = ? ORDER BY a.id`).all(documentId)
  ) as Row[];
  return rows.map(withType);
}

function documentNumber(sqlite: Database.Database, documentId: number): string {
  const doc = sqlite.prepare("SELECT number_symbol FROM documents WHERE id = ?").get(documentId) as { number_symbol: string } | undefined;
  if (!doc) throw new AppError("not_found", "Không tìm thấy văn bản trong sổ (có thể đã bị xóa). Hãy tải lại trang.");
  return doc.number_symbol;
}

/** The name kept for a given file: its last part, made safe, its own extension kept. */
function keptName(fileName: string): string {
  const extension = extensionOf(fileName);
  return callerFileName(fileName, [extension || "pdf"], "tep-dinh-kem");
}

/** Refuses a file the register cannot carry, naming it. */
export function checkAttachable(file: GivenFile): void {
  const problem = attachmentProblem(file.fileName, file.bytes.length, file.bytes.subarray(0, 16));
  if (problem) throw new AppError("attachment_refused", `${problem} Dữ liệu không thay đổi.`);
}

/** Inside a write transaction: keeps the content (once) and ties it to the document. */
export function attachInTransaction(ctx: AppContext, documentId: number, file: GivenFile): Attached {
  const sqlite = ctx.store.sqlite;
  const number = documentNumber(sqlite, documentId);
  const sha256 = sha256Of(file.bytes);
  const fileName = keptName(file.fileName);
  const already = sqlite.prepare(`${SELECT} WHERE a.document_id = ? AND a.sha256 = ?`).get(documentId, sha256) as Row | undefined;
  if (already) return { attachment: withType(already), added: false, sharedContent: true };
  const key = sealingKey(sqlite)!;
  const known = sqlite.prepare("SELECT 1 FROM attachment_files WHERE sha256 = ?").get(sha256) !== undefined;
  if (!known) {
    const storedName = storedNameFor(key, sha256);
    keepSealed(filesFolder(ctx), storedName, seal(key, file.bytes));
    sqlite.prepare("INSERT INTO attachment_files (sha256, size_bytes, stored_name) VALUES (?, ?, ?)").run(sha256, file.bytes.length, storedName);
  }
  const id = Number(sqlite.prepare("INSERT INTO document_attachments (document_id, sha256, file_name, added_by) VALUES (?, ?, ?, ?)").run(documentId, sha256, fileName, ctx.userName).lastInsertRowid);
  recordAudit(ctx.store.db, { userName: ctx.userName, action: "tao", entity: "tep_dinh_kem", entityId: documentId, newValue: { document: number, fileName, sizeBytes: file.bytes.length } });
  const attachment = withType(sqlite.prepare(`${SELECT} WHERE a.id = ?`).get(id) as Row);
  return { attachment, added: true, sharedContent: known };
}

/** Attaches files to documents, all in one transaction: every file is checked first, and one refusal leaves the data as it was. */
export function attachFiles(ctx: AppContext, items: readonly { documentId: number; file: GivenFile }[]): Attached[] {
  for (const item of items) checkAttachable(item.file);
  return ctx.store.sqlite.transaction(() => items.map((item) => attachInTransaction(ctx, item.documentId, item.file)))();
}

export const attachFile = (ctx: AppContext, documentId: number, file: GivenFile): Attached => attachFiles(ctx, [{ documentId, file }])[0]!;

/** Removes files no document uses any more (the store's trigger drops their rows), and what crashed writes left. */
export const sweepUnusedFiles = (ctx: AppContext, graceMs?: number): number => sweepFolder(filesFolder(ctx), storedNamesIn(ctx.store.sqlite), graceMs);

/** Takes a file off a document; the content goes too when no other document carries it. */
export function removeAttachment(ctx: AppContext, id: number): { removed: true } {
  const sqlite = ctx.store.sqlite;
  sqlite.transaction(() => {
    const row = sqlite.prepare(`${SELECT} WHERE a.id = ?`).get(id) as Row | undefined;
    if (!row) throw new AppError("not_found", "Không tìm thấy tệp đính kèm (có thể đã bị gỡ). Hãy tải lại trang.");
    const number = documentNumber(sqlite, row.documentId);
    sqlite.prepare("DELETE FROM document_attachments WHERE id = ?").run(id);
    recordAudit(ctx.store.db, {
      userName: ctx.userName,
      action: "xoa",
      entity: "tep_dinh_kem",
      entityId: row.documentId,
      oldValue: { document: number, fileName: row.fileName, sizeBytes: row.sizeBytes },
    });
  })();
  sweepUnusedFiles(ctx);
  return { removed: true };
}

/** A kept content's bytes, checked against its checksum: from the files folder, else from the store itself (a self-contained copy). */
export function readContent(sqlite: Database.Database, folder: string, sha256: string): Buffer {
  const row = sqlite.prepare("SELECT stored_name AS storedName, sealed FROM attachment_files WHERE sha256 = ?").get(sha256) as { storedName: string; sealed: Buffer | null } | undefined;
  const key = sealingKey(sqlite, false);
  if (!row || !key) throw new AppError("not_found", "Không tìm thấy tệp đính kèm.");
  const sealed = row.sealed ?? readSealed(folder, row.storedName);
  if (!sealed) throw new AppError("attachment_missing", `Không thấy tệp đính kèm trong thư mục "${folder}" (tệp ${row.storedName}). Hãy khôi phục từ bản sao lưu ở trang Cài đặt.`);
  const bytes = unseal(key, sealed);
  if (!bytes || sha256Of(bytes) !== sha256)
    throw new AppError("attachment_damaged", `Tệp đính kèm ${row.storedName} trong "${folder}" bị hỏng hoặc đã bị sửa. Hãy khôi phục từ bản sao lưu ở trang Cài đặt.`);
  return bytes;
}

/** One attachment as the clerk gave it: to open, download or put in a binder or a package. */
export function readAttachment(ctx: AppContext, id: number): { attachment: Attachment; bytes: Buffer } {
  const row = ctx.store.sqlite.prepare(`${SELECT} WHERE a.id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError("not_found", "Không tìm thấy tệp đính kèm (có thể đã bị gỡ). Hãy tải lại trang.");
  return { attachment: withType(row), bytes: readContent(ctx.store.sqlite, filesFolder(ctx), row.sha256) };
}
