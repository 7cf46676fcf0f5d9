import { addDays, type IsoDate } from "../../shared/dates";

/** A report window: calendar dates in Vietnam, both ends included. */
export interface Window {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The window as SQL parameters @from, @to and @after (the day after `to`).
 * Stored dates and moments compare as text, so "on or before `to`" for a
 * moment 'YYYY-MM-DD HH:mm:ss' is "< @after", and "date before `to`" is "< @to".
 */
export const windowParams = (w: Window) => ({ from: w.from, to: w.to, after: addDays(w.to, 1) });
