/**
 * Writing and reading the .cchc container. Reading trusts nothing: the file's
 * size, the number and names of its entries (no folders, no "../", no
 * absolute paths, no links), each entry's size and compression ratio (a zip
 * bomb), the format and its version, the checksum of every entry, and the
 * JSON's shape are all checked before anything is used, and every refusal
 * names the file and says why in Vietnamese.
 */
import { createHash } from "node:crypto";
import type { z } from "zod";
import { vietnameseErrors } from "../zod-vietnamese";
import { AppError } from "../../shared/errors";
import { entryContent, readZip, writeZip, ZipError, type ZipEntry } from "../zip";
import { MANIFEST_ENTRY, manifestSchema, PACKAGE_ENTRIES, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, PACKAGE_LIMITS, PART_ENTRY, partSchema, type DepartmentPart, type PackageManifest } from "./format";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** The checksum the history keeps for a package file. */
export const packageSha256 = sha256;

/** An entry's bytes as a package holds them: the checksums are over exactly these. */
export const entryBytes = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, "utf8");

export type UnsealedManifest = Omit<PackageManifest, "entries" | "format" | "formatVersion">;

/** The manifest with the format, its version and the part's checksum. */
export const sealManifest = (manifest: UnsealedManifest, part: DepartmentPart): PackageManifest => ({
  ...manifest,
  format: PACKAGE_FORMAT,
  formatVersion: PACKAGE_FORMAT_VERSION,
  entries: { [PART_ENTRY]: sha256(entryBytes(part)) },
});

/** The package's bytes: the part, and the manifest with the part's checksum. */
export function writePackage(manifest: UnsealedManifest, part: DepartmentPart): Buffer {
  return writeZip([
    { name: MANIFEST_ENTRY, content: entryBytes(sealManifest(manifest, part)) },
    { name: PART_ENTRY, content: entryBytes(part) },
  ]);
}

export interface OpenedPackage {
  manifest: PackageManifest;
  part: DepartmentPart;
  /** SHA-256 of the whole file, for the history. */
  fileSha256: string;
}

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

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
  if (!(PACKAGE_ENTRIES as readonly string[]).includes(name)) return `gói có tệp lạ "${name}" (chỉ được có ${PACKAGE_ENTRIES.join(", ")})`;
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

/** An entry unpacked within its limits: declared size, compression ratio, and the size it really unpacks to. */
function unpack(fileName: string, entry: ZipEntry): Buffer {
  const declared = entry.central.readUInt32LE(24);
  if (declared > PACKAGE_LIMITS.entryBytes) refuse(fileName, `"${entry.name}" quá lớn (${MB(declared)}; tối đa ${MB(PACKAGE_LIMITS.entryBytes)})`);
  if (entry.raw.length > 0 && declared / entry.raw.length > PACKAGE_LIMITS.ratio)
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
  if (bytes.length > PACKAGE_LIMITS.fileBytes) refuse(fileName, `tệp quá lớn (${MB(bytes.length)}; tối đa ${MB(PACKAGE_LIMITS.fileBytes)})`);
  let entries: ZipEntry[];
  try {
    entries = readZip(bytes);
  } catch (e) {
    return refuse(fileName, `đây không phải gói .cchc hợp lệ (${e instanceof ZipError ? e.message : "không đọc được"})`);
  }
  for (const entry of entries) checkPlace(fileName, entry);
  if (entries.length > PACKAGE_LIMITS.entries) refuse(fileName, `gói có ${entries.length} tệp bên trong (tối đa ${PACKAGE_LIMITS.entries})`);
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
  for (const name of contents.keys()) {
    if (name === MANIFEST_ENTRY) continue;
    const expected = manifest.entries[name] ?? refuse(fileName, `"${name}" không có trong danh sách mã kiểm tra của gói`);
    if (sha256(contents.get(name)!) !== expected) refuse(fileName, `mã kiểm tra của "${name}" không khớp: nội dung đã bị sửa sau khi tạo gói`);
  }
  for (const name of Object.keys(manifest.entries)) if (!contents.has(name)) refuse(fileName, `thiếu "${name}"`);
  const part = parseJson(fileName, PART_ENTRY, contents.get(PART_ENTRY) ?? refuse(fileName, `thiếu ${PART_ENTRY}`), partSchema);
  return { manifest, part, fileSha256: sha256(bytes) };
}
