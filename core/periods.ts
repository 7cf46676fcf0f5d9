import { AppError } from "../shared/errors";
import { daysInMonth, formatDateVi, isoDate, parseIsoDate, type IsoDate } from "../shared/dates";
import { REPORT_KINDS, type DayOfYear, type ProvinceProfile, type ReportKind } from "./profile-schema";

export interface ResolvedPeriod {
  /** As written: "2025-Q1" or "2025-07-01..2025-10-09". */
  spec: string;
  kind: ReportKind | "custom";
  /** The report's year; for a custom window, the year of its end. */
  year: number;
  /** "Quý I năm 2025", or "Từ 01/07/2025 đến 09/10/2025". */
  label: string;
  from: IsoDate;
  to: IsoDate;
  estimateTo: IsoDate | null;
  due: IsoDate | null;
}

const PERIOD_TITLES: Record<ReportKind, (year: number) => string> = {
  Q1: (y) => `Quý I năm ${y}`,
  H1: (y) => `6 tháng đầu năm ${y}`,
  Q3: (y) => `Quý III năm ${y}`,
  Y: (y) => `Năm ${y}`,
};

const STANDARD = /^(\d{4})-(Q1|H1|Q3|Y)$/;
const CUSTOM = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/** A profile's day in a given report year; a day past the month's end (29/02) falls on its last day. */
function dayIn(year: number, d: DayOfYear): IsoDate {
  const y = d.previousYear ? year - 1 : year;
  return isoDate(y, d.month, Math.min(d.day, daysInMonth(y, d.month)));
}

export function standardPeriod(year: number, kind: ReportKind, profile: ProvinceProfile): ResolvedPeriod {
  const w = profile.reports[kind];
  return {
    spec: `${year}-${kind}`,
    kind,
    year,
    label: PERIOD_TITLES[kind](year),
    from: dayIn(year, w.from),
    to: dayIn(year, w.to),
    estimateTo: w.estimateTo ? dayIn(year, w.estimateTo) : null,
    due: dayIn(year, w.due),
  };
}

export const customPeriod = (from: IsoDate, to: IsoDate): ResolvedPeriod => ({
  spec: `${from}..${to}`,
  kind: "custom",
  year: Number(to.slice(0, 4)),
  label: `Từ ${formatDateVi(from)} đến ${formatDateVi(to)}`,
  from,
  to,
  estimateTo: null,
  due: null,
});

const badPeriod = (spec: string, why: string) => new AppError("period_invalid", `Kỳ báo cáo "${spec}" không hợp lệ: ${why}. Dùng dạng 2025-Q1, 2025-H1, 2025-Q3, 2025-Y hoặc 2025-07-01..2025-10-09.`);

/** "2025-Q1" | "2025-H1" | "2025-Q3" | "2025-Y" through the profile, or a custom "from..to" window. */
export function resolvePeriod(spec: string, profile: ProvinceProfile): ResolvedPeriod {
  const s = spec.trim();
  const std = STANDARD.exec(s);
  if (std) {
    const year = Number(std[1]);
    if (year < 2000 || year > 2999) throw badPeriod(spec, "năm ngoài khoảng cho phép");
    return standardPeriod(year, std[2] as ReportKind, profile);
  }
  const custom = CUSTOM.exec(s);
  if (custom) {
    const [from, to] = [custom[1]!, custom[2]!];
    if (!parseIsoDate(from)) throw badPeriod(spec, `ngày ${from} không tồn tại`);
    if (!parseIsoDate(to)) throw badPeriod(spec, `ngày ${to} không tồn tại`);
    if (from > to) throw badPeriod(spec, "ngày bắt đầu sau ngày kết thúc");
    return customPeriod(from, to);
  }
  throw badPeriod(spec, "không đúng định dạng");
}

/** The standard reports whose deadline is today or later, soonest first. */
export function upcomingReports(profile: ProvinceProfile, today: IsoDate, count = 4): ResolvedPeriod[] {
  const year = Number(today.slice(0, 4));
  const candidates: ResolvedPeriod[] = [];
  for (const y of [year, year + 1, year + 2]) {
    for (const kind of REPORT_KINDS) candidates.push(standardPeriod(y, kind, profile));
  }
  return candidates
    .filter((p) => p.due! >= today)
    .sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : REPORT_KINDS.indexOf(a.kind as ReportKind) - REPORT_KINDS.indexOf(b.kind as ReportKind)))
    .slice(0, count);
}
