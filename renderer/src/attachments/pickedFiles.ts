import { attachmentProblem } from "../../../core/attachments/file-kinds";
import { UPLOAD_BASE64_CHARS } from "../../../core/file-size";

/** A file the clerk picked or dropped, with why it cannot be attached (null when it can). */
export interface CheckedFile {
  file: File;
  problem: string | null;
}

/** How many first bytes attachmentProblem reads to tell a real PDF, Word file or scan from a renamed one. */
const HEAD_BYTES = 16;

/** Checks each file as the API will (kind by extension and first bytes, size), before anything is read in full or sent. */
export async function checkFiles(files: readonly File[]): Promise<CheckedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
      return { file, problem: attachmentProblem(file.name, file.size, head) };
    }),
  );
}

/** The API takes at most this many files in one call (attachments.addMany). */
export const MAX_FILES_PER_CALL = 500;

/** A call's room for the files' base64, the rest of the request (names, document numbers) aside. */
export const CALL_BASE64_CHARS = UPLOAD_BASE64_CHARS;

const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);

/**
 * Cuts the files into calls the app accepts: the base64 of each call's files
 * within one upload's size, at most MAX_FILES_PER_CALL files. Each call is
 * one transaction, so a refusal takes back only its own part.
 */
export function uploadChunks<T>(items: readonly T[], sizeOf: (item: T) => number, limit = CALL_BASE64_CHARS, maxCount = MAX_FILES_PER_CALL): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = base64Length(sizeOf(item));
    if (current.length > 0 && (used + size > limit || current.length >= maxCount)) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
