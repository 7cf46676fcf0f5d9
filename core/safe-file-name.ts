/**
 * Paths are built, never taken: a file the app writes for a caller gets a
 * name the app makes – from the caller's name at most, cleaned – inside one of
 * the app's own folders (core/file-inside.ts), and is refused should the
 * result still leave it. Pure: the renderer names its downloads with it.
 */

/**
 * Characters Windows refuses in a file name, control characters, and the
 * bidirectional marks that can show "tệp‮xslx.exe" as "tệpexe.xlsx".
 */
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Device names Windows reserves whatever the extension: "con.xlsx" opens the console, not a file. */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * Room under the 255 bytes a name may take (ext4 counts UTF-8 bytes, and a
 * Vietnamese letter takes up to 3) for the " (2)" the outbox adds.
 */
export const MAX_FILE_NAME_BYTES = 200;

const trimEnds = (text: string) => text.replace(/^[\s.]+|[\s.]+$/g, "");

const unreserved = (stem: string) => (RESERVED.test(stem.split(".")[0]!.trimEnd()) ? `_${stem}` : stem);

/**
 * A part of a path the app makes from words (a folder named by an outline
 * item): unsafe characters dropped, spaces collapsed, no leading or trailing
 * dots and spaces, a reserved device name prefixed with "_". No length limit:
 * the caller cuts it to its own.
 */
export function safeNamePart(text: string): string {
  return unreserved(trimEnds(text.normalize("NFC").replace(UNSAFE, "").replace(/\s+/g, " ")));
}

const utf8 = new TextEncoder();
const utf8Bytes = (text: string) => utf8.encode(text).length;

function cutToBytes(text: string, maxBytes: number): string {
  let out = "";
  let bytes = 0;
  for (const char of text) {
    bytes += utf8Bytes(char);
    if (bytes > maxBytes) break;
    out += char;
  }
  return out;
}

/**
 * A name the app can write anywhere: unsafe characters dropped, no leading
 * or trailing dots and spaces, a reserved device name prefixed with "_",
 * at most MAX_FILE_NAME_BYTES, and one of `extensions` (the first one added
 * when the name has none of them). `fallbackStem` names a file left with no
 * name at all.
 */
export function safeFileName(name: string, extensions: readonly [string, ...string[]], fallbackStem: string): string {
  const cleaned = name.normalize("NFC").replace(UNSAFE, "").replace(/\s+/g, " ");
  const kept = extensions.find((e) => cleaned.toLowerCase().endsWith(`.${e}`));
  const extension = `.${kept ?? extensions[0]}`;
  let stem = unreserved(trimEnds(kept ? cleaned.slice(0, -extension.length) : cleaned));
  stem = trimEnds(cutToBytes(stem, MAX_FILE_NAME_BYTES - utf8Bytes(extension)));
  return `${stem || fallbackStem}${extension}`;
}

/** The last part of a path written the Windows way or the POSIX way: "..\\..\\x" and "/abs/x" are "x". */
export const lastPart = (name: string): string => name.split(/[\\/]/).pop()!;

/** A name a caller sent (a picked file, a path) as a safe file name: its last part only. */
export const callerFileName = (name: string, extensions: readonly [string, ...string[]], fallbackStem: string): string => safeFileName(lastPart(name), extensions, fallbackStem);
