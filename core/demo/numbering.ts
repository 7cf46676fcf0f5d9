import { daysInclusive, type IsoDate } from "../../shared/dates";
import { TWO_TIER_START } from "./calendar";

/** Series of the commune's outgoing documents (the part after "/" in "623/UBND-VHXH"), with their usual pace per calendar day. */
const SERIES_PER_DAY = {
  UBND: 6.4,
  "QĐ-UBND": 2.2,
  "KH-UBND": 0.45,
  "BC-UBND": 1.1,
  "TB-UBND": 0.5,
  // Legal normative documents are few: numbered one after another.
  "QĐ-UBND-QPPL": 0,
  "NQ-HĐND-QPPL": 0,
} as const;

export type Series = keyof typeof SERIES_PER_DAY;

/**
 * Numbers documents the way a commune's register does: each series restarts
 * on 1 January, and the new commune's first series began on 01/07/2025. A
 * number is the series' usual count by that date, or the next free one, so
 * the numbers of a series grow with the date for whoever asks in date order.
 */
export class DocumentNumbers {
  private readonly used = new Map<string, Set<number>>();

  next(series: Series, date: IsoDate): number {
    const year = date.slice(0, 4);
    const first = date >= TWO_TIER_START && year === TWO_TIER_START.slice(0, 4) ? TWO_TIER_START : `${year}-01-01`;
    const elapsed = daysInclusive(first, date) - 1;
    const key = `${series}|${first}`;
    let used = this.used.get(key);
    if (!used) this.used.set(key, (used = new Set()));
    let n = Math.floor(SERIES_PER_DAY[series] * elapsed) + 1;
    while (used.has(n)) n++;
    used.add(n);
    return n;
  }

  /** "623/UBND-VHXH", "15/KH-UBND", "02/2025/QĐ-UBND" (legal normative documents carry their year). */
  symbol(series: Series, date: IsoDate, department?: string): string {
    const n = this.next(series, date);
    const padded = n < 10 ? `0${n}` : String(n);
    switch (series) {
      case "UBND":
        return `${padded}/UBND${department ? `-${department}` : ""}`;
      case "QĐ-UBND-QPPL":
        return `${padded}/${date.slice(0, 4)}/QĐ-UBND`;
      case "NQ-HĐND-QPPL":
        return `${padded}/${date.slice(0, 4)}/NQ-HĐND`;
      default:
        return `${padded}/${series}`;
    }
  }
}
