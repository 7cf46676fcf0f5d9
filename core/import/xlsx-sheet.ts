/**
 * The first worksheet of an .xlsx, row by row, read straight from the
 * archive: the sheet part is unpacked as a stream and scanned byte by byte,
 * each value decoded on its own (so a value kept – a Mã hồ sơ remembered to
 * find duplicates – holds on to nothing of the sheet's text). Half the time
 * and memory of exceljs' streaming reader, which builds a cell object, a
 * style and a SAX event for every cell the import then throws away.
 *
 * A cell's value is what exceljs' reader gave and the clerk sees: a string
 * (shared, inline, or a formula's text result), a number, a boolean, a Date
 * for a number in a date format; empty for an error or a formula without a
 * cached result.
 */
import { entryContent, listZip, unpackedChunks, ZipError, type ArchiveLimits, type ZipEntry } from "../zip";
import type { RawCell, RawRow } from "./raw-row";
import { excelSerialDate } from "./cell-dates";

export interface XlsxSheet {
  /** The sheet's tab name, when the workbook names it. */
  name: string | null;
  rows: AsyncGenerator<RawRow>;
}

const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/** The parts read besides the sheet. */
const WORKBOOK_PARTS = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"];

/**
 * Checks the archive (declared sizes within the limits; every part read in
 * full to its size and checksum – the sheet as it is read, so a damaged
 * sheet fails at its end) and opens its first worksheet. Fails with a ZipError.
 */
export async function openXlsxSheet(bytes: Buffer, limits: ArchiveLimits): Promise<XlsxSheet> {
  const entries = listZip(bytes, limits);
  if (!entries.some((e) => e.name === "[Content_Types].xml")) throw new ZipError("không phải tệp Excel .xlsx (có thể là tệp nén khác bị đổi tên)");
  const sheet = entries.find((e) => SHEET_PART.test(e.name));
  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    if (entry === sheet) continue;
    if (WORKBOOK_PARTS.includes(entry.name)) parts.set(entry.name, entryContent(entry));
    // The other parts (other sheets, pictures) are only checked, a chunk at a time.
    else for await (const _ of unpackedChunks(entry));
  }
  const text = (name: string) => parts.get(name)?.toString("utf8") ?? "";
  const workbook = text("xl/workbook.xml");
  const context: SheetContext = {
    sharedStrings: parts.has("xl/sharedStrings.xml") ? sharedStringsOf(parts.get("xl/sharedStrings.xml")!) : null,
    dateStyles: dateStylesOf(text("xl/styles.xml")),
    date1904: /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook),
  };
  return { name: sheet ? sheetNameOf(sheet.name, workbook, text("xl/_rels/workbook.xml.rels")) : null, rows: sheet ? sheetRows(sheet, context) : noRows() };
}

async function* noRows(): AsyncGenerator<RawRow> {}

