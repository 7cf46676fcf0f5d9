/**
 * A figure as an Excel cell: a number, so that SUM and every locale read it,
 * with a format that shows it the Vietnamese way (1.234,5 – 89,58 %) and as
 * many decimals as it has; no figure is the text "–", never 0.
 */
export function figureCell(value: number | null): { value: number | string; numFmt?: string } {
  return value === null ? { value: "–" } : { value, numFmt: figureFormat(value) };
}

/** Excel's number format for a figure: Vietnamese (LCID 42A) grouping, as many decimals as the value has (up to 6), and a suffix shown after it (" %"). */
export function figureFormat(value: number, suffix = ""): string {
  const decimals = Math.min((String(value).split(".")[1] ?? "").length, 6);
  return `[$-42A]#,##0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}${suffix ? `"${suffix}"` : ""}`;
}
