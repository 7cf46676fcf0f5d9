/**
 * Deciding, row by row down a form, which indicator each label is. A row is
 * looked for only among the indicators of its section (the form's headings
 * say which); a sub-row ("– Trong đó: …", "+ …") only among the details of
 * the row it stands under, so "Đúng hạn" under dossiers and under tasks are
 * two indicators. A row whose label names its parts ("… (kỳ trước chuyển
 * sang và tiếp nhận mới)", "Tổng số … (gồm …)") is their sum. A row nothing
 * in Phụ lục 3 reads like is the province's own; what fits several
 * indicators is listed, never guessed.
 */
import {
  ACCEPT_SCORE,
  CLEAR_MARGIN,
  FIT_SCORE,
  RELATED_SCORE,
  WIDE_MARGIN,
  candidatesFor,
  isSectionName,
  labelKey,
  readsAsIndicator,
  readsAsRate,
  rowShapes,
  sectionNamed,
  startsWithRomanNumeral,
  subLevel,
  weightWithin,
  wordsOf,
  type LabelIndex,
  type LabelTarget,
  type Shape,
} from "./label-match";
import { fold } from "../../shared/text";
import { meaningfulWords, withImpliedStatus } from "./label-words";
import { sumParts } from "./sum-rows";

export interface FormRow {
  row: number;
  /** The label cell as written. */
  label: string;
  /** The cell left of the label (the form's STT), "" where there is none. */
  number: string;
}

/** How a row got its indicator: the same label, a close one, the label plus its place in the form, the parts its label names, or the user's choice. */
export type MatchHow = "exact" | "fuzzy" | "context" | "sum" | "mapping";

export type RowOutcome =
  | { kind: "heading"; row: number; label: string }
  | { kind: "skipped"; row: number; label: string }
  /** `codes`: one indicator, or those whose figures add up to the row's. */
  | { kind: "matched"; row: number; label: string; codes: string[]; how: MatchHow }
  | { kind: "ambiguous"; row: number; label: string; candidates: string[] }
  /** Worded like an indicator, but none fits well enough. */
  | { kind: "unmatched"; row: number; label: string }
  /** A row of the province's own: nothing in Phụ lục 3 reads like it. */
  | { kind: "own"; row: number; label: string };

/** The user's decisions: form row → indicator code ("a+b" for a sum), or null for "no indicator, leave it". */
export type RowMapping = Record<number, string | null>;

/** "a + b" → ["a", "b"]. */
export const mappingCodes = (value: string): string[] =>
  value
    .split("+")
    .map((c) => c.trim())
    .filter(Boolean);

type Decision = { kind: "matched"; targets: LabelTarget[]; how: MatchHow; score: number } | { kind: "ambiguous"; candidates: LabelTarget[] } | { kind: "unmatched" } | { kind: "own" };

/** A row above, as the rows under it see it. */
interface Parent {
  level: number;
  key: string;
  decision: Decision | { kind: "skipped" };
}

interface Context {
  section: number | null;
  /** The rows the current one may detail, nearest last. */
  parents: Parent[];
  /** The last indicator taken. */
  previous: LabelTarget | null;
  used: Set<string>;
}

const group = (code: string) => code.slice(0, code.lastIndexOf("."));

/**
 * Of indicators read alike, the one the row names outright: the one whose own
 * words (those the others lack; a group's number aside) are all in the row,
 * naming most of it ("trình độ đại học" is not "trên đại học"); else the
 * only one with any own word in the row ("văn bản điện tử" is not "ký số").
 * Null when that is not one indicator.
 */
