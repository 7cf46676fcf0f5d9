import type Database from "better-sqlite3";
import type { Figures } from "../rates";
import { keptBy, keptFor, runQueries, type FigureQuery, type ReportWindow } from "./scope";

/**
 * Cán bộ and công chức (not viên chức or contract staff) in service on `to`:
 * the newest status dated on or before `to` is "đang công tác"; someone with
 * no status recorded is in service from the start date (or always, if none).
 */
const IN_SERVICE = `SELECT s.* FROM staff s
  WHERE s.category IN ('can_bo', 'cong_chuc')
    AND coalesce(
      (SELECT st.status FROM staff_statuses st WHERE st.staff_id = s.id AND st.from_date < @after ORDER BY st.from_date DESC, st.id DESC LIMIT 1),
      CASE WHEN NOT EXISTS (SELECT 1 FROM staff_statuses st WHERE st.staff_id = s.id) AND (s.start_date IS NULL OR s.start_date < @after) THEN 'dang_cong_tac' END
    ) = 'dang_cong_tac'`;

const STAFF_KEPT = keptBy("staff", "coalesce(start_date, '0000')");

const QUERIES: FigureQuery[] = [
  { codes: ["to_chuc.bien_che.chi_tieu"], sql: "SELECT quota FROM quotas WHERE year = @year", covered: keptFor("quotas") },
  {
    codes: ["to_chuc.bien_che.co_mat", "cong_vu.trinh_do.tren_dai_hoc", "cong_vu.trinh_do.dai_hoc", "cong_vu.trinh_do.duoi_dai_hoc", "cong_vu.llct.cao_cap", "cong_vu.llct.trung_cap"],
    sql: `SELECT count(*),
      count(*) FILTER (WHERE education IN ('tien_si', 'thac_si')),
      count(*) FILTER (WHERE education = 'dai_hoc'),
      count(*) FILTER (WHERE education IS NULL OR education NOT IN ('tien_si', 'thac_si', 'dai_hoc')),
      count(*) FILTER (WHERE political_theory IN ('cao_cap', 'cu_nhan')),
      count(*) FILTER (WHERE political_theory = 'trung_cap')
    FROM (${IN_SERVICE})`,
    covered: STAFF_KEPT,
  },
  {
    codes: ["cong_vu.tuyen_dung"],
    sql: "SELECT count(*) FROM staff WHERE category IN ('can_bo', 'cong_chuc') AND start_date >= @from AND start_date < @after",
    covered: STAFF_KEPT,
  },
  {
    // People, not decisions: someone disciplined twice in the window counts once in the total and once per form.
    codes: ["cong_vu.ky_luat.tong", "cong_vu.ky_luat.khien_trach", "cong_vu.ky_luat.canh_cao", "cong_vu.ky_luat.khac"],
    sql: `SELECT count(DISTINCT staff_id),
      count(DISTINCT staff_id) FILTER (WHERE form = 'khien_trach'),
      count(DISTINCT staff_id) FILTER (WHERE form = 'canh_cao'),
      count(DISTINCT staff_id) FILTER (WHERE form IN ('giang_chuc', 'cach_chuc', 'buoc_thoi_viec'))
    FROM discipline_records WHERE decision_date >= @from AND decision_date < @after`,
    covered: STAFF_KEPT,
  },
];

/** Sections IV and V (tổ chức bộ máy, chế độ công vụ): quota, staff in service by education and political theory, recruitment, discipline. */
export const staffingFigures = (sqlite: Database.Database, w: ReportWindow): Figures => runQueries(sqlite, w, QUERIES);
