/** On-time and online rates month by month, this year and last, from the dossier engine. */
import type Database from "better-sqlite3";
import { daysInMonth, isoDate, type IsoDate } from "../../shared/dates";
import { dossierFigures } from "../indicators/dossier-figures";

export interface MonthlyRates {
  year: number;
  /** Twelve values each, January first; null where the month has no dossier to rate, or has not begun. */
  onTime: (number | null)[];
  online: (number | null)[];
  lastYearOnTime: (number | null)[];
  lastYearOnline: (number | null)[];
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const RATES = ["tthc.ho_so.dung_han_ty_le", "tthc.ho_so.truc_tuyen_ty_le"] as const;

/** Each month read on its own in bounded index ranges, with only the counts of the two rates. */
function ratesOf(sqlite: Database.Database, year: number, today: IsoDate) {
  const months = MONTHS.map((m) => {
    const from = isoDate(year, m, 1);
    if (from > today) return { onTime: null, online: null };
    const v = dossierFigures(sqlite, { from, to: isoDate(year, m, daysInMonth(year, m)) }, RATES).values;
    return { onTime: v["tthc.ho_so.dung_han_ty_le"] ?? null, online: v["tthc.ho_so.truc_tuyen_ty_le"] ?? null };
  });
  return { onTime: months.map((m) => m.onTime), online: months.map((m) => m.online) };
}

export function monthlyRates(sqlite: Database.Database, year: number, today: IsoDate): MonthlyRates {
  const current = ratesOf(sqlite, year, today);
  const previous = ratesOf(sqlite, year - 1, today);
  return { year, onTime: current.onTime, online: current.online, lastYearOnTime: previous.onTime, lastYearOnline: previous.online };
}
