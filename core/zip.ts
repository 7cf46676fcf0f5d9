/**
 * Zip containers: an .xlsx read and written back with only some parts
 * replaced (every other part keeps its compressed bytes, so what the app does
 * not understand – drawings, printer settings, macros… – is kept as it was),
 * and new archives (department packages). Zip64 archives are not handled; the
 * files the app reads and writes are far below their sizes.
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** The entry names are UTF-8. */
const UTF8_NAMES_FLAG = 0x0800;
/** The sizes and crc follow the data instead of being in the local header. */
const DATA_DESCRIPTOR_FLAG = 0x0008;

export interface ZipEntry {
  name: string;
  /** The central directory record, as found. */
  central: Buffer;
  method: number;
  /** The compressed bytes, as found. */
  raw: Buffer;
}

function endOfCentralDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) if (bytes.readUInt32LE(at) === EOCD) return at;
  throw new Error("không tìm thấy mục lục của tệp nén");
}

export function readZip(bytes: Buffer): ZipEntry[] {
  const end = endOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new Error("tệp nén dạng Zip64 không được hỗ trợ");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new Error("mục lục của tệp nén bị hỏng");
    const nameLength = bytes.readUInt16LE(at + 28);
    const length = 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const central = bytes.subarray(at, at + length);
    const compressedSize = central.readUInt32LE(20);
    const local = central.readUInt32LE(42);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) throw new Error("một phần của tệp nén bị hỏng");
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (dataStart + compressedSize > bytes.length) throw new Error("tệp nén bị cắt cụt");
    entries.push({
      name: central.subarray(46, 46 + nameLength).toString("utf8"),
      central,
      method: central.readUInt16LE(10),
      raw: bytes.subarray(dataStart, dataStart + compressedSize),
    });
    at += length;
  }
  return entries;
}

export function entryContent(entry: ZipEntry): Buffer {
  if (entry.method === STORED) return entry.raw;
  if (entry.method === DEFLATED) return inflateRawSync(entry.raw);
  throw new Error(`phần "${entry.name}" được nén theo cách không hỗ trợ`);
}

/** A new archive of the given files, deflated, in the given order (names in UTF-8). */
export function writeZip(files: { name: string; content: Buffer }[]): Buffer {
  const entries = files.map(({ name }): ZipEntry => {
    const nameBytes = Buffer.from(name, "utf8");
    const central = Buffer.alloc(46 + nameBytes.length);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0
    central.writeUInt16LE(20, 6); // needed: 2.0
    central.writeUInt16LE(UTF8_NAMES_FLAG, 8);
    central.writeUInt16LE(0x21, 14); // 1980-01-01 00:00: the archive's bytes depend on its content alone
    central.writeUInt16LE(nameBytes.length, 28);
    nameBytes.copy(central, 46);
    return { name, central, method: STORED, raw: Buffer.alloc(0) };
  });
  return rewriteZip(entries, new Map(files.map((f) => [f.name, f.content])));
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
