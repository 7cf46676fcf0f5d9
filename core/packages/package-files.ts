/**
 * The files a department package carries, both ways. Sent to a department,
 * the part carries the files attached to the documents it shows, as far as a
 * package holds them. Answered, the reply carries the files the department
 * gives for the documents it names (new ones or the register's), and those of
 * an earlier reply it goes on from; the commune's own files do not travel
 * back. Taken back, a file lands on its document unless the document carries
 * it already.
 */
import type { AppContext } from "../context";
import { filesFolder, listAttachments, readContent } from "../attachments/attachments";
import { sha256Of } from "../attachments/blob-store";
import { attachmentKindOf, attachmentProblem } from "../attachments/file-kinds";
import { formatDateVi } from "../../shared/dates";
import { AppError, isAppError } from "../../shared/errors";
import { nfc } from "../../shared/text";
import { partDocuments, type OpenedPackage, type PackageFiles } from "./container";
import { PACKAGE_LIMITS, sizeAndLimit, type DepartmentPart, type DocumentRef, type PackageFileRef } from "./format";

const NOT_MADE = "Chưa tạo gói trả lời, dữ liệu không thay đổi.";

const findDocument = (ctx: AppContext, d: DocumentRef) =>
  ctx.store.sqlite.prepare<[string, string], number>("SELECT id FROM documents WHERE number_symbol = ? AND date = ?").pluck().get(d.numberSymbol, d.date);

/** A document without the files it names: how a document travels when its files do not. */
const bare = ({ files: _files, ...d }: DocumentRef): DocumentRef => d;

const withFiles = (d: DocumentRef, files: PackageFileRef[]): DocumentRef => (files.length > 0 ? { ...bare(d), files } : bare(d));

export interface SentFiles {
  part: DepartmentPart;
  files: PackageFiles;
  /** Files that did not fit in the package (PACKAGE_LIMITS.filesBytes, .files): named nowhere in it. */
  leftOut: number;
  /** Files whose kept copy is missing or damaged (a store copied without its files folder): left out, so the part still goes. */
  unreadable: number;
}

const UNREADABLE = new Set(["attachment_missing", "attachment_damaged", "not_found"]);

function readable(ctx: AppContext, sha256: string): Buffer | null {
  try {
    return readContent(ctx.store.sqlite, filesFolder(ctx), sha256);
  } catch (e) {
    if (isAppError(e) && UNREADABLE.has(e.code)) return null;
    throw e;
  }
}

/** The part with the files attached to the documents it shows, each content once, in the part's order until the package is full. */
export function sentFiles(ctx: AppContext, part: DepartmentPart): SentFiles {
  const files = new Map<string, Buffer>();
  const left = new Set<string>();
  const unreadable = new Set<string>();
  let total = 0;
  const filesOf = (d: DocumentRef): PackageFileRef[] => {
    const id = findDocument(ctx, d);
    if (id === undefined) return [];
    return listAttachments(ctx, id).flatMap((a) => {
      const ref = { sha256: a.sha256, fileName: a.fileName, size: a.sizeBytes };
      if (files.has(a.sha256)) return [ref];
      if (unreadable.has(a.sha256)) return [];
      if (left.has(a.sha256) || total + a.sizeBytes > PACKAGE_LIMITS.filesBytes || files.size >= PACKAGE_LIMITS.files) {
        left.add(a.sha256);
        return [];
      }
      const content = readable(ctx, a.sha256);
      if (!content) {
        unreadable.add(a.sha256);
        return [];
      }
      files.set(a.sha256, content);
      total += a.sizeBytes;
      return [ref];
    });
  };
  const evidence = part.evidence.map((e) => ({ ...e, current: e.current.map((d) => withFiles(d, filesOf(d))), coveredAbove: e.coveredAbove.map((d) => withFiles(d, filesOf(d))) }));
  return { part: { ...part, evidence }, files, leftOut: left.size, unreadable: unreadable.size };
}

/** A file the department gives for a document it names in its answer to an item. */
export interface AnswerFile {
  itemKey: string;
  numberSymbol: string;
  date: string;
  fileName: string;
  bytes: Buffer;
}

/** The last part of a path as given: "C:\Quét\25-KH.pdf" → "25-KH.pdf". */
const lastPart = (fileName: string) => fileName.split(/[\\/]/).pop()!.trim();

