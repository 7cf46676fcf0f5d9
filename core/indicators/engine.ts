import type { AppContext } from "../context";
import type { ResolvedPeriod } from "../periods";
import { defaultCatalogue, indicatorsOf, type Catalogue } from "./catalogue";
import { tthcFigures } from "./tthc";

export interface IndicatorValues {
  /** Every code of the catalogue; null where there is no data yet (or the section is not computed yet). */
  values: Record<string, number | null>;
}

/** The catalogue's figures for the period, computed from the local records. */
export function computeIndicators(ctx: AppContext, period: ResolvedPeriod, catalogue: Catalogue = defaultCatalogue()): IndicatorValues {
  const computed = tthcFigures(ctx.store.sqlite, period).values;
  const values: Record<string, number | null> = {};
  for (const { code } of indicatorsOf(catalogue)) values[code] = computed[code] ?? null;
  return { values };
}
