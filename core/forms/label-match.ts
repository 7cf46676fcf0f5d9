/**
 * Matching a province form's row labels to the indicators of a report by
 * their text: numbering, bullets, "Trong đó:", diacritics and case do not
 * count; abbreviations read as their long forms; words rare among the
 * indicators' names weigh more than common ones, and words no indicator uses
 * count against a match, so that a row of the province's own scores low.
 */
import { fold } from "../../shared/text";
import { meaningfulWords, statusesDiffer } from "./label-words";

/** At or above this a label is taken as the indicator's, if no other comes within CLEAR_MARGIN. */
export const ACCEPT_SCORE = 0.85;
export const CLEAR_MARGIN = 0.08;
/** At or above this an indicator fits the label; alone, with no other within WIDE_MARGIN, it is taken. */
export const FIT_SCORE = 0.6;
export const WIDE_MARGIN = 0.15;
/** Below this no indicator reads like the label at all: a row of the province's own. */
export const RELATED_SCORE = 0.4;

/** What forms put before a label: bullets, "1.", "1.2.", "(1)", "I.", "a)", "Trong đó:". */
const LEADING_MARKS = [/^[-–—+*•·]+\s*/, /^\d+(?:\.\d+)*(?:[.)]\s*|\s+)/, /^(?:[ivx]+|[a-zđ])[.)]\s*/, /^trong do\s*[:,]?\s*/];

/** A label as compared: folded, without the marks around it (and, unless asked, what is in brackets), words separated by single spaces; "" when no word is left. */
export function labelKey(text: string, keepBrackets = false): string {
  let key = fold(text)
    .replace(/\(([^)]*)\)/g, keepBrackets ? " $1 " : " ")
    .trim();
  for (let before = ""; before !== key;) {
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

/** How far down a form's hierarchy a row stands: 0 a row of its own, 1 "– Trong đó: …", 2 "+ …". */
export function subLevel(text: string, number = ""): number {
  const folded = fold(text);
  const mark = fold(number).trim();
  if (/^\+/.test(folded) || mark === "+") return 2;
  if (/^(?:[-–—*•·]|trong do\b)/.test(folded) || /^[-–—*•·]$/.test(mark)) return 1;
  return 0;
}

/** "– Trong đó: quá hạn", "- Khiển trách", "+ Nhóm 1": a row that details the row above it. */
export const looksLikeSubRow = (text: string): boolean => subLevel(text) > 0;

/** "II. CẢI CÁCH THỂ CHẾ": a Roman numeral, as section headings are numbered. */
export const startsWithRomanNumeral = (text: string): boolean => /^\s*[IVX]+(?:[.)]|\s|$)/.test(text.normalize("NFC"));

/** A label's meaningful words and their letter pairs: what similarity compares. */
export interface Shape {
  key: string;
  words: string[];
  /** The words joined, between spaces, to find a label's words in the same order in another's. */
  phrase: string;
  pairs: Map<string, number>;
  pairCount: number;
  /** Words the other label must have for this shape to count (a sub-row's own words, when its parent's label is put before them). */
  requires: string[];
}

export function shapeOf(key: string, requires: string[] = []): Shape {
  const words = meaningfulWords(key);
  const joined = words.join(" ");
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < joined.length; i++) pairs.set(joined.slice(i, i + 2), (pairs.get(joined.slice(i, i + 2)) ?? 0) + 1);
  return { key, words, phrase: ` ${joined} `, pairs, pairCount: Math.max(0, joined.length - 1), requires };
}

/** Every word of some shapes (a row's, an indicator's), once. */
export const wordsOf = (shapes: Shape[]): Set<string> => new Set(shapes.flatMap((s) => s.words));

type Weight = (word: string) => number;
const unitWeight: Weight = () => 1;

function weightedWordDice(a: string[], b: string[], weight: Weight): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let common = 0;
  let total = 0;
  for (const w of setA) {
    total += weight(w);
    if (setB.has(w)) common += 2 * weight(w);
  }
  for (const w of setB) total += weight(w);
  return total === 0 ? 0 : common / total;
}

function pairDice(a: Shape, b: Shape): number {
  if (a.pairCount + b.pairCount === 0) return 0;
  let common = 0;
  for (const [pair, n] of a.pairs) common += Math.min(n, b.pairs.get(pair) ?? 0);
  return (2 * common) / (a.pairCount + b.pairCount);
}

