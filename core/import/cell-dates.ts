import { formatDateVi, isValidDate } from "../../shared/dates";

/** A date read from a file: 'YYYY-MM-DD' or 'YYYY-MM-DD HH:mm:ss' wall-clock time in Vietnam. */
export interface ReadDate {
  value: string;
  precision: "date" | "datetime";
}

export type DateCell = string | number | Date | null | undefined;

const pad = (n: number) => String(n).padStart(2, "0");

function build(y: number, mo: number, d: number, h?: number, mi?: number, s?: number): ReadDate | null {
  if (!isValidDate(y, mo, d)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined) return { value: date, precision: "date" };
  if (h > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) return null;
  return { value: `${date} ${pad(h)}:${pad(mi ?? 0)}:${pad(s ?? 0)}`, precision: "datetime" };
}

const DAY_MS = 86_400_000;
/** Day 0 of each Excel date system, in days since 01/01/1970: 30/12/1899, or 01/01/1904 for workbooks that use that system. */
const EXCEL_EPOCH_DAYS = { 1900: Date.UTC(1899, 11, 30) / DAY_MS, 1904: Date.UTC(1904, 0, 1) / DAY_MS };

/** An Excel serial as a Date whose UTC fields are the wall-clock value typed in Excel, to the millisecond as exceljs gives it. */
export const excelSerialDate = (serial: number, date1904 = false): Date => new Date(Math.round((serial + EXCEL_EPOCH_DAYS[date1904 ? 1904 : 1900]) * DAY_MS));

/**
 * An Excel serial (days since 30/12/1899, the fraction being the time of day)
 * as the wall-clock value the clerk saw: no time zone is applied.
 */
export function fromExcelSerial(serial: number): ReadDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const totalSeconds = Math.round(serial * 86_400);
  const days = Math.floor(totalSeconds / 86_400);
  const secondsOfDay = totalSeconds - days * 86_400;
  const d = excelSerialDate(days);
  const ymd = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] as const;
  if (secondsOfDay === 0) return build(...ymd);
  return build(...ymd, Math.floor(secondsOfDay / 3600), Math.floor((secondsOfDay % 3600) / 60), secondsOfDay % 60);
}

/**
 * An Excel date cell as the reader hands it over: a Date whose UTC fields are
 * the wall-clock value typed in Excel (Excel cells carry no time zone).
 */
export function fromExcelDate(d: Date): ReadDate | null {
  if (Number.isNaN(d.getTime())) return null;
  const ymd = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] as const;
  const [h, mi, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds() + (d.getUTCMilliseconds() >= 500 ? 1 : 0)];
  if (h === 0 && mi === 0 && s === 0) return build(...ymd);
  return build(...ymd, h, mi, Math.min(s, 59));
}

const TIME = String.raw`(\d{1,2})[:hg](\d{2})(?:[:'](\d{2}))?(?:\s*(SA|CH|AM|PM))?`;
const DMY = String.raw`(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})`;
const YMD = String.raw`(\d{4})-(\d{1,2})-(\d{1,2})`;
const DMY_THEN_TIME = new RegExp(`^${DMY}(?:[ T,]+${TIME})?$`, "i");
const TIME_THEN_DMY = new RegExp(`^${TIME}[ ,]+(?:ngày\\s+)?${DMY}$`, "i");
const YMD_THEN_TIME = new RegExp(`^${YMD}(?:[ T]+${TIME}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$`, "i");

function hour24(h: string, marker: string | undefined): number {
  const n = Number(h);
  const m = marker?.toUpperCase();
  if ((m === "CH" || m === "PM") && n < 12) return n + 12;
  if ((m === "SA" || m === "AM") && n === 12) return 0;
  return n;
}

const withTime = (h?: string, mi?: string, s?: string, marker?: string): [] | [number, number, number] => (h === undefined ? [] : [hour24(h, marker), Number(mi), s === undefined ? 0 : Number(s)]);

/** The number written by the n digits at `from`, or -1. */
function digitsAt(t: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const d = t.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * The shape nearly every export writes – "05/03/2025", "05/03/2025 14:30",
 * "05/03/2025 14:30:15" – read as the patterns below read it, without them
 * (a 100.000-row file has 300.000 dates); undefined for any other shape.
 */
function fromCommonShape(t: string): ReadDate | null | undefined {
  if ((t.length !== 10 && t.length !== 16 && t.length !== 19) || t[2] !== "/" || t[5] !== "/") return undefined;
  const [d, mo, y] = [digitsAt(t, 0, 2), digitsAt(t, 3, 2), digitsAt(t, 6, 4)];
  if (d < 0 || mo < 0 || y < 0) return undefined;
  if (t.length === 10) return build(y, mo, d);
  if (t[10] !== " " || t[13] !== ":" || (t.length === 19 && t[16] !== ":")) return undefined;
  const [h, mi, s] = [digitsAt(t, 11, 2), digitsAt(t, 14, 2), t.length === 19 ? digitsAt(t, 17, 2) : 0];
  return h < 0 || mi < 0 || s < 0 ? undefined : build(y, mo, d, h, mi, s);
}

/** dd/mm/yyyy[ HH:mm[:ss]], HH:mm dd/mm/yyyy, yyyy-mm-dd[ HH:mm[:ss]], dd-mm-yyyy, dd.mm.yyyy. */
export function fromText(text: string): ReadDate | null {
  const common = fromCommonShape(text);
  if (common !== undefined) return common;
  const t = text.trim().replace(/\s+/g, " ");
  let m = DMY_THEN_TIME.exec(t);
  if (m) return build(Number(m[3]), Number(m[2]), Number(m[1]), ...withTime(m[4], m[5], m[6], m[7]));
  m = TIME_THEN_DMY.exec(t);
  if (m) return build(Number(m[7]), Number(m[6]), Number(m[5]), ...withTime(m[1], m[2], m[3], m[4]));
  m = YMD_THEN_TIME.exec(t);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), ...withTime(m[4], m[5], m[6], m[7]));
  return null;
}

/** Any date cell; undefined for a blank, null for a value that is not a possible date. */
export function readDateCell(cell: DateCell): ReadDate | null | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (cell instanceof Date) return fromExcelDate(cell);
  if (typeof cell === "number") return fromExcelSerial(cell);
  const text = cell.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return fromExcelSerial(Number(text));
  return fromText(text);
}

/** As the clerk writes it: "05/03/2025 14:30", or "05/03/2025" for a date alone. */
export const formatReadDate = (d: ReadDate): string => (d.precision === "datetime" ? `${formatDateVi(d.value.slice(0, 10))} ${d.value.slice(11, 16)}` : formatDateVi(d.value));

/**
 * A row's cells as the clerk saw them in Excel: a date cell, and any date in
 * a date column (a serial, "2025-03-05 14:30"), as formatReadDate writes it;
 * everything else as read.
 */
export function shownCells(cells: readonly unknown[], texts: string[], dateColumns: ReadonlySet<number>): string[] {
  return texts.map((text, i) => {
    const cell = cells[i];
    if (!(cell instanceof Date) && !(dateColumns.has(i) && (typeof cell === "string" || typeof cell === "number"))) return text;
    const date = readDateCell(cell as DateCell);
    return date ? formatReadDate(date) : text;
  });
}