function namedOutright(shapes: Shape[], candidates: LabelTarget[]): LabelTarget | null {
  if (candidates.length < 2) return null;
  const rowWords = new Set(withImpliedStatus([...wordsOf(shapes)]));
  const all = candidates.map((t) => wordsOf(t.shapes));
  const ownWords = all.map((words, i) => [...words].filter((w) => !/^\d+$/.test(w) && !all.every((other, j) => j === i || other.has(w))));
  const complete = candidates.map((t, i) => ({ t, i })).filter(({ i }) => ownWords[i]!.every((w) => rowWords.has(w)));
  if (complete.length > 0) {
    const covered = complete.map(({ t, i }) => ({ t, n: [...rowWords].filter((w) => all[i]!.has(w)).length }));
    const most = Math.max(...covered.map((c) => c.n));
    const best = covered.filter((c) => c.n === most);
    return best.length === 1 ? best[0]!.t : null;
  }
  const touched = candidates.filter((_, i) => ownWords[i]!.some((w) => rowWords.has(w)));
  return touched.length === 1 ? touched[0]! : null;
}

/**
 * "Tỷ lệ hồ sơ được số hóa" against "Tỷ lệ số hóa hồ sơ, kết quả giải quyết
 * TTHC": a row of three words or more every one of which only one indicator
 * has is that indicator, however much more its label says.
 */
function sayingEverything(shapes: Shape[], candidates: LabelTarget[]): LabelTarget | null {
  const rowWords = [...wordsOf(shapes)];
  if (rowWords.length < 3) return null;
  const covering = candidates.filter((t) => {
    const words = wordsOf(t.shapes);
    return rowWords.every((w) => words.has(w));
  });
  return covering.length === 1 ? covering[0]! : null;
}

/** The best of `pool` for the row, if it stands out; the close ones if several fit; else how far off the row is. */
function decide(index: LabelIndex, shapes: Shape[], pool: LabelTarget[], ctx: Context): Decision {
  const found = candidatesFor(index, shapes, pool, RELATED_SCORE, weightWithin(index, ctx.section, shapes));
  const best = found[0];
  if (!best) return { kind: "own" };
  if (best.score < FIT_SCORE) {
    const covering = sayingEverything(
      shapes,
      found.map((c) => c.target),
    );
    return covering ? { kind: "matched", targets: [covering], how: "fuzzy", score: best.score } : { kind: "unmatched" };
  }
  const margin = best.score >= ACCEPT_SCORE ? CLEAR_MARGIN : WIDE_MARGIN;
  // An exact label outranks any merely close one; one that does not fit is no rival unless it comes very close.
  const close = found.filter((c) => (best.score === 1 ? c.score === 1 : c.score > best.score - CLEAR_MARGIN || (c.score > best.score - margin && c.score >= FIT_SCORE)));
  if (close.length === 1) return { kind: "matched", targets: [best.target], how: best.score === 1 ? "exact" : "fuzzy", score: best.score };
  // Indicators worded alike ("Số VBQPPL … đã được xử lý xong" after kiểm tra and after rà soát): the one not yet taken, in the group of the row above.
  let left = close.map((c) => c.target);
  const keep = (test: (t: LabelTarget) => boolean) => {
    const kept = left.filter(test);
    if (kept.length) left = kept;
  };
  keep((t) => !ctx.used.has(t.code));
  const previous = ctx.previous;
  if (previous && left.length > 1) keep((t) => group(t.code) === group(previous.code));
  // "Trình độ đại học" is not "trên đại học": an indicator with a word of its own the row lacks gives way to one that has none, and of those the one naming most of the row wins.
  const named = namedOutright(shapes, left);
  if (named) return { kind: "matched", targets: [named], how: "context", score: best.score };
  // The row above settles it when the best reading is the one indicator of its group ("Số nhiệm vụ hoàn thành" after the plan's total).
  if (left.length === 1 && (best.score === 1 || (previous && left[0] === best.target && group(best.target.code) === group(previous.code)))) {
    return { kind: "matched", targets: left, how: "context", score: best.score };
  }
  return { kind: "ambiguous", candidates: close.map((c) => c.target) };
}

/** The indicators a row may be: those of its section, rates for a rate and counts for a count. */
const poolFor = (index: LabelIndex, ctx: Context, label: string) => {
  const rate = readsAsRate(label);
  return index.targets.filter((t) => (ctx.section === null || t.section === ctx.section) && (t.unit === "%") === rate);
};

