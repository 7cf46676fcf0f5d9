/**
 * An .xlsx checked as an archive before any spreadsheet library reads it:
 * sizes declared within the limits, every part unpacking to exactly its
 * declared size and checksum, then laid out anew so that the local headers
 * agree with the directory. The libraries (exceljs' streaming reader, JSZip)
 * only ever see a well-formed archive whose unpacked size is known.
 */
import { rewriteZip, verifyZip, ZipError, type ArchiveLimits, type ZipEntry } from "./zip";

/** A province form or a department's Excel form: a few hundred kB in practice. */
export const FORM_ARCHIVE_LIMITS: ArchiveLimits = { entries: 2_000, entryBytes: 100 * 1024 * 1024, totalBytes: 100 * 1024 * 1024 };

export async function verifiedXlsx(bytes: Buffer, limits: ArchiveLimits): Promise<Buffer> {
  const entries = await verifyZip(bytes, limits);
  if (!entries.some((e) => e.name === "[Content_Types].xml")) throw new ZipError("không phải tệp Excel .xlsx (có thể là tệp nén khác bị đổi tên)");
  return rewriteZip(workbookFirst(entries), new Map());
}

/** The parts that describe the workbook, in the order a streaming reader needs them. */
const WORKBOOK_PARTS = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"];

/**
 * A zip may hold an .xlsx's parts in any order (exceljs' own writer puts them
 * down as each finishes). exceljs' streaming reader reads a sheet as soon as
 * it has the relations and shared strings, and fails on it when the workbook
 * part comes later: a sound file taken for a damaged one, now and then. Laid
 * out workbook first, every reader meets the parts in the order it expects.
 */
const workbookFirst = (entries: ZipEntry[]): ZipEntry[] => {
  const rank = (e: ZipEntry) => (WORKBOOK_PARTS.includes(e.name) ? WORKBOOK_PARTS.indexOf(e.name) : WORKBOOK_PARTS.length);
  return [...entries].sort((a, b) => rank(a) - rank(b));
};
