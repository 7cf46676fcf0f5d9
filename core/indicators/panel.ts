import type { z } from "zod";
import type { figureSchema } from "../schemas/figure";
import { indicatorsOf, isRate, unitNameOf, type Catalogue, type Indicator } from "./catalogue";
import { isDossierCount } from "./dossier-rules";
import { SMALL_DENOMINATOR } from "./checks";
import type { Figures } from "./rates";
import { formatFigure } from "./format";

export type Figure = z.output<typeof figureSchema>;

function flagOf(indicator: Indicator, value: number | null, denominator: number | undefined): string | null {
  if (value === null) return null;
  const flags: string[] = [];
  if (indicator.targetMin !== undefined && value < indicator.targetMin) flags.push(`Dưới mục tiêu ${formatFigure(indicator.targetMin, "%")}`);
  if (isRate(indicator) && denominator !== undefined && denominator < SMALL_DENOMINATOR) flags.push(`Mẫu số dưới ${SMALL_DENOMINATOR} (${denominator})`);
  return flags.length ? flags.join("; ") : null;
}

/** The section III figures for the panel, in the catalogue's order, with their labels, units and flags. */
export function tthcPanel(catalogue: Catalogue, figures: Figures): Figure[] {
  return indicatorsOf(catalogue)
    .filter((i) => i.code.startsWith("tthc."))
    .map((i) => {
      const value = figures.values[i.code] ?? null;
      return { code: i.code, label: i.label, unit: i.unit, unitName: unitNameOf(catalogue, i), value, drillable: isDossierCount(i.code), flag: flagOf(i, value, figures.denominators[i.code]) };
    });
}
