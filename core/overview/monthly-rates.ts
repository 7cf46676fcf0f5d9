/** On-time and online rates month by month, this year and last, by the rules of the figures. */
import type Database from "better-sqlite3";
import { addDays, daysInMonth, isoDate, type IsoDate } from "../../shared/dates";
import { CLOSED_AT, COUNT_RATES, countedParams, countedPerWindow, countRate, DOSSIER_COUNTS, type DossierCountCode } from "../indicators/dossier-rules";
import { ratePercent } from "../indicators/rates";
import type { Window } from "../indicators/window";

export interface MonthlyRates {
  year: number;
  /** Twelve values each, January first; null where the month has no dossier to rate, or has not begun. */
  onTime: (number | null)[];
  online: (number | null)[];
  lastYearOnTime: (number | null)[];
  lastYearOnline: (number | null)[];
}

const RATES = ["tthc.ho_so.dung_han_ty_le", "tthc.ho_so.truc_tuyen_ty_le"] as const;
const COUNTS = [...new Set(RATES.flatMap((r): DossierCountCode[] => [...COUNT_RATES[r].part, COUNT_RATES[r].whole]))];

// A month's on-time rate counts only the dossiers resolved in it, its online rate only those received in it: the
// pairing leaves out the months a dossier is merely carried over into.
const SQL = `WITH months("from", "to", after) AS (SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(@months))
SELECT "from", ${COUNTS.map((c) => `count(*) FILTER (WHERE ${DOSSIER_COUNTS[c]})`).join(", ")}
FROM (${countedPerWindow("channel", "months", `substr(w."from", 1, 7) IN (substr(received_at, 1, 7), substr(${CLOSED_AT}, 1, 7))`)})
GROUP BY "from"`;

/** The calendar months of the year, January first; null for those not begun by `today`. */
const monthsOf = (year: number, today: IsoDate): (Window | null)[] =>
  Array.from({ length: 12 }, (_, i) => {
    const from = isoDate(year, i + 1, 1);
    return from > today ? null : { from, to: isoDate(year, i + 1, daysInMonth(year, i + 1)) };
  });

/** The rates of every month begun, in one pass over the dossiers counted in any of them. */
function ratesByMonth(sqlite: Database.Database, months: Window[]): Map<IsoDate, Record<(typeof RATES)[number], number | null>> {
  const rates = new Map<IsoDate, Record<(typeof RATES)[number], number | null>>();
  if (months.length === 0) return rates;
  const span = { from: months[0]!.from, to: months.at(-1)!.to };
  const windows = JSON.stringify(months.map((m) => [m.from, m.to, addDays(m.to, 1)]));
  const rows = sqlite.prepare(SQL).raw().all({ ...countedParams(span), months: windows }) as [IsoDate, ...number[]][];
  const counts = new Map(rows.map(([from, ...n]) => [from, n]));
  for (const { from } of months) {
    const n = counts.get(from);
    const count = (c: DossierCountCode) => n?.[COUNTS.indexOf(c)] ?? 0;
    const rate = (code: (typeof RATES)[number]) => {
      const { part, whole } = countRate(code, count);
      return ratePercent(part, whole);
    };
    rates.set(from, { "tthc.ho_so.dung_han_ty_le": rate("tthc.ho_so.dung_han_ty_le"), "tthc.ho_so.truc_tuyen_ty_le": rate("tthc.ho_so.truc_tuyen_ty_le") });
  }
  return rates;
}

export function monthlyRates(sqlite: Database.Database, year: number, today: IsoDate): MonthlyRates {
  const previous = monthsOf(year - 1, today);
  const current = monthsOf(year, today);
  const rates = ratesByMonth(sqlite, [...previous, ...current].filter((m): m is Window => m !== null));
  const series = (months: (Window | null)[], code: (typeof RATES)[number]) => months.map((m) => (m ? (rates.get(m.from)?.[code] ?? null) : null));
  return {
    year,
    onTime: series(current, "tthc.ho_so.dung_han_ty_le"),
    online: series(current, "tthc.ho_so.truc_tuyen_ty_le"),
    lastYearOnTime: series(previous, "tthc.ho_so.dung_han_ty_le"),
    lastYearOnline: series(previous, "tthc.ho_so.truc_tuyen_ty_le"),
  };
}
