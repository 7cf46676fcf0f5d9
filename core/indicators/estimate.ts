import { daysInclusive } from "../dates";
import type { ResolvedPeriod } from "../periods";
import { indicatorsOf, isRate, type Catalogue } from "./catalogue";

/**
 * The "ước đạt" figures (domain.md §3) when the period has an estimate date:
 * a count scaled by days(from..estimateTo) / days(from..to) and rounded to a
 * whole number, a rate carried unchanged. Codes without a value get none.
 */
export function estimateValues(values: Record<string, number | null>, catalogue: Catalogue, period: ResolvedPeriod): Record<string, number> {
  if (!period.estimateTo) return {};
  const actualDays = daysInclusive(period.from, period.to);
  const estimateDays = daysInclusive(period.from, period.estimateTo);
  const estimated: Record<string, number> = {};
  for (const indicator of indicatorsOf(catalogue)) {
    const value = values[indicator.code];
    if (value === null || value === undefined) continue;
    estimated[indicator.code] = isRate(indicator) ? value : Math.round((value * estimateDays) / actualDays);
  }
  return estimated;
}
