/**
 * An .xlsx checked as an archive before any spreadsheet library reads it:
 * sizes declared within the limits, every part unpacking to exactly its
 * declared size and checksum, then laid out anew so that the local headers
 * agree with the directory. The libraries (exceljs' streaming reader, JSZip)
 * only ever see a well-formed archive whose unpacked size is known.
 */
import { rewriteZip, verifyZip, ZipError, type ArchiveLimits } from "./zip";

/** A province form or a department's Excel form: a few hundred kB in practice. */
export const FORM_ARCHIVE_LIMITS: ArchiveLimits = { entries: 2_000, entryBytes: 100 * 1024 * 1024, totalBytes: 100 * 1024 * 1024 };

export async function verifiedXlsx(bytes: Buffer, limits: ArchiveLimits): Promise<Buffer> {
  const entries = await verifyZip(bytes, limits);
  if (!entries.some((e) => e.name === "[Content_Types].xml")) throw new ZipError("không phải tệp Excel .xlsx (có thể là tệp nén khác bị đổi tên)");
  return rewriteZip(entries, new Map());
}
