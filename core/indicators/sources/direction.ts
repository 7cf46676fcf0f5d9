import type Database from "better-sqlite3";
import type { Figures } from "../rates";
import { keptBy, keptFor, runQueries, type FigureQuery, type ReportWindow } from "./scope";

const DONE = "(completed_date IS NOT NULL AND completed_date < @after)";

const QUERIES: FigureQuery[] = [
  {
    // Done by `to` when completed on or before it; a task marked done without a date counts as done.
    codes: ["chidao.kh.tong", "chidao.kh.hoan_thanh"],
    sql: `SELECT count(*), count(*) FILTER (WHERE ${DONE} OR (completed_date IS NULL AND status = 'hoan_thanh')) FROM plan_tasks WHERE year = @year`,
    covered: keptFor("plan_tasks"),
  },
  {
    codes: ["chidao.giao.tong", "chidao.giao.dung_han", "chidao.giao.qua_han_da_xong", "chidao.giao.qua_han_chua_xong", "chidao.giao.trong_han"],
    sql: `SELECT count(*),
      count(*) FILTER (WHERE ${DONE} AND completed_date <= deadline),
      count(*) FILTER (WHERE ${DONE} AND completed_date > deadline),
      count(*) FILTER (WHERE NOT ${DONE} AND deadline < @to),
      count(*) FILTER (WHERE NOT ${DONE} AND deadline >= @to)
    FROM assigned_tasks WHERE assigned_date >= @from AND assigned_date < @after`,
    covered: keptBy("assigned_tasks", "assigned_date"),
  },
  {
    codes: ["chidao.kiem_tra.so_don_vi", "chidao.kiem_tra.van_de_phat_hien", "chidao.kiem_tra.van_de_da_xu_ly"],
    sql: `SELECT count(DISTINCT fold(inspected_unit)), coalesce(sum(issues_found), 0), coalesce(sum(issues_fixed), 0)
    FROM inspections WHERE date >= @from AND date < @after`,
    covered: keptBy("inspections", "date"),
  },
  {
    codes: ["chidao.tuyen_truyen.tin_bai", "chidao.tuyen_truyen.hoat_dong"],
    sql: `SELECT coalesce(sum(quantity) FILTER (WHERE kind IN ('tin_bai', 'phong_su')), 0), coalesce(sum(quantity) FILTER (WHERE kind NOT IN ('tin_bai', 'phong_su')), 0)
    FROM communication_items WHERE date >= @from AND date < @after`,
    covered: keptBy("communication_items", "date"),
  },
];

/** Section I (chỉ đạo, điều hành): the year's CCHC plan, tasks assigned by the province, inspections, communication. */
export const directionFigures = (sqlite: Database.Database, w: ReportWindow): Figures => runQueries(sqlite, w, QUERIES);