/**
 * 1 for the same words; else mostly the weighted overlap of words, partly
 * that of letter pairs (which forgives misspellings); a label whose words
 * stand in the same order inside the other's ("hoàn thành nhưng quá hạn" in
 * "nhiệm vụ đã hoàn thành nhưng quá hạn") scores by how much of it they cover.
 */
function shapeSimilarity(a: Shape, b: Shape, weight: Weight): number {
  if (a.requires.some((w) => !b.words.includes(w)) || b.requires.some((w) => !a.words.includes(w))) return 0;
  if (a.key === b.key || (a.words.length > 0 && a.phrase === b.phrase)) return 1;
  const score = 0.65 * weightedWordDice(a.words, b.words, weight) + 0.35 * pairDice(a, b);
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  const inside = short.words.length >= 2 && long.phrase.includes(short.phrase) ? 0.6 + (0.4 * short.words.length) / long.words.length : 0;
  // "Số nhiệm vụ chưa hoàn thành" shares every word but one with "Số nhiệm vụ đã hoàn thành", and is its opposite.
  return Math.max(score, inside) * (statusesDiffer(a.words, b.words) ? 0.5 : 1);
}

/** Similarity of two label keys, every word weighing the same. */
export const similarity = (a: string, b: string): number => shapeSimilarity(shapeOf(a), shapeOf(b), unitWeight);

/** One indicator as the matcher sees it. */
export interface LabelTarget {
  code: string;
  label: string;
  unit: string;
  /** Its label, its label with what is in brackets, and for a sub-row its parent's label followed by its own. */
  shapes: Shape[];
  /** A "– Trong đó" row, detailing `parent`. */
  sub: boolean;
  /** The nearest row above it in the catalogue that is not a sub-row. */
  parent: string | null;
  section: number;
  order: number;
}

export interface LabelIndex {
  targets: LabelTarget[];
  /** How much a word tells indicators apart: rare words weigh more, words no indicator uses most. */
  weight: Weight;
  sections: { label: string; words: string[] }[];
  /** The same, among the section names. */
  sectionWeight: Weight;
}

export interface LabelSource {
  label: string;
  rows: { code: string; label: string; stt: string; unit?: string }[];
}

/**
 * What a catalogue label says in brackets, when that is a name of its own:
 * "tự bảo đảm chi thường xuyên" of "– Nhóm 2 (tự bảo đảm chi thường
 * xuyên)"; not a list of what it includes ("giáng chức, cách chức, buộc thôi
 * việc"), whose one member is not the whole.
 */
const bracketed = (label: string): string[] =>
  [...label.matchAll(/\(([^)]*)\)/g)]
    .filter((m) => !/[,;]/.test(m[1]!))
    .map((m) => labelKey(m[1]!))
    .filter((k) => meaningfulWords(k).length >= 2);

/** log(1 + n / documents containing the word); a word in none weighs `unknown`. */
function inverseFrequency(documents: string[][], unknown: (n: number) => number): Weight {
  const counts = new Map<string, number>();
  for (const words of documents) for (const w of new Set(words)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const n = Math.max(1, documents.length);
  return (word) => {
    const count = counts.get(word);
    return count ? Math.log(1 + n / count) : unknown(n);
  };
}

export function labelIndex(sections: LabelSource[]): LabelIndex {
  const targets: LabelTarget[] = [];
  sections.forEach((section, s) => {
    let parent: LabelTarget | null = null;
    for (const row of section.rows) {
      const sub = /^[-–]$/.test(row.stt.trim()) || looksLikeSubRow(row.label);
      // A bracketed list of what an indicator includes is not read as its name: "Buộc thôi việc" is not all of "Hình thức khác".
      const lists = /\([^)]*[,;][^)]*\)/.test(row.label);
      const keys = [labelKey(row.label), lists ? "" : labelKey(row.label, true), ...bracketed(row.label)];
      const shapes = [...new Set(keys.filter(Boolean))].map((k) => shapeOf(k));
      // "Số hồ sơ đã giải quyết đúng hạn" is "– Trong đó: đúng hạn" of "Số hồ sơ đã giải quyết", but only with "đúng hạn" in it.
      if (sub && parent) shapes.push(shapeOf(`${labelKey(parent.label)} ${labelKey(row.label)}`, meaningfulWords(labelKey(row.label))));
      const target: LabelTarget = { code: row.code, label: row.label, unit: row.unit ?? "", shapes, sub, parent: sub ? (parent?.code ?? null) : null, section: s, order: targets.length };
      targets.push(target);
      if (!sub) parent = target;
    }
  });
  const sectionWords = sections.map((s) => meaningfulWords(labelKey(s.label)).filter((w) => !HEADING_WORDS.has(w)));
  return {
    targets,
    // A word no indicator uses weighs as much as the rarest one: it is what makes a province's own row.
    weight: inverseFrequency(
      targets.map((t) => t.shapes.flatMap((shape) => shape.words)),
      (n) => Math.log(1 + n),
    ),
    sections: sections.map((s, i) => ({ label: s.label, words: sectionWords[i]! })),
    // A heading's own words ("xử lý đơn thư") weigh little: headings add words to a section's name more than they change it.
    sectionWeight: inverseFrequency(sectionWords, () => Math.log(2)),
  };
}