const documentWords = (f: { numberSymbol: string; date: string; itemKey: string }) => `văn bản ${f.numberSymbol} ngày ${formatDateVi(f.date)} (mục ${f.itemKey})`;

/**
 * The answered part with the files of its answers, and their contents: the
 * files given, and those of the received package an answer still names. A
 * file that cannot travel refuses the reply, naming it.
 */
export function answerFiles(part: DepartmentPart, received: PackageFiles, given: readonly AnswerFile[]): { part: DepartmentPart; files: PackageFiles } {
  const refuse = (why: string): never => {
    throw new AppError("answer_file", `${why} ${NOT_MADE}`);
  };
  const pool = new Map(received);
  const added = new Map<string, PackageFileRef[]>();
  const keyOf = (itemKey: string, numberSymbol: string, date: string) => `${itemKey}|${nfc(numberSymbol).trim()}|${date}`;
  const named = new Set(part.evidence.flatMap((e) => e.answer.map((d) => keyOf(e.itemKey, d.numberSymbol, d.date))));
  for (const f of given) {
    const fileName = lastPart(f.fileName);
    const problem = attachmentProblem(fileName, f.bytes.length, f.bytes.subarray(0, 16));
    if (problem) refuse(problem);
    const key = keyOf(f.itemKey, f.numberSymbol, f.date);
    if (!named.has(key)) refuse(`Tệp "${fileName}" gửi kèm ${documentWords(f)}, nhưng phần trả lời của mục này không có văn bản đó.`);
    const hash = sha256Of(f.bytes);
    pool.set(hash, f.bytes);
    added.set(key, [...(added.get(key) ?? []), { sha256: hash, fileName, size: f.bytes.length }]);
  }
  const files = new Map<string, Buffer>();
  const evidence = part.evidence.map((e) => ({
    ...e,
    current: e.current.map(bare),
    coveredAbove: e.coveredAbove.map(bare),
    answer: e.answer.map((d) => {
      const refs = [...(d.files ?? []), ...(added.get(keyOf(e.itemKey, d.numberSymbol, d.date)) ?? [])].filter((r, i, all) => all.findIndex((o) => o.sha256 === r.sha256) === i);
      for (const r of refs) {
        const content = pool.get(r.sha256) ?? refuse(`Không còn nội dung tệp "${r.fileName}" của ${documentWords({ ...d, itemKey: e.itemKey })}: hãy chọn lại tệp.`);
        files.set(r.sha256, content);
      }
      return withFiles(d, refs);
    }),
  }));
  const total = [...files.values()].reduce((sum, b) => sum + b.length, 0);
  if (total > PACKAGE_LIMITS.filesBytes || files.size > PACKAGE_LIMITS.files) {
    const [shown, max] = sizeAndLimit(total, PACKAGE_LIMITS.filesBytes);
    refuse(`Các tệp gửi kèm tổng cộng ${shown} (${files.size} tệp), quá giới hạn ${max} của một gói (tối đa ${PACKAGE_LIMITS.files} tệp): hãy gửi bớt tệp, hoặc nén ảnh quét nhỏ lại.`);
  }

  return { part: { ...part, evidence }, files };
}

/** One file of a package, as the department opens it: its name as the part gives it, its kind, its bytes. */
export function packageFile(opened: OpenedPackage, sha256: string): { fileName: string; mediaType: string; contentBase64: string } {
  const bytes = opened.files?.get(sha256);
  const ref = partDocuments(opened.part)
    .flatMap(({ document }) => document.files ?? [])
    .find((f) => f.sha256 === sha256);
  if (!bytes || !ref) throw new AppError("not_found", "Gói không có tệp này (có thể đã mở một gói khác). Hãy mở lại gói.");
  return { fileName: ref.fileName, mediaType: attachmentKindOf(ref.fileName)?.mediaType ?? "application/octet-stream", contentBase64: bytes.toString("base64") };
}

/** The files of a document named in a reply that the register's document does not carry yet (null: a new document, carrying none). */
export function filesToAttach(ctx: AppContext, documentId: number | null, d: DocumentRef): PackageFileRef[] {
  const refs = d.files ?? [];
  if (documentId === null || refs.length === 0) return refs;
  const held = new Set(listAttachments(ctx, documentId).map((a) => a.sha256));
  return refs.filter((r) => !held.has(r.sha256));
}
