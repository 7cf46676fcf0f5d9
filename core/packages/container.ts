/**
 * Writing and reading the .cchc container. Reading trusts nothing: the file's
 * size, the number and names of its entries (no folders, no "../", no
 * absolute paths, no links), each entry's size and compression ratio (a zip
 * bomb), the format and its version, the checksum of every entry, the JSON's
 * shape, and every file the part names (there, of its checksum and size, of
 * a kind a document may carry) are all checked before anything is used, and
 * every refusal names the file and says why in Vietnamese.
 */
import { createHash } from "node:crypto";
import type { z } from "zod";
import { attachmentProblem } from "../attachments/file-kinds";
import { formatMegabytes } from "../file-size";
import { formatNumber } from "../number-format";
import { vietnameseErrors } from "../zod-vietnamese";
import { AppError } from "../../shared/errors";
import { declaredSize, entryContent, readZip, writeZip, ZipError, type ZipEntry } from "../zip";
import {
  FILE_ENTRY_PREFIX,
  fileEntryName,
  isFileEntryName,
  MANIFEST_ENTRY,
  manifestSchema,
  PACKAGE_ENTRIES,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_LIMITS,
  PART_ENTRY,
  partSchema,
  sizeAndLimit,
  type DepartmentPart,
  type DocumentRef,
  type PackageFileRef,
  type PackageManifest,
} from "./format";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** The checksum the history keeps for a package file. */
export const packageSha256 = sha256;

/** An entry's bytes as a package holds them: the checksums are over exactly these. */
export const entryBytes = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, "utf8");

export type UnsealedManifest = Omit<PackageManifest, "entries" | "format" | "formatVersion">;

/** The files a package carries, by the SHA-256 of their content. */
export type PackageFiles = ReadonlyMap<string, Buffer>;

const NO_FILES: PackageFiles = new Map();

/** The manifest with the format, its version and the checksum of the part and of every file. */
export const sealManifest = (manifest: UnsealedManifest, part: DepartmentPart, files: PackageFiles = NO_FILES): PackageManifest => ({
  ...manifest,
  format: PACKAGE_FORMAT,
  formatVersion: PACKAGE_FORMAT_VERSION,
  entries: { [PART_ENTRY]: sha256(entryBytes(part)), ...Object.fromEntries([...files.keys()].map((hash) => [fileEntryName(hash), hash])) },
});

/** The package's bytes: the part, its files, and the manifest with their checksums. */
export function writePackage(manifest: UnsealedManifest, part: DepartmentPart, files: PackageFiles = NO_FILES): Buffer {
  return writeZip([
    { name: MANIFEST_ENTRY, content: entryBytes(sealManifest(manifest, part, files)) },
    { name: PART_ENTRY, content: entryBytes(part) },
    ...[...files].map(([hash, content]) => ({ name: fileEntryName(hash), content })),
  ]);
}

export interface OpenedPackage {
  manifest: PackageManifest;
  part: DepartmentPart;
  /** The files the part names, checked; none for the Excel form. */
  files?: PackageFiles;
  /** SHA-256 of the whole file, for the history. */
  fileSha256: string;
}

const MB = formatMegabytes;

/** Unix file type bits in the high half of a central record's external attributes, when made on Unix. */
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const MADE_ON_UNIX = 3;

function refuse(fileName: string, why: string): never {
  throw new AppError("package_refused", `Không nhận gói "${fileName}": ${why}. Dữ liệu của ứng dụng giữ nguyên.`);
}

/** Why an entry's name is refused, or null when it is one a package holds. */
function badName(name: string): string | null {
  if (name.includes("\\") || name.startsWith("/") || /^[A-Za-z]:/.test(name)) return `tệp bên trong "${name}" dùng đường dẫn tuyệt đối`;
  if (name.split("/").includes("..")) return `tệp bên trong "${name}" trỏ ra ngoài gói ("../")`;
  if (name.startsWith(FILE_ENTRY_PREFIX)) return isFileEntryName(name) ? null : `tệp bên trong có tên "${name}" không hợp lệ (phải là ${FILE_ENTRY_PREFIX} và mã SHA-256 gồm 64 chữ số 0-9, a-f)`;
  if (!(PACKAGE_ENTRIES as readonly string[]).includes(name)) return `gói có tệp lạ "${name}" (chỉ được có ${PACKAGE_ENTRIES.join(", ")} và các tệp đính kèm ${FILE_ENTRY_PREFIX}…)`;
  return null;
}

