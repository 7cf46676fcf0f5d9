/**
 * The evidence binder (hồ sơ minh chứng) an inspection team is handed: the
 * files of the documents linked to an outline's items, a folder per part and
 * item, with "00-Muc-luc.html" and "Danh-muc-minh-chung.docx" at the top
 * (plan.ts, index-html.ts). Written as a folder or as one .zip with the same
 * tree; a zip copy goes into Hộp thư đi unless the store's passphrase forbids
 * leaving the files readable in the data folder.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { AppContext } from "../context";
import { AppError } from "../../shared/errors";
import { formatDateVi } from "../../shared/dates";
import { filesFolder, listAttachments, readContent } from "../attachments/attachments";
import { evidenceChecklistDocxBuffer } from "../exports/docx/evidence-checklist-docx";
import { binderFileName } from "../exports/file-names";
import { writeProblem } from "../exports/atomic-write";
import { fillOutline } from "../outline/fill";
import { openOutline, type OutlineRequest } from "../outline/open";
import type { FilledOutline } from "../outline/filled-types";
import { addToOutbox, outboxFolder, type OutboxEntry } from "../outbox/outbox";
import { writeZip } from "../zip";
import { firstFreePath } from "../../shared/free-path";
import { binderIndexHtml, binderSummary } from "./index-html";
import { CHECKLIST_FILE, INDEX_FILE, planBinder, type AttachedFile, type BinderPlan } from "./plan";

export interface Binder {
  filled: FilledOutline;
  plan: BinderPlan;
  /** "Hồ sơ minh chứng - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.zip" */
  fileName: string;
  /** The two files at the top: the index page and the Word checklist. */
  top: { name: string; content: Buffer }[];
}

function attachedByDocument(ctx: AppContext): Map<number, AttachedFile[]> {
  const out = new Map<number, AttachedFile[]>();
  for (const a of listAttachments(ctx)) out.set(a.documentId, [...(out.get(a.documentId) ?? []), { id: a.id, fileName: a.fileName, sizeBytes: a.sizeBytes, sha256: a.sha256 }]);
  return out;
}

/** What the binder of an outline holds for a window, with its index and checklist made; no attached file is read yet. */
export async function prepareBinder(ctx: AppContext, request: OutlineRequest): Promise<Binder> {
  const { source, period } = openOutline(ctx, request);
  const filled = fillOutline(ctx, source, period);
  const plan = planBinder(filled, attachedByDocument(ctx));
  const fileNames = new Map(plan.parts.flatMap((p) => p.items.flatMap((i) => i.documents.map((d) => [`${i.index}/${d.document.documentId}`, d.files.map((f) => f.path.split("/").pop()!)] as const))));
  const checklist = await evidenceChecklistDocxBuffer(filled, {
    fileCell: (row, doc) => fileNames.get(`${row.index}/${doc.documentId}`)?.join(", ") || "Chưa có tệp",
    coverLines: binderSummary(plan),
  });
  return {
    filled,
    plan,
    fileName: binderFileName(filled),
    top: [
      { name: INDEX_FILE, content: Buffer.from(binderIndexHtml(filled, plan), "utf8") },
      { name: CHECKLIST_FILE, content: checklist },
    ],
  };
}

/** Every file of the binder with its bytes, each kept content read (and checked by hash) once however many folders it goes in. */
function* binderFiles(ctx: AppContext, binder: Binder): Generator<{ name: string; content: Buffer }> {
  yield* binder.top;
  const folder = filesFolder(ctx);
  const read = new Map<string, Buffer>();
  const left = new Map<string, number>();
  for (const f of binder.plan.files) left.set(f.sha256, (left.get(f.sha256) ?? 0) + 1);
  for (const f of binder.plan.files) {
    const content = read.get(f.sha256) ?? readContent(ctx.store.sqlite, folder, f.sha256);
    // A content is held only until its last copy is written.
    const remaining = left.get(f.sha256)! - 1;
    left.set(f.sha256, remaining);
    if (remaining > 0) read.set(f.sha256, content);
    else read.delete(f.sha256);
    yield { name: f.path, content };
  }
}

/** Kinds whose content is compressed already: kept as they are in the zip. */
const COMPRESSED = /\.(pdf|jpe?g|png|docx|xlsx|odt|ods)$/i;

/** A zip's offsets are 32-bit (core/zip.ts writes no Zip64): a larger binder is written as a folder. */
const ZIP_MAX_BYTES = 0xffffffff - 64 * 1024 * 1024;

