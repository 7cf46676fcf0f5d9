import type { IsoDate } from "../../shared/dates";
import { standardPeriod, type ResolvedPeriod } from "../periods";
import type { ProvinceProfile } from "../profiles";
import type { Window } from "../indicators/window";

export interface CurrentWindow extends Window {
  /** The report year it belongs to. */
  year: number;
}

/**
 * The window the overview's figures cover: from the start of the report year
 * as the profile sets it (15/12 of the year before in Hải Phòng) to the end of
 * the nearest report's window, or to today while that window is still open.
 * Between the last report of a year and the start of the next, the year just
 * closed.
 */
export function currentWindow(profile: ProvinceProfile, nearest: ResolvedPeriod, today: IsoDate): CurrentWindow {
  const yearStart = standardPeriod(nearest.year, "Y", profile).from;
  if (today < yearStart) {
    const closed = standardPeriod(nearest.year - 1, "Y", profile);
    return { from: closed.from, to: closed.to, year: closed.year };
  }
  return { from: yearStart, to: nearest.to < today ? nearest.to : today, year: nearest.year };
}
