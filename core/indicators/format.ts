import { formatNumber } from "../number-format";

/** A figure as Vietnamese forms write it: 1.150, 97,46 %, and "–" where there is none (or none that is finite). */
export function formatFigure(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return unit.includes("%") ? `${formatNumber(value)} %` : formatNumber(value);
}
