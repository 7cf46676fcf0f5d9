/** part / whole as a percentage rounded to 2 decimals; null when the whole is 0 (shown "–", never 0 % or 100 %). */
export function ratePercent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  // Rounded on part × 10 000 / whole, so that an exact half rounds up without binary-fraction drift.
  return Math.round((part * 10_000) / whole) / 100;
}

/** Computed values by indicator code, with the denominator of every rate among them (for the "denominator under 10" flag). */
export interface Figures {
  values: Record<string, number | null>;
  denominators: Record<string, number>;
}

export const emptyFigures = (): Figures => ({ values: {}, denominators: {} });

export function putRate(figures: Figures, code: string, part: number, whole: number): void {
  figures.values[code] = ratePercent(part, whole);
  figures.denominators[code] = whole;
}

/** Every code null: the table behind them holds no records, so the figures are left to manual entry. */
export function putNoData(figures: Figures, codes: readonly string[]): void {
  for (const code of codes) figures.values[code] = null;
}
