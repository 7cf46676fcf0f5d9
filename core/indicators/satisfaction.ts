import type Database from "better-sqlite3";
import { fold } from "../text";
import { emptyFigures, putRate, type Figures } from "./rates";
import { windowParams, type Window } from "./window";

const LAND = fold("Đất đai");

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

/** Satisfaction (tthc.hai_long.*): satisfied / rated over the rounds completed within the window, overall and for land. */
export function satisfactionFigures(sqlite: Database.Database, window: Window): Figures {
  const figures = emptyFigures();
  const r = sqlite.prepare(SQL).get({ ...windowParams(window), land: LAND }) as Row;
  putRate(figures, "tthc.hai_long.ty_le", r.satisfied, r.rated);
  putRate(figures, "tthc.hai_long.dat_dai_ty_le", r.landSatisfied, r.landRated);
  return figures;
}
