/**
 * Deciding, row by row down a form, which indicator each label is. A label
 * several indicators share ("– Trong đó: quá hạn") is decided by where it
 * stands: its section, the row it details, the group of the row above. What
 * stays open is listed, never guessed.
 */
import { ACCEPT_SCORE, CLEAR_MARGIN, candidatesFor, labelKey, looksLikeSubRow, sectionNamed, startsWithRomanNumeral, type LabelIndex, type LabelTarget } from "./label-match";

export interface FormRow {
  row: number;
  /** The label cell as written. */
  label: string;
  /** The cell left of the label (the form's STT), "" where there is none. */
  number: string;
}

/** How a row got its indicator: the same label, a close one, the label plus its place in the form, or the user's choice. */
export type MatchHow = "exact" | "fuzzy" | "context" | "mapping";

export type RowOutcome =
  | { kind: "heading"; row: number; label: string }
  | { kind: "skipped"; row: number; label: string }
  | { kind: "matched"; row: number; label: string; code: string; how: MatchHow }
  | { kind: "ambiguous"; row: number; label: string; candidates: string[] }
  | { kind: "unmatched"; row: number; label: string };

/** The user's decisions: form row → indicator code, or null for "no indicator, leave it". */
export type RowMapping = Record<number, string | null>;

interface Context {
  section: number | null;
  /** The last row matched, and the last one that was not a sub-row. */
  previous: LabelTarget | null;
  parent: LabelTarget | null;
  used: Set<string>;
}

const group = (code: string) => code.slice(0, code.lastIndexOf("."));

/** The indicators that pass the test, or all of them when none would. */
const preferring = (targets: LabelTarget[], test: (t: LabelTarget) => boolean) => {
  const kept = targets.filter(test);
  return kept.length ? kept : targets;
};

/** Indicators worded alike, told apart by the row's place in the form. */
function byPlace(targets: LabelTarget[], ctx: Context): LabelTarget[] {
  let left = preferring(targets, (t) => ctx.section === null || t.section === ctx.section);
  left = preferring(left, (t) => !ctx.used.has(t.code));
  if (left.every((t) => t.sub)) left = preferring(left, (t) => t.parent !== null && t.parent === ctx.parent?.code);
  const previous = ctx.previous;
  if (previous && left.length > 1) left = preferring(left, (t) => group(t.code) === group(previous.code));
  return left;
}

type Resolution = { target: LabelTarget; how: MatchHow } | { candidates: LabelTarget[] } | null;

function resolve(index: LabelIndex, label: string, ctx: Context): Resolution {
  const found = candidatesFor(index, labelKey(label));
  const best = found[0];
  if (!best) return null;
  // An exact label outranks any merely close one.
  const close = found.filter((c) => (best.score === 1 ? c.score === 1 : c.score > best.score - CLEAR_MARGIN));
  const targets = close.map((c) => c.target);
  if (best.score < ACCEPT_SCORE) return { candidates: targets };
  if (close.length === 1) return { target: best.target, how: best.score === 1 ? "exact" : "fuzzy" };
  // Place decides only between indicators worded alike; different wordings that score alike stay the user's choice.
  if (targets.some((t) => t.key !== best.target.key)) return { candidates: targets };
  const left = byPlace(targets, ctx);
  return left.length === 1 ? { target: left[0]!, how: "context" } : { candidates: left };
}

const isHeading = (index: LabelIndex, row: FormRow) =>
  startsWithRomanNumeral(row.label) || /^[IVX]+\.?$/.test(row.number.trim()) || sectionNamed(index, row.label) !== null;

/** Every labelled row of the form, top to bottom, with what it was found to be. */
export function matchRows(rows: FormRow[], index: LabelIndex, mapping: RowMapping = {}): RowOutcome[] {
  const byCode = new Map(index.targets.map((t) => [t.code, t]));
  const ctx: Context = { section: null, previous: null, parent: null, used: new Set() };
  const take = (target: LabelTarget) => {
    ctx.used.add(target.code);
    ctx.previous = target;
    if (!target.sub) ctx.parent = target;
  };
  const forget = (label: string) => {
    if (looksLikeSubRow(label)) return;
    ctx.previous = null;
    ctx.parent = null;
  };
  const outcomes: RowOutcome[] = [];
  for (const { row, label, number } of rows) {
    if (!labelKey(label)) continue;
    if (row in mapping) {
      const code = mapping[row];
      const target = code == null ? undefined : byCode.get(code);
      if (target) {
        take(target);
        outcomes.push({ kind: "matched", row, label, code: target.code, how: "mapping" });
      } else {
        forget(label);
        outcomes.push({ kind: "skipped", row, label });
      }
      continue;
    }
    if (isHeading(index, { row, label, number })) {
      ctx.section = sectionNamed(index, label);
      ctx.previous = ctx.parent = null;
      outcomes.push({ kind: "heading", row, label });
      continue;
    }
    const found = resolve(index, label, ctx);
    if (found && "target" in found) {
      take(found.target);
      outcomes.push({ kind: "matched", row, label, code: found.target.code, how: found.how });
    } else {
      forget(label);
      outcomes.push(found ? { kind: "ambiguous", row, label, candidates: found.candidates.map((t) => t.code) } : { kind: "unmatched", row, label });
    }
  }
  return outcomes;
}