/**
 * "Trả kết quả trước và đúng hạn": a row that names two or more details of
 * one indicator joined by "và" is their sum – each detail's own words are in
 * the row; null when fewer than two are.
 */
function decideJoined(label: string, details: LabelTarget[]): Decision | null {
  if (!/\bva\b|,/.test(fold(label))) return null;
  const words = new Set(meaningfulWords(labelKey(label)));
  const named = details.filter((t) => {
    const own = meaningfulWords(labelKey(t.label));
    return own.length > 0 && own.every((w) => words.has(w));
  });
  if (named.length < 2 || new Set(named.map((t) => t.parent)).size !== 1 || named.some((t) => t.unit === "%")) return null;
  return { kind: "matched", targets: named, how: "sum", score: 1 };
}

/** A sub-row under a row taken as `parents`: one of their details in Phụ lục 3 (or several it names together), else another indicator of their group; none, and it is the province's own breakdown. */
function decideDetail(index: LabelIndex, label: string, shapes: Shape[], parents: LabelTarget[], ctx: Context): Decision {
  const codes = new Set(parents.map((p) => p.code));
  const pool = poolFor(index, ctx, label);
  const children = pool.filter((t) => t.parent !== null && codes.has(t.parent));
  const joined = decideJoined(label, children);
  if (joined) return joined;
  const groups = new Set(parents.map((p) => group(p.code)));
  const siblings = pool.filter((t) => !codes.has(t.code) && !children.includes(t) && groups.has(group(t.code)));
  for (const candidates of [children, siblings]) {
    if (!candidates.length) continue;
    const decision = decide(index, shapes, candidates, ctx);
    if (decision.kind === "matched") return { ...decision, how: decision.how === "fuzzy" || decision.how === "exact" ? "context" : decision.how };
    if (decision.kind === "ambiguous") return decision;
  }
  return { kind: "own" };
}

/** The indicators a row's named parts are, when each is one indicator, all different and of one unit that adds up. */
function decideSum(index: LabelIndex, label: string, pool: LabelTarget[], ctx: Context): Decision | null {
  const parts = sumParts(label);
  if (!parts) return null;
  const targets: LabelTarget[] = [];
  for (const part of parts.parts) {
    const decision = decide(index, rowShapes(`${parts.subject} ${part}`), pool, ctx);
    if (decision.kind !== "matched") return null;
    targets.push(decision.targets[0]!);
  }
  const units = new Set(targets.map((t) => t.unit));
  if (new Set(targets.map((t) => t.code)).size !== targets.length || units.size !== 1 || units.has("%")) return null;
  return { kind: "matched", targets, how: "sum", score: 1 };
}

function decideRow(index: LabelIndex, row: FormRow, level: number, ctx: Context): Decision {
  const parent = level > 0 ? ctx.parents[ctx.parents.length - 1] : undefined;
  const own = rowShapes(row.label);
  if (parent && parent.decision.kind === "own") return { kind: "own" };
  if (parent && parent.decision.kind === "matched") return decideDetail(index, row.label, [...own, ...rowShapes(row.label, parent.key)], parent.decision.targets, ctx);
  const shapes = parent ? [...own, ...rowShapes(row.label, parent.key)] : own;
  const pool = poolFor(index, ctx, row.label);
  const whole = decide(index, shapes, pool, ctx);
  if (whole.kind === "matched" && whole.score >= ACCEPT_SCORE) return whole;
  // "Số hồ sơ giải quyết đúng và trước hạn": details of one indicator named together, on a row of its own.
  const joined =
    whole.kind === "ambiguous"
      ? decideJoined(
          row.label,
          pool.filter((t) => t.sub),
        )
      : null;
  if (joined) return joined;
  const decided = decideSum(index, row.label, poolFor(index, ctx, ""), ctx) ?? whole;
  return decided.kind === "own" || decided.kind === "unmatched" ? (elsewhere(index, shapes, row.label, ctx) ?? decided) : decided;
}

