import { formatFigure } from "../../../core/indicators/format";

/** A figure as the overview writes it: "1.150", "97,66 %", "–" where there is none. */
export const figureText = (value: number | null, unit: string): string => formatFigure(value, unit === "%" ? "%" : "");

/** "+41", "−3", "+1,73 điểm %", "không đổi"; null when there is nothing to compare. */
export function changeText(change: number | null, unit: string): string | null {
  if (change === null) return null;
  if (change === 0) return "không đổi";
  const size = formatFigure(Math.abs(change), "");
  return `${change > 0 ? "+" : "−"}${size}${unit === "%" ? " điểm %" : ""}`;
}
