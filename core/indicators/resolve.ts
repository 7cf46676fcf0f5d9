import { indicatorsOf, type Catalogue, type Indicator } from "./catalogue";
import type { EntriesInForce } from "./entries";
import { evaluateFormula, parseFormula } from "./formula";
import type { Figures } from "./rates";
import type { ValueEntry, ValueOrigin } from "./report-types";

export interface ResolvedFigure {
  computed: number | null;
  value: number | null;
  origin: ValueOrigin;
  entry: ValueEntry | null;
  denominator: number | null;
}

/**
 * The figure in force for every row: an override wins; a manual entry stands
 * where the records give nothing; else the computed figure. A row with a
 * formula is computed from the figures in force of its terms, so a part
 * entered or overridden by hand carries into its total and its rate.
 */
export function resolveFigures(catalogue: Catalogue, raw: Figures, entries: Map<string, EntriesInForce>): Map<string, ResolvedFigure> {
  const indicators = new Map(indicatorsOf(catalogue).map((i) => [i.code, i]));
  const resolved = new Map<string, ResolvedFigure>();
  const resolving = new Set<string>();

  const resolve = (indicator: Indicator): ResolvedFigure => {
    const known = resolved.get(indicator.code);
    if (known) return known;
    // A formula that reaches back to itself gives no figure rather than looping.
    if (resolving.has(indicator.code)) return { computed: null, value: null, origin: "chua_co", entry: null, denominator: null };
    resolving.add(indicator.code);
    const formula = indicator.formula ? parseFormula(indicator.formula) : null;
    const computed = formula
      ? evaluateFormula(formula, (code) => {
          const term = indicators.get(code);
          return term ? resolve(term).value : null;
        })
      : { value: raw.values[indicator.code] ?? null, denominator: raw.denominators[indicator.code] ?? null };
    const { override, manual } = entries.get(indicator.code) ?? {};
    let figure: ResolvedFigure;
    if (override) figure = { computed: computed.value, value: override.value, origin: "ghi_de", entry: override, denominator: computed.denominator };
    else if (computed.value === null && manual) figure = { computed: null, value: manual.value, origin: "nhap_tay", entry: manual, denominator: null };
    else figure = { computed: computed.value, value: computed.value, origin: computed.value === null ? "chua_co" : "tu_dong", entry: null, denominator: computed.denominator };
    resolving.delete(indicator.code);
    resolved.set(indicator.code, figure);
    return figure;
  };

  for (const indicator of indicators.values()) resolve(indicator);
  return resolved;
}
