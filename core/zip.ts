/**
 * Zip containers: an .xlsx read and written back with only some parts
 * replaced (every other part keeps its compressed bytes, so what the app does
 * not understand – drawings, printer settings, macros… – is kept as it was),
 * and new archives (department packages). Zip64 archives are not handled; the
 * files the app reads and writes are far below their sizes.
 */
import { crc32, createInflateRaw, deflateRawSync, inflateRawSync } from "node:zlib";
import { formatMegabytes } from "./file-size";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** The entry names are UTF-8. */
const UTF8_NAMES_FLAG = 0x0800;
/** The sizes and crc follow the data instead of being in the local header. */
const DATA_DESCRIPTOR_FLAG = 0x0008;
const ENCRYPTED_FLAG = 0x0001;

export interface ZipEntry {
  name: string;
  /** The central directory record, as found. */
  central: Buffer;
  method: number;
  /** The compressed bytes, as found. */
  raw: Buffer;
}

/** What is wrong with an archive, in words a clerk can read; callers add the file's name. */
export class ZipError extends Error {
  override name = "ZipError";
}

const broken = (why: string): never => {
  throw new ZipError(why);
};

/** The size the entry says it unpacks to, and the checksum of that content. */
export const declaredSize = (entry: ZipEntry) => entry.central.readUInt32LE(24);
const declaredCrc = (entry: ZipEntry) => entry.central.readUInt32LE(16);

function endOfCentralDirectory(bytes: Buffer): number {
  if (bytes.length < 22) broken("tệp quá ngắn, không phải tệp nén");
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) if (bytes.readUInt32LE(at) === EOCD) return at;
  return broken("không tìm thấy mục lục của tệp nén (tệp bị cắt cụt hoặc không phải tệp nén)");
}

/** The entries as the central directory lists them, each checked to lie wholly inside the file. */
export function readZip(bytes: Buffer): ZipEntry[] {
  const end = endOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) broken("tệp nén dạng Zip64 không được hỗ trợ");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL) broken("mục lục của tệp nén bị hỏng");
    const nameLength = bytes.readUInt16LE(at + 28);
    const length = 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (at + length > end) broken("mục lục của tệp nén bị hỏng");
    const central = bytes.subarray(at, at + length);
    const compressedSize = central.readUInt32LE(20);
    const local = central.readUInt32LE(42);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) broken("một phần của tệp nén bị hỏng");
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (dataStart + compressedSize > bytes.length) broken("tệp nén bị cắt cụt");
    const name = central.subarray(46, 46 + nameLength).toString("utf8");
    if (central.readUInt16LE(8) & ENCRYPTED_FLAG) broken(`phần "${name}" được đặt mật khẩu`);
    entries.push({ name, central, method: central.readUInt16LE(10), raw: bytes.subarray(dataStart, dataStart + compressedSize) });
    at += length;
  }
  return entries;
}

/** The entry's content, unpacked no further than its declared size and checked against its size and checksum. */
export function entryContent(entry: ZipEntry): Buffer {
  const declared = declaredSize(entry);
  let content: Buffer;
  if (entry.method === STORED) content = entry.raw;
  else if (entry.method === DEFLATED) {
    try {
      content = inflateRawSync(entry.raw, { maxOutputLength: Math.max(declared, 1) });
    } catch {
      return broken(`phần "${entry.name}" bị hỏng hoặc lớn hơn kích thước khai báo`);
    }
  } else return broken(`phần "${entry.name}" được nén theo cách không hỗ trợ`);
  if (content.length !== declared) broken(`phần "${entry.name}" có kích thước khác với khai báo trong mục lục`);
  if (crc32(content) !== declaredCrc(entry)) broken(`phần "${entry.name}" bị hỏng (sai mã kiểm tra CRC)`);
  return content;
}

/** How much an archive may hold before it is refused unread. */
export interface ArchiveLimits {
  entries: number;
  /** Unpacked size of one entry, and of all of them. */
  entryBytes: number;
  totalBytes: number;
}

/**
 * The entries, with what the central directory declares checked against the
 * limits before anything is unpacked.
 */
export function listZip(bytes: Buffer, limits: ArchiveLimits): ZipEntry[] {
  const entries = readZip(bytes);
  if (entries.length > limits.entries) broken(`tệp nén có ${entries.length} phần bên trong, quá nhiều (tối đa ${limits.entries})`);
  let total = 0;
  for (const entry of entries) {
    const declared = declaredSize(entry);
    if (declared > limits.entryBytes) broken(`phần "${entry.name}" giải nén ra ${formatMegabytes(declared)}, quá lớn (tối đa ${formatMegabytes(limits.entryBytes)})`);
    total += declared;
  }
  if (total > limits.totalBytes) broken(`tệp giải nén ra ${formatMegabytes(total)}, quá lớn (tối đa ${formatMegabytes(limits.totalBytes)})`);
  return entries;
}

