import type Database from "better-sqlite3";
import type { Figures } from "../rates";
import { keptBy, runQueries, type FigureQuery, type ReportWindow } from "./scope";

const QUERIES: FigureQuery[] = [
  {
    // One line of the reception book is one lượt, however many people came together.
    codes: ["tcd.thuong_xuyen", "tcd.dinh_ky", "tcd.dot_xuat"],
    sql: `SELECT count(*) FILTER (WHERE session_kind = 'thuong_xuyen'), count(*) FILTER (WHERE session_kind = 'dinh_ky'), count(*) FILTER (WHERE session_kind = 'dot_xuat')
    FROM receptions WHERE date >= @from AND date < @after`,
    covered: keptBy("receptions", "date"),
  },
  {
    // Letters received in the window; those within competence; of these, resolved by `to`.
    codes: ["kntc.tiep_nhan", "kntc.thuoc_tham_quyen", "kntc.da_giai_quyet"],
    sql: `SELECT count(*), count(*) FILTER (WHERE within_competence = 1), count(*) FILTER (WHERE within_competence = 1 AND resolved_date < @after)
    FROM complaints WHERE received_date >= @from AND received_date < @after`,
    covered: keptBy("complaints", "received_date"),
  },
];

/** Section VIII (tiếp công dân, khiếu nại, tố cáo): the reception book and the complaints register. */
export const receptionFigures = (sqlite: Database.Database, w: ReportWindow): Figures => runQueries(sqlite, w, QUERIES);
