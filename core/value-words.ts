/**
 * A stored value as a clerk reads it: 1.234,5 for a number, dd/MM/yyyy for a
 * day, dd/MM/yyyy HH:mm for a moment, Có/Không for a yes-or-no. Pure, so the
 * screens, the printouts and the CLI word a value alike.
 */
import { formatNumber } from "./number-format";

export const numberWords = (n: number): string => formatNumber(n, 4);

export const flagWords = (b: boolean): string => (b ? "Có" : "Không");

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(:\d{2}(\.\d+)?)?Z?$/;

/** Whether a text is a day or a moment as the store keeps them ("2025-10-16", "2025-10-16 13:30:00"). */
export const isStoredDate = (s: string): boolean => DAY.test(s) || MOMENT.test(s);

/** "2025-10-16" → "16/10/2025"; "2025-10-16 13:30:00" → "16/10/2025 13:30"; any other text unchanged. */
export function dateWords(s: string): string {
  const day = DAY.exec(s);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  const moment = MOMENT.exec(s);
  return moment ? `${moment[3]}/${moment[2]}/${moment[1]} ${moment[4]}:${moment[5]}` : s;
}

/** "16/10/2025 – 31/12/2025". */
export const windowWords = (from: string, to: string): string => `${dateWords(from)} – ${dateWords(to)}`;

const blank = (v: unknown) => v === null || v === undefined || v === "";

/**
 * Any value without a word list of its own: numbers, days and yes-or-no as
 * above, a list item by item, a record by its values alone (its keys are the
 * program's, not the clerk's). Null when there is nothing to show.
 */
export function valueWords(v: unknown): string | null {
  if (blank(v)) return null;
  if (typeof v === "boolean") return flagWords(v);
  if (typeof v === "number") return numberWords(v);
  if (typeof v === "string") return dateWords(v);
  const parts = (Array.isArray(v) ? v : Object.values(v as object)).map(valueWords).filter((p): p is string => p !== null);
  return parts.length ? parts.join("; ") : null;
}