/** How close a row must read to an indicator of another section than its heading's to be taken from there. */
const CROSS_SECTION_SCORE = 0.8;

/**
 * A form's heading may gather two sections of Phụ lục 3 ("TỔ CHỨC BỘ MÁY,
 * CÔNG CHỨC"): a row its section does not hold is taken from another only
 * when it reads clearly as that one indicator – never offered as a guess.
 */
function elsewhere(index: LabelIndex, shapes: Shape[], label: string, ctx: Context): Decision | null {
  if (ctx.section === null) return null;
  const found = decide(index, shapes, poolFor(index, { ...ctx, section: null }, label), { ...ctx, section: null });
  return found.kind === "matched" && found.score >= CROSS_SECTION_SCORE ? found : null;
}

const isUpperCase = (text: string) => /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase("vi");

/** "II. CẢI CÁCH THỂ CHẾ", "A. THỦ TỤC HÀNH CHÍNH", "CẢI CÁCH TÀI CHÍNH CÔNG": a section's heading, not an indicator written in capitals. */
function isHeading(index: LabelIndex, row: FormRow): boolean {
  if (startsWithRomanNumeral(row.label) || /^[IVX]+\.?$/.test(row.number.trim())) return true;
  if (isSectionName(index, row.label)) return true;
  const text = row.label.normalize("NFC").trim();
  const capitals = isUpperCase(text) && (/^[A-ZĐ][.)]\s/u.test(text) || /^\p{L}/u.test(text));
  return capitals && sectionNamed(index, text) !== null && !readsAsIndicator(index, text);
}

/** Every labelled row of the form, top to bottom, with what it was found to be. */
export function matchRows(rows: FormRow[], index: LabelIndex, mapping: RowMapping = {}): RowOutcome[] {
  const byCode = new Map(index.targets.map((t) => [t.code, t]));
  const ctx: Context = { section: null, parents: [], previous: null, used: new Set() };
  const outcomes: RowOutcome[] = [];
  for (const { row, label, number } of rows) {
    const key = labelKey(label);
    if (!key) continue;
    if (!(row in mapping) && isHeading(index, { row, label, number })) {
      ctx.section = sectionNamed(index, label);
      ctx.parents = [];
      ctx.previous = null;
      outcomes.push({ kind: "heading", row, label });
      continue;
    }
    const level = subLevel(label, number);
    while (ctx.parents.length && ctx.parents[ctx.parents.length - 1]!.level >= level) ctx.parents.pop();
    let decision: Parent["decision"];
    if (row in mapping) {
      const chosen = mapping[row];
      const targets = chosen == null ? [] : mappingCodes(chosen).map((c) => byCode.get(c));
      decision = targets.length && targets.every(Boolean) ? { kind: "matched", targets: targets as LabelTarget[], how: "mapping", score: 1 } : { kind: "skipped" };
    } else {
      decision = decideRow(index, { row, label, number }, level, ctx);
    }
    // "PHẦN B. CÁC CHỈ TIÊU KHÁC": a heading in capitals that names no section of Phụ lục 3 heads a group, it is not a row of figures.
    if ((decision.kind === "own" || decision.kind === "unmatched") && level === 0 && isUpperCase(label.normalize("NFC")) && key.includes(" ")) {
      ctx.parents = [];
      ctx.previous = null;
      outcomes.push({ kind: "heading", row, label });
      continue;
    }
    ctx.parents.push({ level, key, decision });
    if (decision.kind === "matched") {
      for (const t of decision.targets) ctx.used.add(t.code);
      ctx.previous = decision.targets[decision.targets.length - 1]!;
      outcomes.push({ kind: "matched", row, label, codes: decision.targets.map((t) => t.code), how: decision.how });
    } else if (decision.kind === "ambiguous") {
      outcomes.push({ kind: "ambiguous", row, label, candidates: decision.candidates.map((t) => t.code) });
    } else {
      if (level === 0) ctx.previous = null;
      outcomes.push({ kind: decision.kind, row, label });
    }
  }
  return outcomes;
}
