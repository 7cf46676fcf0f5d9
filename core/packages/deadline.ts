/**
 * When a department's part of a report is due: set by hand for this report,
 * else the date the outline gives for its own window (seed 002: 11:00 on
 * 09/10/2025), else the profile's due day for a periodic report (seed 003:
 * day 10 of the last month), else the window's last day.
 */
import { formatDateVi, localNow } from "../../shared/dates";
import type { OutlineSource } from "../outline/open";
import type { ResolvedPeriod } from "../periods";

export type DeadlineSource = "tay" | "de_cuong" | "quy_dinh" | "cuoi_ky";

export interface PartDeadline {
  /** 'YYYY-MM-DD HH:mm' or 'YYYY-MM-DD'. */
  deadline: string;
  source: DeadlineSource;
}

export function partDeadline(source: OutlineSource, period: ResolvedPeriod, setByHand: string | null | undefined): PartDeadline {
  if (setByHand) return { deadline: setByHand, source: "tay" };
  const { defaultPeriod, departmentDeadline } = source.outline;
  if (departmentDeadline && defaultPeriod === period.spec) return { deadline: departmentDeadline, source: "de_cuong" };
  if (period.due) return { deadline: period.due, source: "quy_dinh" };
  return { deadline: period.to, source: "cuoi_ky" };
}

/** The last minute a deadline allows: a date alone runs to the end of its day. */
export const deadlineMoment = (deadline: string) => (deadline.length === 10 ? `${deadline} 23:59` : deadline);

/** Whether the deadline's last minute is behind `now` (Vietnam time): 11:00 passes at 11:01. */
export const deadlinePassed = (deadline: string, now: Date) => deadlineMoment(deadline) < localNow(now).slice(0, 16);

/** A deadline in words: "11:00 ngày 09/10/2025", or "ngày 09/10/2025". */
export const deadlineWords = (deadline: string) => (deadline.length === 10 ? `ngày ${formatDateVi(deadline)}` : `${deadline.slice(11)} ngày ${formatDateVi(deadline.slice(0, 10))}`);
