import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { throwIfCallAbandoned } from "../call-deadline";
import { AppError } from "../../shared/errors";
import { formatMegabytes } from "../file-size";
import { ZipError } from "../zip";
import { CSV_LIMITS } from "./csv-limits";
import { detectLegacyEncoding, legacyToUnicode, type LegacyEncoding } from "./legacy-vietnamese";
import type { RawRow } from "./raw-row";
import { openXlsxSheet, type XlsxSheet } from "./xlsx-sheet";

export type { RawCell, RawRow } from "./raw-row";

export interface TableInput {
  fileName: string;
  /** Read from disk (streamed for .xlsx), or … */
  path?: string;
  /** … the bytes, as the UI sends them. */
  buffer?: Buffer;
}

export interface OpenedTable {
  format: "xlsx" | "csv";
  sheetName: string | null;
  /** How the text was stored, when it was not plain UTF-8: "UTF-16", "TCVN3", "VNI". */
  encoding: string | null;
  rows: AsyncIterable<RawRow>;
}

const fileError = (fileName: string, code: string, why: string) => new AppError(code, `Tệp "${fileName}": ${why}`);

async function head(input: TableInput, n: number): Promise<Buffer> {
  if (input.buffer) return input.buffer.subarray(0, n);
  const { open } = await import("node:fs/promises");
  const fh = await open(input.path!, "r");
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

async function sizeOf(input: TableInput): Promise<number> {
  if (input.buffer) return input.buffer.length;
  try {
    const st = await stat(input.path!);
    if (st.isDirectory()) throw fileError(input.fileName, "import_unreadable", "là một thư mục, không phải tệp.");
    return st.size;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw fileError(input.fileName, "import_unreadable", "không mở được tệp (không tồn tại hoặc không có quyền đọc).");
  }
}

/** Opens an .xlsx or .csv export, refusing what is neither with a message that says what the file is. */
export async function openTable(input: TableInput): Promise<OpenedTable> {
  const size = await sizeOf(input);
  if (size === 0) throw fileError(input.fileName, "import_empty", "tệp trống, không có dữ liệu.");
  const magic = await head(input, 8);
  const ext = path.extname(input.fileName).toLowerCase();
  if (magic.subarray(0, 4).equals(Buffer.from("PK\x03\x04", "latin1"))) return openXlsx(input, size);
  if (magic.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw fileError(input.fileName, "import_xls", "là tệp Excel 97-2003 (.xls). Hãy mở bằng Excel và lưu lại dạng .xlsx (Excel Workbook) rồi nhập lại.");
  }
  if (ext === ".xlsx" || ext === ".xlsm") {
    throw fileError(input.fileName, "import_not_xlsx", "không phải tệp Excel .xlsx hợp lệ (có thể là ảnh hoặc tệp khác bị đổi tên). Hãy xuất lại danh sách từ hệ thống.");
  }
  return openCsv(input, size);
}

/** An export of a few hundred thousand dossiers stays well inside these; a zip bomb does not. */
export const XLSX_IMPORT_LIMITS = {
  fileBytes: 512 * 1024 * 1024,
  archive: { entries: 10_000, entryBytes: 1024 * 1024 * 1024, totalBytes: 1536 * 1024 * 1024 },
} as const;

async function openXlsx(input: TableInput, size: number): Promise<OpenedTable> {
  const corrupt = (why: string) => fileError(input.fileName, "import_corrupt", `tệp Excel bị hỏng hoặc không đầy đủ (${why}). Hãy xuất lại danh sách từ hệ thống.`);
  if (size > XLSX_IMPORT_LIMITS.fileBytes) {
    throw fileError(
      input.fileName,
      "import_too_large",
      `tệp nặng ${formatMegabytes(size)}, quá lớn để nhập (tối đa ${formatMegabytes(XLSX_IMPORT_LIMITS.fileBytes)}). Hãy xuất danh sách theo từng khoảng thời gian.`,
    );
  }
  const bytes = input.buffer ?? (await readFile(input.path!));
  let sheet: XlsxSheet;
  try {
    sheet = await openXlsxSheet(bytes, XLSX_IMPORT_LIMITS.archive);
  } catch (e) {
    throw corrupt(e instanceof ZipError ? e.message : "nội dung bảng tính không đúng cấu trúc");
  }
  async function* rowsOf(): AsyncGenerator<RawRow> {
    let read = 0;
    try {
      for await (const row of sheet.rows) {
        yield row;
        if (++read % 1000 === 0) throwIfCallAbandoned();
      }
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw corrupt(e instanceof ZipError ? e.message : "nội dung bảng tính không đúng cấu trúc");
    }
  }
  return { format: "xlsx", sheetName: sheet.name, encoding: null, rows: rowsOf() };
}

function decodeCsv(fileName: string, bytes: Buffer): { text: string; encoding: string | null } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString("utf8"), encoding: null };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "UTF-16" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "UTF-16" };
  if (bytes.includes(0)) throw fileError(fileName, "import_not_text", "không phải tệp văn bản CSV (có dữ liệu nhị phân). Hãy chọn tệp .xlsx hoặc .csv xuất từ hệ thống.");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: null };
  } catch {
    const text = new TextDecoder("windows-1252").decode(bytes);
    const legacy = detectLegacyEncoding(sampleOf(text).split(/\r?\n/, 200));
    if (!legacy) {
      throw fileError(fileName, "import_encoding", 'không nhận ra bảng mã của tệp CSV (không phải UTF-8, TCVN3 hay VNI). Hãy mở bằng Excel và lưu lại dạng "CSV UTF-8".');
    }
    return { text: legacyToUnicode(text, legacy), encoding: legacyLabel(legacy) };
  }
}

