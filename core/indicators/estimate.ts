import { daysInclusive } from "../dates";
import type { ResolvedPeriod } from "../periods";
import { indicatorsOf, isRate, type Catalogue, type Indicator } from "./catalogue";
import { evaluateFormula, parseFormula } from "./formula";

/** days(from..estimateTo) / days(from..to), or null when the period has no estimate date. */
export function estimateRatio(period: Pick<ResolvedPeriod, "from" | "to" | "estimateTo">): number | null {
  if (!period.estimateTo) return null;
  return daysInclusive(period.from, period.estimateTo) / daysInclusive(period.from, period.to);
}

/**
 * The "ước đạt" figure of one count (domain.md §3): scaled by the estimate
 * ratio and rounded to a whole number; a rate, or a stock the template marks
 * "carry", unchanged.
 */
export function estimateFigure(value: number, carried: boolean, ratio: number): number {
  return carried ? value : Math.round(value * ratio);
}

export interface Estimate {
  value: number;
  origin: "uoc" | "ghi_de";
}

/**
 * Every row's estimate from the figures in force: an estimate entered by hand
 * wins; a total worked out by formula is the formula over its terms'
 * estimates (so it still adds up); a rate is carried; any other figure is
 * scaled or carried as the template says.
 */
export function estimateAll(catalogue: Catalogue, valueOf: (code: string) => number | null, ratio: number, entered: (code: string) => number | null | undefined): Map<string, Estimate | null> {
  const indicators = new Map(indicatorsOf(catalogue).map((i) => [i.code, i]));
  const estimates = new Map<string, Estimate | null>();
  const estimate = (indicator: Indicator): Estimate | null => {
    if (estimates.has(indicator.code)) return estimates.get(indicator.code)!;
    estimates.set(indicator.code, null);
    const byHand = entered(indicator.code);
    const value = valueOf(indicator.code);
    const formula = indicator.formula ? parseFormula(indicator.formula) : null;
    let result: Estimate | null = null;
    if (byHand !== undefined && byHand !== null) result = { value: byHand, origin: "ghi_de" };
    else if (value === null) result = null;
    else if (formula?.kind === "sum") {
      const summed = evaluateFormula(formula, (code) => {
        const term = indicators.get(code);
        return term ? (estimate(term)?.value ?? null) : null;
      }).value;
      result = summed === null ? null : { value: summed, origin: "uoc" };
    } else result = { value: estimateFigure(value, isRate(indicator) || indicator.estimate === "carry", ratio), origin: "uoc" };
    estimates.set(indicator.code, result);
    return result;
  };
  for (const indicator of indicators.values()) estimate(indicator);
  return estimates;
}
