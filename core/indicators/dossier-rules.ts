/**
 * The counting rules of domain.md §4 as SQL over the dossiers table, for a
 * window bound through windowParams (@from, @to, @after). The figures and the
 * drill-down both build on these fragments, so the dossiers listed behind a
 * figure are exactly the ones it counts.
 */

/** When a closed dossier closed: result_at, else (no date recorded) the moment it was received. */
const CLOSED_AT = "coalesce(result_at, received_at)";

/**
 * Counted in the window's total: received by `to`, and either received in the
 * window (tiếp nhận mới) or not closed before `from` (kỳ trước chuyển sang).
 */
const IN_TOTAL = `received_at < @after AND (received_at >= @from OR status = 'pending' OR ${CLOSED_AT} >= @from)`;

/**
 * A result after the due moment: compared as instants when both carry a time
 * of day, else as calendar dates. No due date is never late.
 */
export const LATE_SQL = `due_at IS NOT NULL AND CASE WHEN result_at IS NOT NULL AND result_precision = 'datetime' AND due_precision = 'datetime' THEN result_at > due_at ELSE substr(${CLOSED_AT}, 1, 10) > substr(due_at, 1, 10) END`;

/** Still being handled past its due date as of the day bound to `asOf`: a dossier due that day is not overdue yet. */
const overdueAsOf = (asOf: string) => `due_at < ${asOf}`;

/**
 * How many whole days a dossier is overdue: a late result by its result's
 * day, one still being handled by the day bound to `asOf` (0: late within
 * the due day itself); null when it is not overdue.
 */
export const daysOverdueSql = (asOf: string) => `CASE
  WHEN status = 'result' AND ${LATE_SQL} THEN CAST(julianday(substr(${CLOSED_AT}, 1, 10)) - julianday(substr(due_at, 1, 10)) AS INTEGER)
  WHEN status = 'pending' AND ${overdueAsOf(asOf)} THEN CAST(julianday(${asOf}) - julianday(substr(due_at, 1, 10)) AS INTEGER) END`;

/** Where a counted dossier stands at the end of the window; every counted dossier has exactly one standing. */
const STANDING = { late: 1, early: 2, onTime: 3, rejectedOrWithdrawn: 4, overdue: 5, withinDeadline: 6 } as const;

// A moment is before a date's day exactly when it sorts before the bare 'YYYY-MM-DD', hence `< substr(due_at, 1, 10)` and `due_at < @to`.
const STANDING_SQL = `CASE
  WHEN status = 'pending' OR ${CLOSED_AT} < @from OR ${CLOSED_AT} >= @after THEN CASE WHEN ${overdueAsOf("@to")} THEN ${STANDING.overdue} ELSE ${STANDING.withinDeadline} END
  WHEN status <> 'result' THEN ${STANDING.rejectedOrWithdrawn}
  WHEN ${LATE_SQL} THEN ${STANDING.late}
  WHEN ${CLOSED_AT} < substr(due_at, 1, 10) THEN ${STANDING.early}
  ELSE ${STANDING.onTime} END`;

/** The dossiers counted in the window, with `fresh` (received in the window) and `standing` beside the given columns. */
export const countedDossiers = (columns: string) =>
  `SELECT ${columns}, received_at >= @from AS fresh, ${STANDING_SQL} AS standing FROM dossiers WHERE ${IN_TOTAL}`;

const standingIn = (...s: number[]) => `standing IN (${s.join(", ")})`;

/** Resolved in the window (đã giải quyết), as a condition over countedDossiers(). */
export const RESOLVED = standingIn(STANDING.late, STANDING.early, STANDING.onTime);

/** The dossier counts of Phụ lục 3, each as a condition over countedDossiers(). */
export const DOSSIER_COUNTS = {
  "tthc.ho_so.tong": "1",
  "tthc.ho_so.ky_truoc": "NOT fresh",
  "tthc.ho_so.tiep_nhan_moi": "fresh",
  "tthc.ho_so.tiep_nhan_truc_tuyen": "fresh AND channel = 'online'",
  "tthc.ho_so.tiep_nhan_truc_tiep": "fresh AND channel IS NOT 'online'",
  "tthc.ho_so.da_giai_quyet": RESOLVED,
  "tthc.ho_so.truoc_han": standingIn(STANDING.early),
  "tthc.ho_so.dung_han": standingIn(STANDING.onTime),
  "tthc.ho_so.qua_han": standingIn(STANDING.late),
  "tthc.ho_so.dang_giai_quyet": standingIn(STANDING.overdue, STANDING.withinDeadline),
  "tthc.ho_so.dang_trong_han": standingIn(STANDING.withinDeadline),
  "tthc.ho_so.dang_qua_han": standingIn(STANDING.overdue),
  "tthc.ho_so.tu_choi_rut": standingIn(STANDING.rejectedOrWithdrawn),
} as const;

export type DossierCountCode = keyof typeof DOSSIER_COUNTS;

export const isDossierCount = (code: string): code is DossierCountCode => Object.prototype.hasOwnProperty.call(DOSSIER_COUNTS, code);
