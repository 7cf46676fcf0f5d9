/**
 * The error log beside the store (nhat-ky-loi/loi.log): every unexpected
 * error – anything but a refusal the app made on purpose – with its time, the
 * API method and the stack, so support can see what broke. It never holds a
 * citizen's data: not the call's input, and of the error's own message (which
 * a library may write around a value, as SQLite and JSON.parse do) only the
 * first line with quoted text, long numbers and words with Vietnamese
 * letters masked. Rotated by size: the newest file and four older ones.
 */
import { appendFileSync, existsSync, mkdirSync, openSync, readSync, closeSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";

export const ERROR_LOG_FOLDER = "nhat-ky-loi";
const LOG_NAME = "loi";

/** 1 MB a file, 5 files: loi.log, then loi.1.log (newer) … loi.4.log (oldest). */
export const ERROR_LOG_LIMITS = { fileBytes: 1024 * 1024, files: 5 };

export const errorLogFile = (storePath: string): string => path.join(path.dirname(storePath), ERROR_LOG_FOLDER, `${LOG_NAME}.log`);

const olderFile = (file: string, n: number) => path.join(path.dirname(file), `${LOG_NAME}.${n}.log`);

const MASK = "…";
/** A word holding a letter outside ASCII: a Vietnamese name, an address (in a frame, a login name in a path). */
const NON_ASCII_WORD = /[\p{L}\p{N}_.@-]*[^\x00-\x7F\s][\p{L}\p{N}_.@-]*/gu;
/** Quoted text and runs of 4+ digits (an ID card, a phone, a dossier number). */
const QUOTED_OR_NUMBER = /"[^"]*"|'[^']*'|`[^`]*`|“[^”]*”|‘[^’]*’|\d{4,}/gu;
const MAX_MESSAGE_CHARS = 300;

/** The error's first message line, with whatever may quote a value masked. */
export function scrubbedMessage(message: string): string {
  const firstLine = message.split(/\r?\n/, 1)[0] ?? "";
  return firstLine.replace(QUOTED_OR_NUMBER, MASK).replace(NON_ASCII_WORD, MASK).slice(0, MAX_MESSAGE_CHARS);
}

/** The stack's frames only: V8 starts a stack with the whole message (every line of it), which is not kept. */
function stackFrames(error: Error): string[] {
  const stack = error.stack ?? "";
  const head = String(error);
  const frames = stack.startsWith(head) ? stack.slice(head.length) : stack;
  return frames
    .split(/\r?\n/)
    .filter((line) => /^ {4}at /.test(line))
    .map((line) => line.replace(NON_ASCII_WORD, MASK));
}

/**
 * A validation error (zod's, say: an answer that broke the contract) carries
 * its issues as JSON in its message: where and what, from the issues
 * themselves, a path part that is not a plain name masked.
 */
function issueLines(error: Error): string[] {
  const issues = (error as { issues?: unknown }).issues;
  if (!Array.isArray(issues)) return [];
  return issues.slice(0, 5).map((issue: { path?: unknown[]; code?: unknown }) => {
    const where = (issue.path ?? []).map((part) => (typeof part === "number" || /^[A-Za-z_]\w{0,40}$/.test(String(part)) ? String(part) : MASK)).join(".");
    return `  vấn đề: ${where || "(gốc)"} – ${typeof issue.code === "string" ? issue.code : "?"}`;
  });
}

function describe(error: unknown): string[] {
  if (!(error instanceof Error)) return [`(giá trị bị ném không phải Error: ${typeof error})`];
  const issues = issueLines(error);
  const headline = issues.length ? `${(error as unknown as { issues: unknown[] }).issues.length} vấn đề` : scrubbedMessage(error.message);
  const lines = [`${error.name}: ${headline}`, ...issues, ...stackFrames(error)];
  if (error.cause !== undefined) lines.push("Nguyên nhân:", ...describe(error.cause).map((line) => `  ${line}`));
  return lines;
}

export interface UnexpectedError {
  /** The API method (or the step, e.g. "store.open") that failed. */
  method: string;
  error: unknown;
  at: Date;
}

export function formatLogEntry({ method, error, at }: UnexpectedError): string {
  return [`=== ${at.toISOString()} · ${method}`, ...describe(error), ""].join("\n");
}

function rotate(file: string): void {
  rmSync(olderFile(file, ERROR_LOG_LIMITS.files - 1), { force: true });
  for (let n = ERROR_LOG_LIMITS.files - 2; n >= 1; n--) if (existsSync(olderFile(file, n))) renameSync(olderFile(file, n), olderFile(file, n + 1));
  renameSync(file, olderFile(file, 1));
}

const sizeOf = (file: string): number => (existsSync(file) ? statSync(file).size : 0);

/**
 * Appends the error to the log beside the store, rotating first when the file
 * would pass its size. Never throws: a log that cannot be written (a
 * read-only folder, a full disk) must not hide the error it was to record.
 * Returns whether it was written.
 */
export function logUnexpectedError(storePath: string, entry: UnexpectedError): boolean {
  try {
    const file = errorLogFile(storePath);
    const text = formatLogEntry(entry);
    mkdirSync(path.dirname(file), { recursive: true });
    const size = sizeOf(file);
    if (size > 0 && size + Buffer.byteLength(text) > ERROR_LOG_LIMITS.fileBytes) rotate(file);
    appendFileSync(file, text, "utf8");
    return true;
  } catch {
    return false;
  }
}

/** The last `maxBytes` of the log, from the older file too when the newest is short; "" when nothing was logged. */
export function readErrorLogTail(storePath: string, maxBytes: number): string {
  const file = errorLogFile(storePath);
  const parts: Buffer[] = [];
  let left = maxBytes;
  for (const source of [file, olderFile(file, 1)]) {
    if (left <= 0) break;
    const size = sizeOf(source);
    if (size === 0) continue;
    const length = Math.min(size, left);
    const bytes = Buffer.alloc(length);
    const fd = openSync(source, "r");
    try {
      readSync(fd, bytes, 0, length, size - length);
    } finally {
      closeSync(fd);
    }
    parts.unshift(bytes);
    left -= length;
  }
  const text = Buffer.concat(parts).toString("utf8");
  // A cut may fall inside an entry (or a character): start at the first whole entry.
  const firstEntry = text.indexOf("=== ");
  return firstEntry > 0 ? text.slice(firstEntry) : text;
}
