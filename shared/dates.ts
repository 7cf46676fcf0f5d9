/**
 * Calendar dates as 'YYYY-MM-DD' strings, computed without the machine's time
 * zone: every date in the domain is a calendar date in Asia/Ho_Chi_Minh.
 */

export const VIETNAM_TZ = "Asia/Ho_Chi_Minh";

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export const isoDate = (year: number, month: number, day: number): IsoDate => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

export function parseIsoDate(s: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

const dayNumber = (d: IsoDate) => {
  const p = parseIsoDate(d);
  if (!p) throw new Error(`Not a date: ${d}`);
  return Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
};

/** Days from `a` to `b` counting both ends (a window's length). */
export const daysInclusive = (a: IsoDate, b: IsoDate) => dayNumber(b) - dayNumber(a) + 1;

/** Days left from `today` until `day`: 0 on the day itself, negative once it has passed. */
export const daysUntil = (today: IsoDate, day: IsoDate) => dayNumber(day) - dayNumber(today);

export function addDays(d: IsoDate, n: number): IsoDate {
  const t = new Date((dayNumber(d) + n) * 86_400_000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;

/** "Thứ Năm" for 2025-10-16. */
export const weekdayVi = (d: IsoDate): string => WEEKDAYS[(((dayNumber(d) + 4) % 7) + 7) % 7]!;

/** dd/MM/yyyy, as every Vietnamese form writes a date. */
export function formatDateVi(d: IsoDate): string {
  const p = parseIsoDate(d);
  if (!p) return d;
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** The local wall-clock moment as stored: 'YYYY-MM-DD HH:mm:ss' in Vietnam. */
export function localNow(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: VIETNAM_TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(now);
}

/** Today's calendar date in Vietnam, whatever the machine's time zone. */
export const todayInVietnam = (now: Date = new Date()): IsoDate => localNow(now).slice(0, 10);