export interface Candidate {
  target: LabelTarget;
  score: number;
}

/** How well a row's label (as one or more shapes) reads as an indicator: the best pairing of their shapes. */
export const scoreOf = (shapes: Shape[], target: LabelTarget, weight: Weight): number => Math.max(0, ...shapes.flatMap((a) => target.shapes.map((b) => shapeSimilarity(a, b, weight))));

/**
 * The index's weights, with the words of a section's name ("thủ tục hành
 * chính") counting little inside that section when the row leaves them out:
 * every row there is about them. A word the row says itself ("điện tử" of
 * "chính quyền điện tử, chính quyền số") keeps its weight: it tells the
 * section's indicators apart.
 */
export function weightWithin(index: LabelIndex, section: number | null, rowShapes: Shape[] = []): Weight {
  const said = wordsOf(rowShapes);
  const implied = new Set(section === null ? [] : index.sections[section]!.words.filter((w) => !said.has(w)));
  return implied.size ? (w) => (implied.has(w) ? 0.1 : index.weight(w)) : index.weight;
}

/** The row's shapes: its label, and its label with what is in brackets. */
export const rowShapes = (label: string, prefix = ""): Shape[] => [...new Set([labelKey(label), labelKey(label, true)].filter(Boolean).map((k) => `${prefix} ${k}`.trim()))].map((k) => shapeOf(k));

/** "Tỷ lệ …", "… (%)", "Mức độ hài lòng …": a rate, never a count. */
export const readsAsRate = (label: string): boolean => /\bty le\b|\bti le\b|%|\bmuc do\b/.test(fold(label));

/** The indicators of `pool` a label may be, best first, down to `atLeast`. */
export function candidatesFor(index: LabelIndex, shapes: Shape[], pool: LabelTarget[] = index.targets, atLeast = RELATED_SCORE, weight: Weight = index.weight): Candidate[] {
  if (!shapes.length) return [];
  return pool
    .map((target) => ({ target, score: scoreOf(shapes, target, weight) }))
    .filter((c) => c.score >= atLeast)
    .sort((a, b) => b.score - a.score || a.target.order - b.target.order);
}

/** Whether a text reads as one of the indicators (the test of a form's label column). */
export const readsAsIndicator = (index: LabelIndex, text: string): boolean => (candidatesFor(index, rowShapes(text), index.targets, ACCEPT_SCORE)[0]?.score ?? 0) >= ACCEPT_SCORE;

/** Words of a heading that name no section ("CÔNG TÁC CẢI CÁCH THỂ CHẾ" is "CẢI CÁCH THỂ CHẾ"). */
const HEADING_WORDS = new Set(["cong", "tac", "ket", "qua", "thuc", "hien", "tinh", "hinh"]);
/** A heading names a section when this share of its words, weighted, are the section's. */
const SECTION_SHARE = 0.5;

/** The report section a heading names, when exactly one comes clearly closest. */
export function sectionNamed(index: LabelIndex, text: string): number | null {
  const key = labelKey(text);
  if (!key) return null;
  const words = [...new Set(meaningfulWords(key).filter((w) => !HEADING_WORDS.has(w)))];
  const total = words.reduce((sum, w) => sum + index.sectionWeight(w), 0);
  if (!total) return null;
  const scores = index.sections.map((s) => words.filter((w) => s.words.includes(w)).reduce((sum, w) => sum + index.sectionWeight(w), 0) / total);
  const best = Math.max(...scores);
  if (best < SECTION_SHARE) return null;
  const close = scores.filter((s) => s > best - WIDE_MARGIN);
  return close.length === 1 ? scores.indexOf(best) : null;
}

/** Whether a heading reads as a section's name as a whole, not only by some of its words. */
export const isSectionName = (index: LabelIndex, text: string): boolean => {
  const shape = shapeOf(labelKey(text));
  return index.sections.some((s) => shapeSimilarity(shape, shapeOf(labelKey(s.label)), unitWeight) >= ACCEPT_SCORE);
};
