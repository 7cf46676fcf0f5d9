import type { AppContext } from "../context";
import { daysInclusive, todayInVietnam, type IsoDate } from "../../shared/dates";
import type { ResolvedPeriod } from "../periods";
import { apportion, roundToStep } from "./apportion";
import { figureStep, indicatorsOf, isRate, type Catalogue, type CheckRule, type Indicator } from "./catalogue";
import { evaluateFormula, parseFormula, type Formula } from "./formula";

/** days(from..estimateTo) / days(from..to), or null when the period has no estimate date. */
export function estimateRatio(period: Pick<ResolvedPeriod, "from" | "to" | "estimateTo">): number | null {
  if (!period.estimateTo) return null;
  return daysInclusive(period.from, period.estimateTo) / daysInclusive(period.from, period.to);
}

/**
 * Whether a report carries its "ước đạt" figures unless the clerk says
 * otherwise: only while the estimate day is still to come. Once it has
 * passed, the period is closed and is reported as it was, not estimated.
 */
export const estimateByDefault = (period: Pick<ResolvedPeriod, "estimateTo">, today: IsoDate): boolean => period.estimateTo !== null && today <= period.estimateTo;

/** The clerk's choice where one was made, else the default of today. */
export const estimateWanted = (ctx: AppContext, period: Pick<ResolvedPeriod, "estimateTo">, asked: boolean | undefined): boolean => asked ?? estimateByDefault(period, todayInVietnam(ctx.now()));

export interface Estimate {
  value: number;
  origin: "uoc" | "ghi_de";
}

/** What the estimate is made from: the figures in force, the scale, and the estimates typed by hand. */
interface EstimateInput {
  catalogue: Catalogue;
  actual: (code: string) => number | null;
  ratio: number;
  entered: (code: string) => number | null | undefined;
}

/**
 * The "ước đạt" column (domain.md §3), built so that every identity of the
 * table holds on it exactly as on the actual figures:
 * - an estimate typed by hand is kept as typed;
 * - a stock (template "estimate": "carry") and a rate with no formula are kept;
 * - a row with a formula ("a + b", "rate(a, b)") is worked out from the
 *   estimates of its terms, so totals and rates follow the printed parts;
 * - the parts of a "sum" check share their whole's estimate: those the
 *   template marks "remainder" (what is still pending) take what is left
 *   after the others, split in the actual proportion; with no remainder
 *   every part gets its share in the actual proportion; whole numbers (or
 *   tenths for amounts) by largest remainder, so the parts add up;
 * - any other count is scaled by the days and rounded, never above a stock
 *   that a "le" check puts over it (tasks done ≤ tasks in the plan).
 */
export function estimateAll(catalogue: Catalogue, actual: (code: string) => number | null, ratio: number, entered: (code: string) => number | null | undefined): Map<string, Estimate | null> {
  return new EstimateColumn({ catalogue, actual, ratio, entered }).all();
}

