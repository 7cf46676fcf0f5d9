import type Database from "better-sqlite3";
import { emptyFigures, putNoData, type Figures } from "./rates";
import { windowParams, type Window } from "./window";

const RESOLVED_IN_WINDOW = "resolved_date >= @from AND resolved_date < @after";

// The dossiers' rules: counted when received by `to` and received in the window or not resolved before it;
// pending when not resolved in the window, overdue when due before `to`.
const SQL = `SELECT
  count(*) FILTER (WHERE received_date < @from) AS carried,
  count(*) FILTER (WHERE received_date >= @from) AS received,
  count(*) FILTER (WHERE ${RESOLVED_IN_WINDOW}) AS resolved,
  count(*) FILTER (WHERE NOT coalesce(${RESOLVED_IN_WINDOW}, 0) AND due_date IS NOT NULL AND due_date < @to) AS overdue,
  count(*) FILTER (WHERE NOT coalesce(${RESOLVED_IN_WINDOW}, 0) AND (due_date IS NULL OR due_date >= @to)) AS withinDeadline
FROM pakn
WHERE received_date < @after AND (received_date >= @from OR resolved_date IS NULL OR resolved_date >= @from)`;

const CODES = ["tthc.pakn.ky_truoc", "tthc.pakn.tiep_nhan_moi", "tthc.pakn.da_giai_quyet", "tthc.pakn.dang_trong_han", "tthc.pakn.dang_qua_han"] as const;

interface Row {
  carried: number;
  received: number;
  resolved: number;
  overdue: number;
  withinDeadline: number;
}

/** PAKN on procedures (tthc.pakn.*) for the window. */
export function paknFigures(sqlite: Database.Database, window: Window): Figures {
  const figures = emptyFigures();
  if (!sqlite.prepare("SELECT EXISTS (SELECT 1 FROM pakn)").pluck().get()) {
    putNoData(figures, CODES);
    return figures;
  }
  const r = sqlite.prepare(SQL).get(windowParams(window)) as Row;
  Object.assign(figures.values, {
    "tthc.pakn.ky_truoc": r.carried,
    "tthc.pakn.tiep_nhan_moi": r.received,
    "tthc.pakn.da_giai_quyet": r.resolved,
    "tthc.pakn.dang_trong_han": r.withinDeadline,
    "tthc.pakn.dang_qua_han": r.overdue,
  });
  return figures;
}
