import type Database from "better-sqlite3";
import { emptyFigures, type Figures } from "../rates";
import { windowParams, type Window } from "../window";

/** A report window with the report's year (plan tasks, quotas and finance figures are kept per year). */
export interface ReportWindow extends Window {
  year: number;
  /**
   * How far back a register must reach for its figures to count: to the
   * window's end (the report itself: whatever was kept by then), or to its
   * start (the "same period last year" column: a register begun halfway
   * through that window would compare a part with a whole).
   */
  coverage?: "end" | "whole";
}

const reportParams = (w: ReportWindow) => ({ ...windowParams(w), year: w.year });

/** Whether a register covers the window; where it does not, its figures are "no data" (null), not 0. */
export type Coverage = (sqlite: Database.Database, w: ReportWindow) => boolean;

/** Covered when the register holds a record dated on or before the window's end (or before its start, see ReportWindow.coverage). */
export const keptBy =
  (table: string, dateColumn: string): Coverage =>
  (sqlite, w) =>
    sqlite
      .prepare(`SELECT EXISTS (SELECT 1 FROM ${table} WHERE ${dateColumn} ${w.coverage === "whole" ? "< @from" : "< @after"})`)
      .pluck()
      .get(windowParams(w)) === 1;

/** Covered when the register holds a record of the report's year. */
export const keptFor =
  (table: string): Coverage =>
  (sqlite, w) =>
    sqlite.prepare(`SELECT EXISTS (SELECT 1 FROM ${table} WHERE year = ?)`).pluck().get(w.year) === 1;

/** One query giving, in order, the figures of `codes` (parameters @from, @to, @after, @year). */
export interface FigureQuery {
  codes: readonly string[];
  sql: string;
  covered: Coverage;
}

export function runQueries(sqlite: Database.Database, w: ReportWindow, queries: readonly FigureQuery[]): Figures {
  const figures = emptyFigures();
  for (const q of queries) {
    const row = q.covered(sqlite, w) ? (sqlite.prepare(q.sql).raw().get(reportParams(w)) as (number | null)[]) : null;
    q.codes.forEach((code, i) => (figures.values[code] = row ? (row[i] ?? null) : null));
  }
  return figures;
}
