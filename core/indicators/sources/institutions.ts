import type Database from "better-sqlite3";
import type { Figures } from "../rates";
import { keptBy, runQueries, type FigureQuery, type ReportWindow } from "./scope";

/**
 * Reviews of one kind needing handling that belong to the window: found in
 * it, or found earlier and not handled before it (carried over, as dossiers
 * are); handled when the handling date is on or before `to`.
 */
const reviews = (kind: "kiem_tra" | "ra_soat"): FigureQuery => ({
  codes: [`the_che.${kind}.can_xu_ly`, `the_che.${kind}.da_xu_ly`],
  sql: `SELECT count(*), count(*) FILTER (WHERE handled_date < @after)
    FROM legal_reviews
    WHERE kind = '${kind}' AND needs_handling = 1 AND review_date < @after AND (review_date >= @from OR handled_date IS NULL OR handled_date >= @from)`,
  covered: keptBy("legal_reviews", "review_date"),
});

const QUERIES: FigureQuery[] = [
  {
    codes: ["the_che.vbqppl.ban_hanh"],
    sql: "SELECT count(*) FROM documents WHERE is_legal_normative = 1 AND direction = 'di' AND date >= @from AND date < @after",
    covered: keptBy("documents", "date"),
  },
  reviews("kiem_tra"),
  reviews("ra_soat"),
];

/** Section II (cải cách thể chế): legal documents issued, and the handling of those found faulty by checks and reviews. */
export const institutionFigures = (sqlite: Database.Database, w: ReportWindow): Figures => runQueries(sqlite, w, QUERIES);