/** An entry's name and kind, from the directory alone: a path or a link is refused before anything is unpacked. */
function checkPlace(fileName: string, entry: ZipEntry): void {
  const why = badName(entry.name);
  if (why) refuse(fileName, why);
  const madeOn = entry.central.readUInt8(5);
  const mode = entry.central.readUInt32LE(38) >>> 16;
  if (madeOn === MADE_ON_UNIX && (mode & S_IFMT) === S_IFLNK) refuse(fileName, `"${entry.name}" là một liên kết (symlink), không phải tệp`);
}

/** The number and the sizes the directory declares, before anything is unpacked: JSON entries, files, and all the files together. */
function checkDeclared(fileName: string, entries: ZipEntry[]): void {
  const files = entries.filter((e) => isFileEntryName(e.name));
  const others = entries.length - files.length;
  if (others > PACKAGE_ENTRIES.length) refuse(fileName, `gói có ${others} tệp bên trong (tối đa ${PACKAGE_ENTRIES.length}) không phải tệp đính kèm`);
  if (files.length > PACKAGE_LIMITS.files) refuse(fileName, `gói có ${formatNumber(files.length, 0)} tệp đính kèm (tối đa ${PACKAGE_LIMITS.files})`);
  const total = files.reduce((sum, e) => sum + declaredSize(e), 0);
  if (total > PACKAGE_LIMITS.filesBytes) {
    const [shown, max] = sizeAndLimit(total, PACKAGE_LIMITS.filesBytes);
    refuse(fileName, `các tệp đính kèm trong gói tổng cộng ${shown}, quá giới hạn ${max} của một gói`);
  }
}

/** An entry unpacked within its limits: declared size, compression ratio (of JSON), and the size it really unpacks to. */
function unpack(fileName: string, entry: ZipEntry): Buffer {
  const declared = declaredSize(entry);
  const isFile = isFileEntryName(entry.name);
  const limit = isFile ? PACKAGE_LIMITS.fileEntryBytes : PACKAGE_LIMITS.entryBytes;
  if (declared > limit) refuse(fileName, `"${entry.name}" quá lớn (${MB(declared)}; tối đa ${MB(limit)})`);
  if (!isFile && entry.raw.length > 0 && declared / entry.raw.length > PACKAGE_LIMITS.ratio)
    refuse(fileName, `"${entry.name}" nén bất thường (giải nén ra gấp ${Math.round(declared / entry.raw.length)} lần), có thể là tệp phá hoại`);
  try {
    return entryContent(entry);
  } catch (e) {
    return refuse(fileName, e instanceof ZipError ? e.message : `"${entry.name}" bị hỏng`);
  }
}

function parseJson<T>(fileName: string, entry: string, bytes: Buffer, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch {
    return refuse(fileName, `"${entry}" không phải JSON hợp lệ`);
  }
  const result = schema.safeParse(value, { error: vietnameseErrors });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return refuse(fileName, `"${entry}" sai cấu trúc ở "${issue.path.join(".") || "(gốc)"}": ${issue.message}`);
  }
  return result.data;
}

