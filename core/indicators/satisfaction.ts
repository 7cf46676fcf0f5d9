import type Database from "better-sqlite3";
import { LAND_FIELD } from "./land-field";
import { indicatorsOf, type Catalogue } from "./catalogue";
import { emptyFigures, putRate, type Figures } from "./rates";
import { windowParams, type Window } from "./window";

// A rating round counts in the window in which it was completed (its end date): a report cites the
// rounds whose results were known by its cut-off, and standard windows (15/12–09/03) never hold a whole quarter.
const SQL = `SELECT
  coalesce(sum(satisfied), 0) AS satisfied, coalesce(sum(rated), 0) AS rated,
  coalesce(sum(satisfied) FILTER (WHERE fold(field) = @land), 0) AS landSatisfied, coalesce(sum(rated) FILTER (WHERE fold(field) = @land), 0) AS landRated
FROM satisfaction_ratings WHERE period_to >= @from AND period_to < @after`;

interface Row {
  satisfied: number;
  rated: number;
  landSatisfied: number;
  landRated: number;
}

/** The Phụ lục 3 rows of the two satisfaction rates, overall and for land. */
export const SATISFACTION_RATES = { overall: "tthc.hai_long.ty_le", land: "tthc.hai_long.dat_dai_ty_le" } as const;

/** Satisfaction (tthc.hai_long.*): satisfied / rated over the rounds completed within the window, overall and for land. */
export function satisfactionFigures(sqlite: Database.Database, window: Window): Figures {
  const figures = emptyFigures();
  const r = sqlite.prepare(SQL).get({ ...windowParams(window), land: LAND_FIELD }) as Row;
  putRate(figures, SATISFACTION_RATES.overall, r.satisfied, r.rated);
  putRate(figures, SATISFACTION_RATES.land, r.landSatisfied, r.landRated);
  return figures;
}

export interface SatisfactionTargets {
  /** The least overall rate that meets the target, in %; null when the template sets none. */
  overall: number | null;
  land: number | null;
}

/** The targets the Phụ lục 3 template in use sets for the two satisfaction rates, so the screens judge a round as the report does. */
export function satisfactionTargets(catalogue: Catalogue): SatisfactionTargets {
  const targets = new Map(indicatorsOf(catalogue).map((i) => [i.code, i.targetMin ?? null]));
  return { overall: targets.get(SATISFACTION_RATES.overall) ?? null, land: targets.get(SATISFACTION_RATES.land) ?? null };
}
