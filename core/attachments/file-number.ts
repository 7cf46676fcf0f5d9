/**
 * Which register entry a scan belongs to, read from its file name: offices
 * name scans by the document's number and symbol, written every which way –
 * "25-KH-UBND.pdf", "25_KH-UBND_2025.pdf", "QĐ 025.QĐ-UBND (ban ky).pdf". Both
 * sides are cut into tokens (letters folded, "Đ" → "D", leading zeros
 * dropped); a document matches when its tokens appear in a row in the name.
 * The longest match wins; numbers restart each year, so a year or a date in
 * the name chooses between documents of the same number. Pure: the screen
 * shows the preview from it.
 */
import { fold } from "../../shared/text";

export interface NumberedDocument {
  id: number;
  numberSymbol: string;
  /** YYYY-MM-DD */
  date: string;
}

export type FileMatch = { fileName: string; state: "khop"; documentId: number } | { fileName: string; state: "nhieu"; documentIds: number[] } | { fileName: string; state: "khong_khop" };

export const MATCH_STATE_LABELS = { khop: "Khớp một văn bản", nhieu: "Khớp nhiều văn bản – hãy chọn", khong_khop: "Không khớp văn bản nào" } as const;

const stemOf = (fileName: string) => {
  const last = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = last.lastIndexOf(".");
  return dot > 0 ? last.slice(0, dot) : last;
};

/** "025/QĐ-UBND" → ["25", "QD", "UBND"]. */
export const numberTokens = (text: string): string[] =>
  fold(text)
    .toUpperCase()
    .split(/[^0-9A-Z]+/)
    .filter(Boolean)
    .map((t) => (/^\d+$/.test(t) ? String(Number(t)) : t));

function runAt(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Years the name mentions outside the number itself: "2025", or a date's year ("14.03.2025", "20250314"). */
function yearsIn(tokens: readonly string[], start: number, length: number): Set<string> {
  const years = new Set<string>();
  tokens.forEach((t, i) => {
    if (i >= start && i < start + length) return;
    if (/^(19|20)\d\d$/.test(t)) years.add(t);
    else if (/^(19|20)\d{6}$/.test(t)) years.add(t.slice(0, 4));
  });
  return years;
}

/** The documents each file name points to. */
export function matchFileNames(fileNames: readonly string[], documents: readonly NumberedDocument[]): FileMatch[] {
  const prepared = documents.map((d) => ({ d, tokens: numberTokens(d.numberSymbol) })).filter((p) => p.tokens.length > 0 && p.tokens.some((t) => /^\d+$/.test(t)));
  return fileNames.map((fileName) => {
    const tokens = numberTokens(stemOf(fileName));
    let best: { d: NumberedDocument; at: number; length: number }[] = [];
    for (const p of prepared) {
      const at = runAt(tokens, p.tokens);
      if (at < 0) continue;
      const length = p.tokens.length;
      if (best.length && length < best[0]!.length) continue;
      if (best.length && length > best[0]!.length) best = [];
      best.push({ d: p.d, at, length });
    }
    if (best.length > 1) {
      const years = yearsIn(tokens, best[0]!.at, best[0]!.length);
      const sameYear = best.filter((b) => years.has(b.d.date.slice(0, 4)));
      if (sameYear.length) best = sameYear;
    }
    if (best.length === 0) return { fileName, state: "khong_khop" };
    if (best.length === 1) return { fileName, state: "khop", documentId: best[0]!.d.id };
    return { fileName, state: "nhieu", documentIds: best.map((b) => b.d.id) };
  });
}
