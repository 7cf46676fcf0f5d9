/**
 * The outbox: every file the app exports for sending is kept in a folder with
 * an entry (file, kind, report window, SHA-256, who made it and when) and a
 * state – chờ gửi, then đã gửi with the day, who, where and a note – until the
 * office is online to upload it (a department's package has also gone once
 * its answer came back). A file changed or removed since it was made
 * is found by its checksum.
 */
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { desc, eq, getTableColumns, sql } from "drizzle-orm";
import { outboxEntries, settings } from "../../db/schema";
import { recordAudit } from "../audit";
import type { AppContext } from "../context";
import { localNow } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { writeProblem } from "../exports/atomic-write";
import { fileInside } from "../file-inside";
import { callerFileName } from "../safe-file-name";
import { OUTBOX_KINDS, type FileState, type OutboxKind, type SentVia } from "./labels";
import { firstFreePath } from "../../shared/free-path";
import { outboxStateSql } from "../packages/sending";

export const OUTBOX_FOLDER_KEY = "thu_muc_hop_thu_di";

export interface OutboxEntry {
  id: number;
  fileName: string;
  filePath: string;
  kind: OutboxKind;
  periodFrom: string | null;
  periodTo: string | null;
  sha256: string;
  sizeBytes: number;
  createdBy: string | null;
  createdAt: string;
  state: "cho_gui" | "da_gui";
  sentAt: string | null;
  sentBy: string | null;
  sentVia: SentVia | null;
  note: string | null;
  fileState: FileState;
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

export function outboxFolder(ctx: AppContext): string {
  const row = ctx.store.db.select({ value: settings.value }).from(settings).where(eq(settings.key, OUTBOX_FOLDER_KEY)).get();
  return typeof row?.value === "string" && row.value ? row.value : path.join(path.dirname(ctx.store.path), "hop-thu-di");
}

/** What each kind of file is saved as; a name sent with another extension gets the first one added. */
const EXTENSIONS: Record<OutboxKind, readonly [string, ...string[]]> = {
  phu_luc_3: ["xlsx"],
  bao_cao: ["docx"],
  de_cuong: ["docx"],
  minh_chung: ["docx"],
  ho_so_minh_chung: ["zip"],
  bieu_mau_tinh: ["xlsx"],
  goi_phong_ban: ["cchc", "xlsx"],
};

/** The name the outbox gives a file whatever name came with it: its last part, cleaned, with the kind's extension. */
const outboxName = (fileName: string, kind: OutboxKind) => callerFileName(fileName, EXTENSIONS[kind], OUTBOX_KINDS[kind]);

/** "Phụ lục 3 - ….xlsx", or "Phụ lục 3 - … (2).xlsx" when an earlier export keeps the name. */
function freeName(folder: string, fileName: string): string {
  const ext = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  return path.basename(firstFreePath((n) => path.join(folder, n === 1 ? fileName : `${stem} (${n})${ext}`)));
}

/** Keeps an exported file in the outbox, waiting to be sent, under a name the outbox makes from `file.fileName`. */
export function addToOutbox(ctx: AppContext, file: { fileName: string; bytes: Buffer }, kind: OutboxKind, period: { from: string; to: string } | null): OutboxEntry {
  const folder = outboxFolder(ctx);
  let filePath: string;
  try {
    mkdirSync(folder, { recursive: true });
    filePath = fileInside(folder, freeName(folder, outboxName(file.fileName, kind)));
    writeFileSync(filePath, file.bytes, { flag: "wx" });
  } catch (e) {
    throw new AppError("outbox_write_failed", `Không lưu được tệp vào Hộp thư đi "${folder}": ${writeProblem(e)}.`);
  }
  const id = Number(
    ctx.store.sqlite
      .prepare("INSERT INTO outbox_entries (file_path, kind, period_from, period_to, sha256, size_bytes, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .run(filePath, kind, period?.from ?? null, period?.to ?? null, sha256(file.bytes), file.bytes.length, ctx.userName, localNow(ctx.now())).lastInsertRowid,
  );
  return getEntry(ctx, id);
}

/** Only a plain file of the size written is read for its checksum: not a folder, a link, a device. */
function fileStateOf(filePath: string, expected: { sha256: string; sizeBytes: number }): FileState {
  const stat = lstatSync(filePath, { throwIfNoEntry: false });
  if (!stat?.isFile()) return "khong_con";
  return stat.size === expected.sizeBytes && sha256(readFileSync(filePath)) === expected.sha256 ? "nguyen_ven" : "da_thay_doi";
}

type Row = typeof outboxEntries.$inferSelect;

/** An entry's row, its state read through the one rule of a package's sending (a package answered has gone). */
const ENTRY_COLUMNS = { ...getTableColumns(outboxEntries), state: sql<Row["state"]>`${sql.raw(outboxStateSql('"outbox_entries"'))}`.as("derived_state") };

/**
 * An entry's file is looked for in the outbox under its own name, wherever
 * the row says it was written: a whole-data file brought from another PC,
 * or made by hand, cannot point the app at other files.
 */
function toEntry(folder: string, r: Row): OutboxEntry {
  const fileName = outboxName(r.filePath, r.kind as OutboxKind);
  const filePath = fileInside(folder, fileName);
  return {
    id: r.id,
    fileName,
    filePath,
    kind: r.kind as OutboxKind,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    sha256: r.sha256,
    sizeBytes: r.sizeBytes,
    createdBy: r.createdBy,
    createdAt: r.createdAt!,
    state: r.state,
    sentAt: r.sentAt,
    sentBy: r.sentBy,
    sentVia: r.sentVia as SentVia | null,
    note: r.note,
    fileState: fileStateOf(filePath, r),
  };
}

function getEntry(ctx: AppContext, id: number): OutboxEntry {
  const row = ctx.store.db.select(ENTRY_COLUMNS).from(outboxEntries).where(eq(outboxEntries.id, id)).get();
  if (!row) throw new AppError("outbox_missing", "Không còn tệp này trong Hộp thư đi; hãy tải lại trang.");
  return toEntry(outboxFolder(ctx), row);
}

/** Waiting files first, then the sent ones; newest first in each. */
export function listOutbox(ctx: AppContext): { folder: string; entries: OutboxEntry[] } {
  const rows = ctx.store.db
    .select(ENTRY_COLUMNS)
    .from(outboxEntries)
    .orderBy(sql`derived_state = 'da_gui'`, desc(outboxEntries.id))
    .all();
  const folder = outboxFolder(ctx);
  return { folder, entries: rows.map((r) => toEntry(folder, r)) };
}

/** Records that a file was sent: when, by whom, where, with a note; audited. */
export function markSent(ctx: AppContext, id: number, sent: { via: SentVia; note?: string | null; at?: string | null }): OutboxEntry {
  const before = getEntry(ctx, id);
  const at = sent.at ?? localNow(ctx.now());
  ctx.store.sqlite.transaction(() => {
    ctx.store.sqlite
      .prepare("UPDATE outbox_entries SET state = 'da_gui', sent_at = ?, sent_by = ?, sent_via = ?, note = ? WHERE id = ?")
      .run(at, ctx.userName, sent.via, sent.note?.trim() || null, id);
    recordAudit(ctx.store.db, {
      userName: ctx.userName,
      action: "sua",
      entity: "outbox_entries",
      entityId: before.fileName,
      oldValue: { state: before.state, sentAt: before.sentAt, sentVia: before.sentVia },
      newValue: { state: "da_gui", sentAt: at, sentVia: sent.via, note: sent.note?.trim() || null },
    });
  })();
  return getEntry(ctx, id);
}

/** The file as it was exported, to save again or copy to a USB drive; refused when it changed since. */
export function outboxFile(ctx: AppContext, id: number): { fileName: string; bytes: Buffer } {
  const entry = getEntry(ctx, id);
  if (entry.fileState === "khong_con") throw new AppError("outbox_file_missing", `Tệp "${entry.fileName}" không còn trong thư mục Hộp thư đi "${path.dirname(entry.filePath)}"; hãy xuất lại.`);
  if (entry.fileState === "da_thay_doi") throw new AppError("outbox_file_changed", `Tệp "${entry.fileName}" đã bị sửa sau khi xuất (mã kiểm tra khác); hãy xuất lại để gửi đúng bản của ứng dụng.`);
  return { fileName: entry.fileName, bytes: readFileSync(entry.filePath) };
}
