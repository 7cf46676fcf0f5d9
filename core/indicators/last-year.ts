import { daysInMonth, formatDateVi, isoDate, type IsoDate } from "../../shared/dates";
import type { ResolvedPeriod } from "../periods";

/** The same calendar date a year earlier; 29/02 falls on 28/02. */
function yearEarlier(date: IsoDate): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return isoDate(y - 1, m, Math.min(d, daysInMonth(y - 1, m)));
}

/** The window of the "cùng kỳ năm trước" column: the period's window a year earlier. */
export function lastYearWindow(period: Pick<ResolvedPeriod, "from" | "to" | "year">): { from: IsoDate; to: IsoDate; year: number; label: string } {
  const from = yearEarlier(period.from);
  const to = yearEarlier(period.to);
  return { from, to, year: period.year - 1, label: `Cùng kỳ năm trước (${formatDateVi(from)} – ${formatDateVi(to)})` };
}
