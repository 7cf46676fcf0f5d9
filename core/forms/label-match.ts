/**
 * Matching a province form's row labels to the indicators of a report by
 * their text: numbering, bullets, "Trong đó:", diacritics, case and unit
 * hints in brackets do not count; wording that differs a little scores high
 * but below an exact match.
 */
import { fold } from "../text";

/** At or above this a label is taken as the indicator's, if no other comes close. */
export const ACCEPT_SCORE = 0.85;
/** The runner-up must stay this far below the best for the best to be taken. */
export const CLEAR_MARGIN = 0.08;
/** Below this an indicator is not even offered as a possibility. */
export const SUGGEST_SCORE = 0.6;

/** What forms put before a label: bullets, "1.", "1.2.", "(1)", "I.", "a)", "Trong đó:". */
const LEADING_MARKS = [/^[-–—+*•·]+\s*/, /^\d+(?:\.\d+)*(?:[.)]\s*|\s+)/, /^(?:[ivx]+|[a-z])[.)]\s*/, /^trong do\s*[:,]?\s*/];

/** A label as compared: folded, without the marks around it, words separated by single spaces; "" when no word is left. */
export function labelKey(text: string): string {
  let key = fold(text).replace(/\([^)]*\)/g, " ").trim();
  for (let before = ""; before !== key; ) {
    before = key;
    for (const mark of LEADING_MARKS) key = key.replace(mark, "");
  }
  key = key
    .replace(/[,;]?\s*trong do\s*:?$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  // "2", "(3)": the form's column numbers, not a label.
  return /\p{L}/u.test(key) ? key : "";
}

/** "– Trong đó: quá hạn", "- Khiển trách", "+ Nhóm 1": a row that details the row above it. */
export const looksLikeSubRow = (text: string): boolean => /^\s*(?:[-–—+*•·]|trong do\b)/.test(fold(text));

/** "II. CẢI CÁCH THỂ CHẾ": a Roman numeral, as section headings are numbered. */
export const startsWithRomanNumeral = (text: string): boolean => /^\s*[IVX]+(?:[.)]|\s|$)/.test(text.normalize("NFC"));

/** A label's words and letter pairs, counted: what similarity compares. */
interface Shape {
  key: string;
  words: Map<string, number>;
  wordCount: number;
  pairs: Map<string, number>;
  pairCount: number;
}

const counted = (items: string[]) => {
  const counts = new Map<string, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  return counts;
};

function shapeOf(key: string): Shape {
  const words = key.split(" ").filter(Boolean);
  const pairs = Array.from({ length: Math.max(0, key.length - 1) }, (_, i) => key.slice(i, i + 2));
  return { key, words: counted(words), wordCount: words.length, pairs: counted(pairs), pairCount: pairs.length };
}

function dice(a: Map<string, number>, na: number, b: Map<string, number>, nb: number): number {
  if (na + nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const [x, n] of small) common += Math.min(n, large.get(x) ?? 0);
  return (2 * common) / (na + nb);
}

/** The most two shapes can score, from their sizes alone: lets most comparisons stop early. */
const bound = (a: Shape, b: Shape) =>
  Math.min(a.wordCount, b.wordCount) / Math.max(1, a.wordCount + b.wordCount) + Math.min(a.pairCount, b.pairCount) / Math.max(1, a.pairCount + b.pairCount);

const shapeSimilarity = (a: Shape, b: Shape) =>
  a.key === b.key ? 1 : (dice(a.words, a.wordCount, b.words, b.wordCount) + dice(a.pairs, a.pairCount, b.pairs, b.pairCount)) / 2;

/** 1 for the same key; else the mean of word and letter-pair overlap, so that both reworded and misspelt labels score. */
export const similarity = (a: string, b: string): number => shapeSimilarity(shapeOf(a), shapeOf(b));

/** One indicator as the matcher sees it. */
export interface LabelTarget {
  code: string;
  label: string;
  key: string;
  shape: Shape;
  /** A "– Trong đó" row, detailing `parent`. */
  sub: boolean;
  /** The nearest row above it in the catalogue that is not a sub-row. */
  parent: string | null;
  section: number;
  order: number;
}

export interface LabelIndex {
  targets: LabelTarget[];
  sections: Shape[];
}

export interface LabelSource {
  label: string;
  rows: { code: string; label: string; stt: string }[];
}

export function labelIndex(sections: LabelSource[]): LabelIndex {
  const targets: LabelTarget[] = [];
  let parent: string | null = null;
  sections.forEach((section, s) => {
    parent = null;
    for (const row of section.rows) {
      const sub = /^[-–]$/.test(row.stt.trim()) || looksLikeSubRow(row.label);
      const key = labelKey(row.label);
      targets.push({ code: row.code, label: row.label, key, shape: shapeOf(key), sub, parent: sub ? parent : null, section: s, order: targets.length });
      if (!sub) parent = row.code;
    }
  });
  return { targets, sections: sections.map((s) => shapeOf(labelKey(s.label))) };
}

export interface Candidate {
  target: LabelTarget;
  score: number;
}

/** The indicators a label may be, best first, down to `atLeast`. */
export function candidatesFor(index: LabelIndex, key: string, atLeast = SUGGEST_SCORE): Candidate[] {
  if (!key) return [];
  const shape = shapeOf(key);
  return index.targets
    .filter((target) => bound(shape, target.shape) >= atLeast)
    .map((target) => ({ target, score: shapeSimilarity(shape, target.shape) }))
    .filter((c) => c.score >= atLeast)
    .sort((a, b) => b.score - a.score || a.target.order - b.target.order);
}

/** Whether a text reads as one of the indicators (the test of a form's label column). */
export const readsAsIndicator = (index: LabelIndex, text: string): boolean => candidatesFor(index, labelKey(text), ACCEPT_SCORE).length > 0;

/** The report section a heading names, when exactly one comes close enough. */
export function sectionNamed(index: LabelIndex, text: string): number | null {
  const key = labelKey(text);
  if (!key) return null;
  const shape = shapeOf(key);
  const scores = index.sections.map((section) => shapeSimilarity(shape, section));
  const best = Math.max(...scores);
  if (best < ACCEPT_SCORE) return null;
  const close = scores.filter((s) => s > best - CLEAR_MARGIN);
  return close.length === 1 ? scores.indexOf(best) : null;
}