/**
 * Every entry unpacked as a stream and thrown away, so a large part never
 * sits whole in memory: what the central directory declares is checked
 * against the limits before anything is unpacked, and each entry must unpack
 * to exactly its declared size and checksum. Ends for any bytes: with the
 * entries, or with a ZipError.
 */
export async function verifyZip(bytes: Buffer, limits: ArchiveLimits): Promise<ZipEntry[]> {
  const entries = listZip(bytes, limits);
  for (const entry of entries) for await (const _ of unpackedChunks(entry));
  return entries;
}

/**
 * The entry unpacked chunk by chunk, never past its declared size; the last
 * chunk comes only once the size and checksum proved right, so a reader that
 * gets to the end has read exactly what was packed. Fails with a ZipError.
 */
export async function* unpackedChunks(entry: ZipEntry): AsyncGenerator<Buffer> {
  const declared = declaredSize(entry);
  const expected = declaredCrc(entry);
  const wrong = (why: string) => new ZipError(`phần "${entry.name}" ${why}`);
  if (entry.method === STORED) {
    if (entry.raw.length !== declared || crc32(entry.raw) !== expected) throw wrong("bị hỏng (sai kích thước hoặc mã kiểm tra CRC)");
    if (declared > 0) yield entry.raw;
    return;
  }
  if (entry.method !== DEFLATED) throw wrong("được nén theo cách không hỗ trợ");
  const inflater = createInflateRaw({ chunkSize: 1024 * 1024 });
  inflater.end(entry.raw);
  let size = 0;
  let crc = 0;
  let held: Buffer | null = null;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > declared) throw wrong("giải nén ra lớn hơn kích thước khai báo, có thể là tệp phá hoại");
      crc = crc32(chunk, crc);
      if (held) yield held;
      held = chunk;
    }
  } catch (e) {
    throw e instanceof ZipError ? e : wrong("bị hỏng, không giải nén được");
  } finally {
    inflater.destroy();
  }
  if (size !== declared) throw wrong("bị cắt cụt hoặc sai kích thước khai báo");
  if (crc !== expected) throw wrong("bị hỏng (sai mã kiểm tra CRC)");
  if (held) yield held;
}

/**
 * A new archive of the given files, in the given order (names in UTF-8):
 * deflated, or `stored` as they are – for contents already compressed (PDF,
 * JPEG, .docx…), where deflating costs time and saves nothing.
 */
export function writeZip(files: { name: string; content: Buffer; stored?: boolean }[]): Buffer {
  const entries = files.map(({ name, content, stored }): ZipEntry => {
    const nameBytes = Buffer.from(name, "utf8");
    const central = Buffer.alloc(46 + nameBytes.length);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0
    central.writeUInt16LE(20, 6); // needed: 2.0
    central.writeUInt16LE(UTF8_NAMES_FLAG, 8);
    central.writeUInt16LE(0x21, 14); // 1980-01-01 00:00: the archive's bytes depend on its content alone
    if (stored) {
      central.writeUInt32LE(crc32(content), 16);
      central.writeUInt32LE(content.length, 20);
      central.writeUInt32LE(content.length, 24);
    }
    central.writeUInt16LE(nameBytes.length, 28);
    nameBytes.copy(central, 46);
    return { name, central, method: STORED, raw: stored ? content : Buffer.alloc(0) };
  });
  return rewriteZip(entries, new Map(files.filter((f) => !f.stored).map((f) => [f.name, f.content])));
}

/** The archive again, in the same order, with the named parts' content replaced. */
export function rewriteZip(entries: ZipEntry[], replaced: ReadonlyMap<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const content = replaced.get(entry.name);
    const central = Buffer.from(entry.central);
    const data = content ? deflateRawSync(content) : entry.raw;
    if (content) {
      central.writeUInt16LE(DEFLATED, 10);
      central.writeUInt32LE(crc32(content), 16);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt32LE(content.length, 24);
    }
    central.writeUInt16LE(central.readUInt16LE(8) & ~DATA_DESCRIPTOR_FLAG, 8);
    central.writeUInt32LE(offset, 42);
    const name = entry.central.subarray(46, 46 + entry.central.readUInt16LE(28));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    central.copy(local, 4, 6, 26); // version needed, flags, method, time, date, crc, sizes
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    centrals.push(central);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