export function binderZip(ctx: AppContext, binder: Binder): Buffer {
  if (binder.plan.totals.bytes > ZIP_MAX_BYTES) {
    throw new AppError("binder_too_large", `Hồ sơ minh chứng có ${binder.plan.totals.files} tệp, quá lớn để nén thành một tệp .zip (tối đa 4 GB). Hãy xuất ra một thư mục. Không có tệp nào được ghi.`);
  }
  return writeZip([...binderFiles(ctx, binder)].map((f) => ({ ...f, stored: COMPRESSED.test(f.name) })));
}

const isEmptyFolder = (folder: string) => statSync(folder, { throwIfNoEntry: false })?.isDirectory() === true && readdirSync(folder).length === 0;

/**
 * Where a binder written to `out` goes: `out` itself when it does not exist or
 * is an empty folder; inside it, under the binder's own name, when it is a
 * folder that holds files already (a USB stick's root).
 */
export function binderFolderFor(out: string, binder: Binder): string {
  const stat = statSync(out, { throwIfNoEntry: false });
  if (!stat || isEmptyFolder(out)) return out;
  if (!stat.isDirectory()) throw new AppError("binder_out", `"${out}" là một tệp, không phải thư mục. Hãy chỉ ra một thư mục, hoặc một tệp có đuôi .zip. Không có tệp nào được ghi.`);
  const name = binder.fileName.replace(/\.zip$/, "");
  return firstFreePath((n) => path.join(out, n === 1 ? name : `${name} (${n})`));
}

/**
 * Writes the binder as a folder: first into a hidden folder beside it, moved
 * into place once whole, so a failure leaves no half binder. Returns the
 * folder written.
 */
export function writeBinderFolder(ctx: AppContext, binder: Binder, out: string): string {
  const target = binderFolderFor(path.resolve(out), binder);
  const staging = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString("hex")}.dang-ghi`);
  try {
    for (const file of binderFiles(ctx, binder)) {
      const at = path.join(staging, ...file.name.split("/"));
      mkdirSync(path.dirname(at), { recursive: true });
      writeFileSync(at, file.content, { flag: "wx" });
    }
    if (isEmptyFolder(target)) rmSync(target, { recursive: true });
    renameSync(staging, target);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    if (e instanceof AppError) throw e;
    throw new AppError("binder_write_failed", `Không ghi được hồ sơ minh chứng vào "${target}": ${writeProblem(e)}. Không có tệp nào được ghi.`);
  }
  return target;
}

/** The folder the store lives in, and whether `folder` lies inside it. */
function insideDataFolder(ctx: AppContext, folder: string): boolean {
  const data = path.resolve(path.dirname(ctx.store.path));
  const resolved = path.resolve(folder);
  return resolved === data || resolved.startsWith(`${data}${path.sep}`);
}

export interface BinderOutbox {
  entry: OutboxEntry | null;
  /** Why no copy was kept, for the clerk. */
  note: string | null;
}

/**
 * Keeps the binder's zip in Hộp thư đi, as any export. Not when the store has
 * a passphrase and Hộp thư đi lies in the data folder: the attached files,
 * sealed under the passphrase there, would sit beside them readable by anyone.
 */
export function keepBinderInOutbox(ctx: AppContext, binder: Binder, zip: () => Buffer): BinderOutbox {
  const folder = outboxFolder(ctx);
  if (ctx.store.passphrase && insideDataFolder(ctx, folder)) {
    return {
      entry: null,
      note: `Không để bản sao hồ sơ minh chứng trong Hộp thư đi ("${folder}"): dữ liệu có mật khẩu bảo vệ, còn bản sao thì ai cũng đọc được. Hồ sơ chỉ nằm ở nơi vừa xuất.`,
    };
  }
  return { entry: addToOutbox(ctx, { fileName: binder.fileName, bytes: zip() }, "ho_so_minh_chung", binder.filled.period), note: null };
}

/** What is missing, one line per item or document: the stderr of the command, the screen's warning. */
export function binderGaps(plan: BinderPlan): string[] {
  return plan.parts.flatMap((p) =>
    p.items.flatMap((i) =>
      i.documents.length === 0
        ? [`Mục ${i.node.key}: chưa có tài liệu minh chứng.`]
        : i.documents.filter((d) => d.files.length === 0).map((d) => `Mục ${i.node.key}: văn bản ${d.document.numberSymbol} ngày ${formatDateVi(d.document.date)} chưa có tệp.`),
    ),
  );
}
