import { ratePercent } from "./rates";

/**
 * A row worked out from other rows of the table, written in the template:
 * "a + b", "a - b" or "rate(a + b, c)" (a percentage rounded to 2 decimals).
 * Evaluated on the figures in force, so a manual entry or an override of a
 * part carries into its total and its rate.
 */
export type Formula = { kind: "sum"; terms: Term[] } | { kind: "rate"; part: Term[]; whole: Term[] };

interface Term {
  sign: 1 | -1;
  code: string;
}

const CODE = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;
const RATE = /^rate\((.+),(.+)\)$/;

function parseSum(text: string): Term[] | null {
  const tokens = text
    .replace(/([+-])/g, " $1 ")
    .trim()
    .split(/\s+/);
  const terms: Term[] = [];
  let sign: 1 | -1 = 1;
  for (const [i, token] of tokens.entries()) {
    const expectsCode = i % 2 === 0;
    if (expectsCode) {
      if (!CODE.test(token)) return null;
      terms.push({ sign, code: token });
    } else if (token === "+" || token === "-") {
      sign = token === "+" ? 1 : -1;
    } else {
      return null;
    }
  }
  return tokens.length % 2 === 1 ? terms : null;
}

/** The formula, or null when the text is not one. */
export function parseFormula(text: string): Formula | null {
  const rate = RATE.exec(text.trim());
  if (rate) {
    const part = parseSum(rate[1]!);
    const whole = parseSum(rate[2]!);
    return part && whole ? { kind: "rate", part, whole } : null;
  }
  const terms = parseSum(text);
  return terms ? { kind: "sum", terms } : null;
}

export const formulaCodes = (f: Formula): string[] => (f.kind === "sum" ? f.terms : [...f.part, ...f.whole]).map((t) => t.code);

function sum(terms: Term[], valueOf: (code: string) => number | null): number | null {
  let total = 0;
  for (const t of terms) {
    const v = valueOf(t.code);
    if (v === null) return null;
    total += t.sign * v;
  }
  return total;
}

/** The formula's value and, for a rate, its denominator; null where a term has no figure or the denominator is 0. */
export function evaluateFormula(f: Formula, valueOf: (code: string) => number | null): { value: number | null; denominator: number | null } {
  if (f.kind === "sum") {
    const v = sum(f.terms, valueOf);
    return { value: v === null ? null : Math.round(v * 100) / 100, denominator: null };
  }
  const part = sum(f.part, valueOf);
  const whole = sum(f.whole, valueOf);
  if (part === null || whole === null) return { value: null, denominator: whole };
  return { value: ratePercent(part, whole), denominator: whole };
}
