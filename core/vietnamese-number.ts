import { formatNumber } from "./number-format";

/**
 * A number as a Vietnamese clerk types it: "." groups thousands and "," is the
 * decimal mark ("1.234,5" → 1234.5). A lone "." that cannot be a thousands
 * group ("97.5") is read as a decimal point, for figures typed on an English
 * keyboard or pasted from elsewhere. Spaces and a trailing "%" are ignored.
 */
export type ParsedNumber = { kind: "empty" } | { kind: "number"; value: number } | { kind: "invalid" };

const GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^-?\d+(,\d+)?$/;
const DOT_DECIMAL = /^-?\d*\.\d+$/;

export function parseVietnameseNumber(text: string): ParsedNumber {
  const cleaned = text.replace(/[\s\u00a0]/g, "").replace(/%$/, "");
  if (cleaned === "") return { kind: "empty" };
  let normalised: string | null = null;
  if (GROUPED.test(cleaned) || PLAIN.test(cleaned)) normalised = cleaned.replace(/\./g, "").replace(",", ".");
  else if (DOT_DECIMAL.test(cleaned)) normalised = cleaned;
  const value = normalised === null ? NaN : Number(normalised);
  return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid" };
}

/** A stored figure as the input shows it again for editing: 1234.5 → "1.234,5". */
export const numberToInput = (value: number | null): string => (value === null ? "" : formatNumber(value, 10));
