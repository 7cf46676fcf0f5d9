import type Database from "better-sqlite3";
import type { Figures } from "../rates";
import type { ReportWindow } from "./scope";

/**
 * Section VI (tài chính công): the finance office keeps its figures in a
 * dated register (cumulative within the year); the report takes, per code,
 * the newest figure of the report's year dated on or before `to`.
 */
export function financeFigures(sqlite: Database.Database, w: ReportWindow): Figures {
  const rows = sqlite
    .prepare(
      `SELECT code, value FROM finance_figures f
       WHERE year = ? AND as_of <= ? AND as_of = (SELECT max(as_of) FROM finance_figures g WHERE g.year = f.year AND g.code = f.code AND g.as_of <= ?)`,
    )
    .all(w.year, w.to, w.to) as { code: string; value: number }[];
  return { values: Object.fromEntries(rows.map((r) => [r.code, r.value])), denominators: {} };
}
