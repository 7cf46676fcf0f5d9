/** Vietnamese text helpers shared by the store, the importers and search. */

/** ASCII text is NFC already: the test is far cheaper than normalize (a 64 MB upload's base64: 0,03–0,2 s against 3 s). */
const ASCII = /^[\x00-\x7f]*$/;
export const nfc = (s: string): string => (ASCII.test(s) ? s : s.normalize("NFC"));

/** A name or a title as a sentence goes on with it: "Xã Cẩm Giang" → "xã Cẩm Giang", "Báo cáo kết quả …" → "báo cáo kết quả …". */
export const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);

/** A message part that may or may not end a sentence already, ended with one full stop: "Hỏng." and "Hỏng" both give "Hỏng.". */
export const withFullStop = (s: string): string => (/[.!?…]$/u.test(s.trimEnd()) ? s.trimEnd() : `${s.trimEnd()}.`);

/** Every string inside a JSON-like value, NFC-normalised; other values as they are. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === "string") return nfc(value) as T;
  if (Array.isArray(value)) return value.map(nfcDeep) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfcDeep(v)])) as T;
  }
  return value;
}

/**
 * The form used to compare Vietnamese text loosely: diacritics and case
 * removed (đ → d), whitespace folded. "Hộ  tịch" and "ho tich" fold alike.
 */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}