class EstimateColumn {
  private readonly indicators: Map<string, Indicator>;
  private readonly formulas = new Map<string, Formula>();
  /** The first "sum" check naming a code among its parts. */
  private readonly shareOf = new Map<string, CheckRule>();
  /** The stocks a "le" check puts over a code. */
  private readonly ceilingsOf = new Map<string, string[]>();
  private readonly estimates = new Map<string, Estimate | null>();
  private readonly shares = new Map<CheckRule, Map<string, number> | null>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly input: EstimateInput) {
    const list = indicatorsOf(input.catalogue);
    this.indicators = new Map(list.map((i) => [i.code, i]));
    for (const i of list) {
      const formula = i.formula ? parseFormula(i.formula) : null;
      if (formula) this.formulas.set(i.code, formula);
    }
    for (const rule of input.catalogue.checks) {
      for (const part of rule.parts) {
        if (rule.rule === "sum" && !this.shareOf.has(part)) this.shareOf.set(part, rule);
        if (rule.rule === "le" && this.indicators.get(rule.whole)?.estimate === "carry") this.ceilingsOf.set(part, [...(this.ceilingsOf.get(part) ?? []), rule.whole]);
      }
    }
  }

  all(): Map<string, Estimate | null> {
    for (const code of this.indicators.keys()) this.of(code);
    return this.estimates;
  }

  private value(code: string): number | null {
    return this.of(code)?.value ?? null;
  }

  private of(code: string): Estimate | null {
    if (this.estimates.has(code)) return this.estimates.get(code)!;
    // A template whose rules go round in a circle: the row falls back to its own scaled figure.
    if (this.inProgress.has(code)) return this.own(code);
    this.inProgress.add(code);
    const result = this.make(code);
    this.inProgress.delete(code);
    this.estimates.set(code, result);
    return result;
  }

  /** Rows whose estimate does not come from a share of their whole. */
  private isFixed(code: string): boolean {
    const indicator = this.indicators.get(code)!;
    const byHand = this.input.entered(code);
    return (byHand !== undefined && byHand !== null) || indicator.estimate === "carry" || isRate(indicator) || this.formulas.has(code);
  }

  private make(code: string): Estimate | null {
    const indicator = this.indicators.get(code)!;
    const byHand = this.input.entered(code);
    if (byHand !== undefined && byHand !== null) return { value: byHand, origin: "ghi_de" };
    const actual = this.input.actual(code);
    if (actual === null) return null;
    const formula = this.formulas.get(code);
    if (formula) {
      const derived = evaluateFormula(formula, (term) => (this.indicators.has(term) ? this.value(term) : null)).value;
      return derived === null ? null : { value: derived, origin: "uoc" };
    }
    if (indicator.estimate === "carry" || isRate(indicator)) return { value: actual, origin: "uoc" };
    const rule = this.shareOf.get(code);
    const share = rule ? this.share(rule)?.get(code) : undefined;
    return share === undefined ? this.own(code) : { value: share, origin: "uoc" };
  }

  /** A count scaled by the days, kept under the stocks above it. */
  private own(code: string): Estimate | null {
    const actual = this.input.actual(code);
    if (actual === null) return null;
    const indicator = this.indicators.get(code)!;
    let value = roundToStep(actual * this.input.ratio, figureStep(indicator.unit));
    for (const whole of this.ceilingsOf.get(code) ?? []) {
      const actualWhole = this.input.actual(whole);
      const ceiling = this.value(whole);
      if (actualWhole !== null && ceiling !== null && actual <= actualWhole) value = Math.min(value, ceiling);
    }
    return { value, origin: "uoc" };
  }

  /** The estimates of a "sum" check's free parts, adding up to the whole's estimate; null where the check cannot be kept. */
  private share(rule: CheckRule): Map<string, number> | null {
    if (this.shares.has(rule)) return this.shares.get(rule)!;
    this.shares.set(rule, null);
    const result = this.divide(rule);
    this.shares.set(rule, result);
    return result;
  }

  private divide(rule: CheckRule): Map<string, number> | null {
    const whole = this.value(rule.whole);
    if (whole === null || rule.parts.some((p) => this.input.actual(p) === null)) return null;
    const step = figureStep(this.indicators.get(rule.whole)!.unit);
    const fixed = rule.parts.filter((p) => this.isFixed(p));
    const free = rule.parts.filter((p) => !this.isFixed(p));
    const fixedValues = fixed.map((p) => this.value(p));
    if (fixedValues.some((v) => v === null)) return null;
    const available = roundToStep(whole - fixedValues.reduce<number>((s, v) => s + v!, 0), step);
    if (available < 0) return null;
    const weights = (codes: string[]) => codes.map((p) => this.input.actual(p)!);
    const remainder = free.filter((p) => this.indicators.get(p)!.estimate === "remainder");
    const scaled = free.filter((p) => !remainder.includes(p));
    const shares = new Map<string, number>();
    const put = (codes: string[], values: number[]) => codes.forEach((c, i) => shares.set(c, values[i]!));
    if (remainder.length === 0) {
      put(free, apportion(available, weights(free), step));
      return shares;
    }
    const proposed = scaled.map((p) => this.own(p)!.value);
    const taken = proposed.reduce((s, v) => s + v, 0);
    if (taken <= available) {
      put(scaled, proposed);
      put(remainder, apportion(roundToStep(available - taken, step), weights(remainder), step));
    } else {
      // More resolved than there is to resolve once scaled: the resolved parts share the whole, nothing stays pending.
      put(scaled, apportion(available, weights(scaled), step));
      put(
        remainder,
        remainder.map(() => 0),
      );
    }
    return shares;
  }
}
