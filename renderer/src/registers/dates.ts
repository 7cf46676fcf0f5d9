import dayjs, { type Dayjs } from "dayjs";

/** How a date is shown and typed: 09/10/2025 (also 9/10/2025 or 09102025 when typed). */
export const DATE_FORMATS = ["DD/MM/YYYY", "D/M/YYYY", "DDMMYYYY"];

/** "2025-10-09" → the picker's value; null stays null. */
export const fromIso = (iso: string | null): Dayjs | null => (iso ? dayjs(iso) : null);

/** The picker's value → "2025-10-09", as the API stores dates. */
export const toIso = (d: Dayjs | null | undefined): string | null => (d ? d.format("YYYY-MM-DD") : null);

/** Today's calendar date on this computer, "2025-10-09". */
export const todayIso = (): string => dayjs().format("YYYY-MM-DD");
