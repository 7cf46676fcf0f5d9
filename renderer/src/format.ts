import { formatNumber } from "../../core/number-format";

export { formatNumber };

/** "2027-03-09" → "09/03/2027"; read from the string itself so no time zone can shift the day. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "–";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * A local moment "2027-03-09 08:30" as the app writes it, the time first: "08:30 09/03/2027",
 * or in a sentence "08:30 ngày 09/03/2027". A deadline set to a day alone shows the day alone.
 */
export function formatMoment(localDateTime: string, style: "short" | "sentence" = "short"): string {
  const time = localDateTime.length > 10 ? `${localDateTime.slice(11, 16)} ` : "";
  return `${time}${style === "sentence" ? "ngày " : ""}${formatDate(localDateTime)}`;
}

export const formatWindow = (from: string, to: string): string => `${formatDate(from)} – ${formatDate(to)}`;

export function formatDaysLeft(days: number): string {
  if (days === 0) return "hôm nay";
  if (days > 0) return `còn ${formatNumber(days)} ngày`;
  return `quá hạn ${formatNumber(-days)} ngày`;
}
