import { addDays, daysInclusive, type IsoDate } from "../../shared/dates";
import { at } from "./random";

/** The demo's data begins here, a Monday. */
export const DEMO_START: IsoDate = "2024-07-01";
/** The two-tier local government began: the new commune, its offices and its numbering of documents. */
export const TWO_TIER_START: IsoDate = "2025-07-01";

/**
 * Public holidays the offices close on: fixed solar dates every year, plus the
 * lunar-calendar and bridging days (Saturdays included) decided for the years
 * covered so far.
 */
const FIXED_HOLIDAYS = ["01-01", "04-30", "05-01", "09-02"];
const EXTRA_HOLIDAYS = new Set([
  "2024-08-31",
  "2024-09-03",
  "2025-01-25",
  "2025-01-27",
  "2025-01-28",
  "2025-01-29",
  "2025-01-30",
  "2025-01-31",
  "2025-02-01",
  "2025-04-07",
  "2025-05-02",
  "2025-08-30",
  "2025-09-01",
  "2026-02-14",
  "2026-02-16",
  "2026-02-17",
  "2026-02-18",
  "2026-02-19",
  "2026-02-20",
  "2026-02-21",
  "2026-04-27",
  "2026-09-01",
]);

/** Days after `until` the calendar covers, for due dates and late results. */
const MARGIN_DAYS = 500;

const isHoliday = (d: IsoDate) => EXTRA_HOLIDAYS.has(d) || FIXED_HOLIDAYS.includes(d.slice(5));

/** Seconds after midnight of the office's opening hours. */
export const OFFICE = {
  open: 7 * 3600 + 30 * 60,
  lunchFrom: 11 * 3600 + 30 * 60,
  lunchTo: 13 * 3600 + 30 * 60,
  close: 17 * 3600,
} as const;

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));

/** 'HH:mm:ss' of a number of seconds after midnight. */
export function clock(seconds: number): string {
  const s = Math.floor(seconds);
  return `${at(TWO_DIGITS, Math.floor(s / 3600))}:${at(TWO_DIGITS, Math.floor(s / 60) % 60)}:${at(TWO_DIGITS, s % 60)}`;
}

/**
 * The days from DEMO_START to some margin after `until`, addressed by their
 * index (0 = DEMO_START), with weekdays and working days worked out once on
 * calendar values, so that nothing depends on the machine's time zone.
 */
export class DemoCalendar {
  readonly until: IsoDate;
  readonly untilDay: number;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: Uint8Array;
  private readonly iso: string[];
  /** 1 Monday to Friday, 2 Saturday, 0 Sunday or holiday. */
  private readonly open: Uint8Array;
  private readonly workingDays: Int32Array;
  /** Position in workingDays of the last working day on or before each day. */
  private readonly lastWorking: Int32Array;

  constructor(until: IsoDate) {
    this.until = until;
    this.untilDay = daysInclusive(DEMO_START, until) - 1;
    const length = this.untilDay + 1 + MARGIN_DAYS;
    this.iso = new Array<string>(length);
    this.weekday = new Uint8Array(length);
    this.open = new Uint8Array(length);
    this.lastWorking = new Int32Array(length);
    const workingDays: number[] = [];
    let d = DEMO_START;
    for (let i = 0; i < length; i++) {
      this.iso[i] = d;
      this.weekday[i] = i % 7;
      if (i % 7 < 6 && !isHoliday(d)) this.open[i] = i % 7 < 5 ? 1 : 2;
      if (this.open[i] === 1) workingDays.push(i);
      this.lastWorking[i] = workingDays.length - 1;
      d = addDays(d, 1);
    }
    this.workingDays = Int32Array.from(workingDays);
  }

  date(day: number): IsoDate {
    const d = this.iso[day];
    if (d === undefined) throw new RangeError(`Day ${day} outside the demo calendar`);
    return d;
  }

  dayOf(date: IsoDate): number {
    return daysInclusive(DEMO_START, date) - 1;
  }

  moment(day: number, seconds: number): string {
    return `${this.date(day)} ${clock(seconds)}`;
  }

  isWorkingDay(day: number): boolean {
    return this.open[day] === 1;
  }

  isSaturday(day: number): boolean {
    return this.weekday[day] === 5;
  }

  /** A Saturday that is not a holiday: the desk may open in the morning. */
  isOpenSaturday(day: number): boolean {
    return this.open[day] === 2;
  }

  /** The n-th working day after `day` (n ≥ 1), counting from the next day whatever `day` is. */
  addWorkingDays(day: number, n: number): number {
    const result = this.workingDays[this.lastWorking[day]! + n];
    if (result === undefined) throw new RangeError(`Working day ${n} after day ${day} is outside the demo calendar`);
    return result;
  }

  workingDayOnOrAfter(day: number): number {
    return this.isWorkingDay(day) ? day : this.addWorkingDays(day, 1);
  }

  workingDayOnOrBefore(day: number): number {
    return this.workingDays[this.lastWorking[day]!]!;
  }

  /** The working day on or after the given day of a month "YYYY-MM". */
  inMonth(month: string, dayOfMonth: number): number {
    return this.workingDayOnOrAfter(this.dayOf(`${month}-${String(dayOfMonth).padStart(2, "0")}`));
  }

  /** The months "YYYY-MM" from DEMO_START's to `until`'s. */
  months(): string[] {
    const out: string[] = [];
    for (let m = DEMO_START.slice(0, 7); m <= this.until.slice(0, 7); m = addMonths(m, 1)) out.push(m);
    return out;
  }
}

/** "2025-11" plus 3 months → "2026-02". */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** "15/7/2025": how a document is cited in running text ("Văn bản số 1234/UBND-NC ngày 15/7/2025"). */
export function citeDate(d: IsoDate): string {
  const [y, m, day] = d.split("-");
  return `${Number(day)}/${Number(m)}/${y}`;
}