/** A package read and verified; anything wrong is refused before any of it is used. */
export function readPackage(bytes: Buffer, fileName: string): OpenedPackage {
  if (bytes.length > PACKAGE_LIMITS.packageBytes) refuse(fileName, `tệp quá lớn (${MB(bytes.length)}; tối đa ${MB(PACKAGE_LIMITS.packageBytes)})`);
  let entries: ZipEntry[];
  try {
    entries = readZip(bytes);
  } catch (e) {
    return refuse(fileName, `đây không phải gói .cchc hợp lệ (${e instanceof ZipError ? e.message : "không đọc được"})`);
  }
  for (const entry of entries) checkPlace(fileName, entry);
  checkDeclared(fileName, entries);
  const contents = new Map<string, Buffer>();
  for (const entry of entries) {
    if (contents.has(entry.name)) refuse(fileName, `tệp bên trong "${entry.name}" bị lặp`);
    contents.set(entry.name, unpack(fileName, entry));
  }
  const manifestBytes = contents.get(MANIFEST_ENTRY) ?? refuse(fileName, `thiếu ${MANIFEST_ENTRY}`);
  const head = parseJson(fileName, MANIFEST_ENTRY, manifestBytes, manifestSchema.pick({ format: true, formatVersion: true }).loose());
  if (head.formatVersion > PACKAGE_FORMAT_VERSION)
    refuse(fileName, `gói được tạo bằng phiên bản ứng dụng mới hơn (định dạng ${head.formatVersion}, máy này đọc được đến ${PACKAGE_FORMAT_VERSION}); hãy cập nhật ứng dụng`);
  const manifest = parseJson(fileName, MANIFEST_ENTRY, manifestBytes, manifestSchema);
  for (const name of contents.keys()) if (name !== MANIFEST_ENTRY && !(name in manifest.entries)) refuse(fileName, `"${name}" không có trong danh sách mã kiểm tra của gói`);
  for (const name of Object.keys(manifest.entries)) if (!contents.has(name)) refuse(fileName, `thiếu "${name}"`);
  const partBytes = contents.get(PART_ENTRY) ?? refuse(fileName, `thiếu ${PART_ENTRY}`);
  if (sha256(partBytes) !== manifest.entries[PART_ENTRY]) refuse(fileName, `mã kiểm tra của "${PART_ENTRY}" không khớp: nội dung đã bị sửa sau khi tạo gói`);
  const part = parseJson(fileName, PART_ENTRY, partBytes, partSchema);
  return { manifest, part, files: checkedFiles(fileName, manifest, part, contents), fileSha256: sha256(bytes) };
}

/** Every document of the part, with where it is shown: "minh chứng mục II.2.2, văn bản 25/KH-UBND". */
export function partDocuments(part: DepartmentPart): { document: DocumentRef; where: string }[] {
  return part.evidence.flatMap((e) => [...e.current, ...e.coveredAbove, ...e.answer].map((document) => ({ document, where: `minh chứng mục ${e.itemKey}, văn bản ${document.numberSymbol}` })));
}

/** The files of the package: each the content its name and the manifest say, named by a document of the part, there, of the size it says, of a kind a document may carry. */
function checkedFiles(fileName: string, manifest: PackageManifest, part: DepartmentPart, contents: ReadonlyMap<string, Buffer>): PackageFiles {
  const named = new Map<string, { ref: PackageFileRef; where: string }>();
  for (const { document, where } of partDocuments(part)) for (const ref of document.files ?? []) if (!named.has(ref.sha256)) named.set(ref.sha256, { ref, where });
  const files = new Map<string, Buffer>();
  for (const [name, content] of contents) {
    if (!isFileEntryName(name)) continue;
    const hash = name.slice(FILE_ENTRY_PREFIX.length);
    const about = named.get(hash);
    const shown = about ? `tệp "${about.ref.fileName}" (${name})` : `"${name}"`;
    if (manifest.entries[name] !== hash || sha256(content) !== hash) refuse(fileName, `mã kiểm tra của ${shown} không khớp: nội dung đã bị sửa sau khi tạo gói`);
    if (!about) refuse(fileName, `${shown} không thuộc văn bản nào của gói`);
    files.set(hash, content);
  }
  for (const [hash, { ref, where }] of named) {
    const content = files.get(hash) ?? refuse(fileName, `thiếu tệp "${ref.fileName}" (${where})`);
    if (content.length !== ref.size) refuse(fileName, `tệp "${ref.fileName}" (${where}) có ${formatNumber(ref.size, 0)} byte theo danh sách nhưng thực tế ${formatNumber(content.length, 0)} byte`);
  }
  for (const { document, where } of partDocuments(part)) {
    for (const ref of document.files ?? []) {
      const problem = attachmentProblem(ref.fileName, ref.size, files.get(ref.sha256)!.subarray(0, 16));
      if (problem) refuse(fileName, `${problem.replace(/\.$/, "")} (${where})`);
    }
  }
  return files;
}