export const legacyLabel = (e: LegacyEncoding) => (e === "tcvn3" ? "TCVN3" : "VNI");

/** The start of a text, where its delimiter and its encoding are told: a huge first cell is not copied to find out. */
const sampleOf = (text: string) => text.slice(0, 64 * 1024);

function detectDelimiter(text: string): string {
  const sample = sampleOf(text).split(/\r?\n/, 30).join("\n");
  const counts = [";", ",", "\t"].map((d) => [d, sample.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ",";
}

/**
 * RFC 4180: quoted fields may hold the delimiter, doubled quotes and line
 * breaks. Past CSV_LIMITS.cellChars the rest of a cell is skipped as it is
 * read, so a huge cell never becomes a huge string.
 */
export function* parseCsv(text: string, delimiter: string): Generator<RawRow> {
  let field = "";
  let row: string[] = [];
  let line = 1;
  let rowStart = 1;
  const fieldEnd = new RegExp(`[${delimiter.replace(/[\\\]^-]/g, "\\$&")}\r\n]`, "g");
  const append = (from: number, to: number) => {
    const room = CSV_LIMITS.cellChars - field.length;
    if (room > 0 && to > from) field += text.slice(from, Math.min(to, from + room));
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === "") {
      for (i++; ;) {
        const close = text.indexOf('"', i);
        const end = close === -1 ? text.length : close;
        for (let nl = text.indexOf("\n", i); nl !== -1 && nl < end; nl = text.indexOf("\n", nl + 1)) line++;
        append(i, end);
        if (close !== -1 && text[close + 1] === '"') {
          append(close, close + 1);
          i = close + 2;
          continue;
        }
        i = end + 1;
        break;
      }
    } else if (c === delimiter) {
      row.push(field);
      field = "";
      i++;
    } else if (c === "\n" || c === "\r") {
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      row.push(field);
      yield { rowNumber: rowStart, cells: row };
      row = [];
      field = "";
      line++;
      rowStart = line;
    } else {
      fieldEnd.lastIndex = i + 1;
      const end = fieldEnd.exec(text)?.index ?? text.length;
      append(i, end);
      i = end;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    yield { rowNumber: rowStart, cells: row };
  }
}

/** The file is read whole, so one larger than any real export is refused before reading. */
async function openCsv(input: TableInput, size: number): Promise<OpenedTable> {
  if (size > CSV_LIMITS.fileBytes) {
    throw fileError(
      input.fileName,
      "import_too_large",
      `tệp CSV nặng ${formatMegabytes(size)}, quá lớn để nhập (tối đa ${formatMegabytes(CSV_LIMITS.fileBytes)}). Dữ liệu không thay đổi. Hãy kiểm tra đúng tệp cần nhập, hoặc chia thành nhiều tệp nhỏ hơn (ví dụ xuất theo từng quý).`,
    );
  }
  const { text, encoding } = decodeCsv(input.fileName, input.buffer ?? (await readFile(input.path!)));
  const delimiter = detectDelimiter(text);
  return {
    format: "csv",
    sheetName: null,
    encoding,
    rows: (async function* () {
      yield* parseCsv(text, delimiter);
    })(),
  };
}
