import { daysInMonth, isoDate, isValidDate, type IsoDate } from "../../../shared/dates";
import { fold } from "../../../shared/text";
import { readDateCell } from "../../import/cell-dates";
import type { RawCell } from "../../import/table-reader";

/** A deadline as plans write it, read as the last day it allows. */
export type DeadlineReading = { kind: "date"; date: IsoDate } | { kind: "unknown" } | { kind: "invalid" };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const endOfMonth = (year: number, month: number) => isoDate(year, month, daysInMonth(year, month));

/** Periods named by words: "6 tháng đầu năm", "Thường xuyên" (by the end of the year), … */
const PERIOD_ENDS: [RegExp, number][] = [
  [/\b6 thang dau nam\b|\bnua dau nam\b/, 6],
  [/\b9 thang\b/, 9],
  [/\b(6 thang cuoi nam|ca nam|trong nam|thuong xuyen|hang thang|hang quy|dinh ky|nam \d{4})\b/, 12],
];

/**
 * "Tháng 3", "Quý II/2025", "6 tháng đầu năm", "Thường xuyên", "Trước
 * 15/3", "30/6/2025" or an Excel date → the last day allowed; a month or
 * quarter without a year is in `year`, or the next one when that would fall
 * before `notBefore` (a task given in November "by March" means next March).
 * With several, the latest.
 */
export function readDeadline(cell: RawCell, year: number, notBefore?: IsoDate): DeadlineReading {
  if (cell instanceof Date || typeof cell === "number") {
    const d = readDateCell(cell);
    return d ? { kind: "date", date: d.value.slice(0, 10) } : { kind: "invalid" };
  }
  let text = fold(typeof cell === "string" ? cell : "");
  const ends: IsoDate[] = [];
  let invalid = false;
  const implicit = (y: number, m: number, day: number) => {
    const date = isoDate(y, m, day);
    ends.push(notBefore && date < notBefore ? isoDate(y + 1, m, Math.min(day, daysInMonth(y + 1, m))) : date);
  };
  text = text.replace(/(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/g, (_, d: string, m: string, y: string) => {
    if (isValidDate(Number(y), Number(m), Number(d))) ends.push(isoDate(Number(y), Number(m), Number(d)));
    else invalid = true;
    return " ";
  });
  text = text.replace(/thang\s+(\d{1,2})(?:\s*(?:\/|-|nam)\s*(\d{4}))?/g, (_, m: string, y?: string) => {
    const month = Number(m);
    if (month < 1 || month > 12) invalid = true;
    else if (y) ends.push(endOfMonth(Number(y), month));
    else implicit(year, month, daysInMonth(year, month));
    return " ";
  });
  text = text.replace(/quy\s+(iv|iii|ii|i|[1-4])(?![a-z0-9])(?:\s*(?:\/|-|nam)\s*(\d{4}))?/g, (_, q: string, y?: string) => {
    const month = (ROMAN[q] ?? Number(q)) * 3;
    if (y) ends.push(endOfMonth(Number(y), month));
    else implicit(year, month, daysInMonth(year, month));
    return " ";
  });
  text = text.replace(/(\d{1,2})\/(\d{1,2})(?![\d/])/g, (_, d: string, m: string) => {
    if (isValidDate(year, Number(m), Number(d))) implicit(year, Number(m), Number(d));
    else invalid = true;
    return " ";
  });
  const yearNamed = /\bnam (\d{4})\b/.exec(text);
  for (const [pattern, month] of PERIOD_ENDS) {
    if (pattern.test(text)) ends.push(endOfMonth(yearNamed ? Number(yearNamed[1]) : year, month));
  }
  if (invalid) return { kind: "invalid" };
  if (ends.length === 0) return { kind: "unknown" };
  return { kind: "date", date: ends.sort().at(-1)! };
}