const attributesOf = (tag: string): Record<string, string> => Object.fromEntries([...tag.matchAll(/([\w:]+)\s*=\s*("([^"]*)"|'([^']*)')/g)].map((m) => [m[1]!, decodeXml(m[3] ?? m[4] ?? "")]));

const tagsOf = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}\\b[^>]*>`, "g"))].map((m) => attributesOf(m[0]));

function sheetNameOf(part: string, workbook: string, relations: string): string | null {
  const target = part.slice("xl/".length);
  const relation = tagsOf(relations, "Relationship").find((r) => r.Target === target || r.Target === `/${part}`);
  return (relation && tagsOf(workbook, "sheet").find((s) => s["r:id"] === relation.Id)?.name) ?? null;
}

/** exceljs' rule: a format is a date when, its quoted and bracketed parts left out, it has a date or time letter. */
const isDateFormat = (code: string) => /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

/** Excel's built-in date and time formats (mm-dd-yy … [h]:mm:ss), by number. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** The cell styles (by index) whose number format shows a date or a time. */
function dateStylesOf(styles: string): Set<number> {
  const custom = new Map(tagsOf(styles, "numFmt").map((f) => [Number(f.numFmtId), f.formatCode ?? ""] as const));
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const dates = new Set<number>();
  tagsOf(cellXfs, "xf").forEach((xf, i) => {
    const id = Number(xf.numFmtId ?? 0);
    if (custom.has(id) ? isDateFormat(custom.get(id)!) : BUILT_IN_DATE_FORMATS.has(id)) dates.add(i);
  });
  return dates;
}

interface SheetContext {
  sharedStrings: string[] | null;
  dateStyles: Set<number>;
  date1904: boolean;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text as written: entities and character references replaced, line ends as XML reads them. */
function decodeXml(s: string): string {
  if (s.includes("&")) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, e: string) => {
      if (e[0] !== "#") return ENTITIES[e] ?? whole;
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
  return s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/** Where a tag starts and ends in the bytes, and what it is; reused from tag to tag. */
interface Tag {
  /** Its name's bytes: [nameStart, nameEnd). */
  nameStart: number;
  nameEnd: number;
  closing: boolean;
  selfClosing: boolean;
  /** Just past its '>'. */
  end: number;
}

const isNameEnd = (b: number) => b === 0x20 || b === GT || b === SLASH || b === 0x09 || b === 0x0a || b === 0x0d;

/** The tag at `at` (a '<'), or false when it does not end before `limit`. Comments and declarations come out as tags with odd names, which no reader here asks for. */
function readTag(bytes: Buffer, at: number, limit: number, tag: Tag): boolean {
  let i = at + 1;
  tag.closing = bytes[i] === SLASH;
  if (tag.closing) i++;
  tag.nameStart = i;
  while (i < limit && !isNameEnd(bytes[i]!)) i++;
  tag.nameEnd = i;
  let quote = 0;
  for (; i < limit; i++) {
    const b = bytes[i]!;
    if (quote) {
      if (b === quote) quote = 0;
    } else if (b === QUOTE || b === APOSTROPHE) quote = b;
    else if (b === GT) {
      tag.selfClosing = bytes[i - 1] === SLASH;
      tag.end = i + 1;
      return true;
    }
  }
  return false;
}

const nameIs = (bytes: Buffer, tag: Tag, name: string) => {
  if (tag.nameEnd - tag.nameStart !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (bytes[tag.nameStart + k] !== name.charCodeAt(k)) return false;
  return true;
};

/**
 * Where the value of the one-letter attribute `letter` (r, s, t) of the tag
 * starting at `at` lies: sets valueStart/valueEnd and returns true, or false
 * when the tag has none.
 */
function findAttribute(bytes: Buffer, tag: Tag, letter: number, found: { valueStart: number; valueEnd: number }): boolean {
  for (let i = tag.nameEnd; i < tag.end - 3; i++) {
    const b = bytes[i]!;
    if (b === QUOTE || b === APOSTROPHE) {
      const close = bytes.indexOf(b, i + 1);
      if (close === -1 || close >= tag.end) return false;
      i = close;
    } else if (b === letter && bytes[i + 1] === 0x3d /* = */ && isNameEnd(bytes[i - 1]!)) {
      const quote = bytes[i + 2];
      if (quote !== QUOTE && quote !== APOSTROPHE) return false;
      const close = bytes.indexOf(quote, i + 3);
      if (close === -1 || close >= tag.end) return false;
      found.valueStart = i + 3;
      found.valueEnd = close;
      return true;
    }
  }
  return false;
}

/** A non-negative whole number written in bytes[start, end); NaN if it is not one. */
function integerIn(bytes: Buffer, start: number, end: number): number {
  if (start >= end) return NaN;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i]! - 0x30;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** The column of a reference such as "AB12" (0-based: 27), or -1. */
function columnIn(bytes: Buffer, start: number, end: number): number {
  let n = 0;
  let i = start;
  for (; i < end; i++) {
    const c = bytes[i]!;
    if (c < 65 || c > 90) break;
    n = n * 26 + c - 64;
  }
  return i === start ? -1 : n - 1;
}

/** The text up to the next '<' (or `limit`), decoded, and where it ended. */
function textAt(bytes: Buffer, at: number, limit: number, into: { text: string; end: number }): void {
  let i = at;
  let ascii = true;
  for (; i < limit; i++) {
    const b = bytes[i]!;
    if (b === LT) break;
    if (b >= 0x80) ascii = false;
  }
  into.text = decodeXml(bytes.toString(ascii ? "latin1" : "utf8", at, i));
  into.end = i;
}

/** The shared strings, each the text of its runs joined (phonetic guides left out). */
function sharedStringsOf(bytes: Buffer): string[] {
  const strings: string[] = [];
  const tag = {} as Tag;
  const read = { text: "", end: 0 };
  let current: string | null = null;
  let inPhonetic = false;
  for (let i = bytes.indexOf(LT); i !== -1; i = bytes.indexOf(LT, i)) {
    if (!readTag(bytes, i, bytes.length, tag)) break;
    i = tag.end;
    if (nameIs(bytes, tag, "si")) {
      if (tag.closing || tag.selfClosing) strings.push(current ?? "");
      current = tag.closing || tag.selfClosing ? null : "";
    } else if (nameIs(bytes, tag, "rPh")) inPhonetic = !tag.closing && !tag.selfClosing;
    else if (nameIs(bytes, tag, "t") && !tag.closing && !tag.selfClosing && current !== null && !inPhonetic) {
      textAt(bytes, i, bytes.length, read);
      current += read.text;
      i = read.end;
    }
  }
  return strings;
}

/** What a cell's t attribute says it holds; a number when it says nothing. */
function typeIn(bytes: Buffer, start: number, end: number): string {
  const length = end - start;
  const first = bytes[start];
  if (length === 1) return first === 0x73 ? "s" : first === 0x62 ? "b" : first === 0x65 ? "e" : first === 0x64 ? "d" : "n";
  if (length === 3 && first === 0x73) return "str";
  if (length === 9 && first === 0x69) return "inlineStr";
  return "n";
}

/** The cell being scanned: its column, style and type, and the text met inside it. */
interface CellState {
  open: boolean;
  column: number;
  style: number;
  type: string;
  formula: boolean;
  value: string | null;
}

function cellValue(cell: CellState, context: SheetContext): RawCell {
  const v = cell.value;
  if (v === null) return null;
  switch (cell.type) {
    case "s":
      return context.sharedStrings?.[parseInt(v, 10)] ?? null;
    case "str":
    case "inlineStr":
    case "d":
      return v;
    case "e":
      return null;
    case "b":
      // A formula's result is read as a number, as exceljs did.
      if (!cell.formula) return parseInt(v, 10) !== 0;
      break;
  }
  const n = parseFloat(v);
  if (Number.isNaN(n)) return null;
  if (!cell.formula && context.dateStyles.has(cell.style)) return excelSerialDate(n, context.date1904);
  return n;
}

const R = 0x72;
const S = 0x73;
const T = 0x74;

/** Scans whole rows out of a stream of bytes; an unfinished tag at the end waits for the next chunk. */
class RowScanner {
  private readonly tag = {} as Tag;
  private readonly found = { valueStart: 0, valueEnd: 0 };
  private readonly read = { text: "", end: 0 };
  private readonly cell: CellState = { open: false, column: 0, style: 0, type: "n", formula: false, value: null };
  private lastRow = 0;
  private cells: RawCell[] | null = null;
  private inPhonetic = false;

  constructor(private readonly context: SheetContext) {}

  /** Adds the rows that end in bytes[0, limit) to `out`; returns where scanning stopped (the start of an unfinished tag or text). */
  scan(bytes: Buffer, limit: number, out: RawRow[]): number {
    const { tag, cell, read } = this;
    let i = 0;
    for (;;) {
      while (i < limit && bytes[i] !== LT) i++;
      if (i >= limit || !readTag(bytes, i, limit, tag)) return i;
      const start = i;
      i = tag.end;
      const first = bytes[tag.nameStart];
      if (tag.nameEnd - tag.nameStart === 1) {
        if (first === 0x63 /* c */) {
          if (tag.closing) this.endCell();
          else this.startCell(bytes);
        } else if (cell.open && !tag.closing && !tag.selfClosing && (first === 0x76 /* v */ || (first === T && !this.inPhonetic))) {
          textAt(bytes, i, limit, read);
          if (read.end >= limit) return start;
          cell.value = first === T && cell.value !== null ? cell.value + read.text : read.text;
          i = read.end;
        } else if (first === 0x66 /* f */ && !tag.closing) cell.formula = true;
      } else if (nameIs(bytes, tag, "row")) {
        if (tag.closing) this.endRow(out);
        else {
          const r = findAttribute(bytes, tag, R, this.found) ? integerIn(bytes, this.found.valueStart, this.found.valueEnd) : NaN;
          this.lastRow = Number.isNaN(r) ? this.lastRow + 1 : r;
          this.cells = [];
          if (tag.selfClosing) this.endRow(out);
        }
      } else if (nameIs(bytes, tag, "rPh")) this.inPhonetic = !tag.closing && !tag.selfClosing;
    }
  }

  private startCell(bytes: Buffer) {
    const { tag, cell, found, cells } = this;
    if (!cells) return;
    const column = findAttribute(bytes, tag, R, found) ? columnIn(bytes, found.valueStart, found.valueEnd) : -1;
    cell.open = true;
    cell.column = column === -1 ? cells.length : column;
    cell.style = findAttribute(bytes, tag, S, found) ? integerIn(bytes, found.valueStart, found.valueEnd) : 0;
    cell.type = findAttribute(bytes, tag, T, found) ? typeIn(bytes, found.valueStart, found.valueEnd) : "n";
    cell.formula = false;
    cell.value = null;
    if (tag.selfClosing) this.endCell();
  }

  private endCell() {
    const { cell, cells } = this;
    if (!cell.open || !cells) return;
    cell.open = false;
    const value = cellValue(cell, this.context);
    if (value === null) return;
    while (cells.length < cell.column) cells.push(null);
    cells[cell.column] = value;
  }

  private endRow(out: RawRow[]) {
    if (!this.cells) return;
    out.push({ rowNumber: this.lastRow, cells: this.cells });
    this.cells = null;
    this.cell.open = false;
  }
}

/** At most this many bytes of the sheet wait for the end of a tag; a longer run is no worksheet Excel writes. */
const MAX_TAG_BYTES = 64 * 1024 * 1024;

async function* sheetRows(entry: ZipEntry, context: SheetContext): AsyncGenerator<RawRow> {
  const scanner = new RowScanner(context);
  let rest: Buffer = Buffer.alloc(0);
  const rows: RawRow[] = [];
  for await (const chunk of unpackedChunks(entry)) {
    const bytes = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    const stop = scanner.scan(bytes, bytes.length, rows);
    rest = bytes.subarray(stop);
    if (rest.length > MAX_TAG_BYTES) throw new ZipError(`phần "${entry.name}" có một thẻ dài bất thường`);
    yield* rows;
    rows.length = 0;
  }
  // Whatever remains is an unfinished tag: the sheet ended in the middle of it.
  if (rest.some((b) => b === LT)) scanner.scan(rest, rest.length, rows);
  yield* rows;
}
