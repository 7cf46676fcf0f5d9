const number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** A figure as Vietnamese forms write it: 1.150, 97,46 %, and "–" where there is none. */
export function formatFigure(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return "–";
  return unit === "%" ? `${number.format(value)} %` : number.format(value);
}
