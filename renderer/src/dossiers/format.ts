import dayjs from "dayjs";

/**
 * A stored date as the clerk reads it: "2025-03-05 14:30:00" → "05/03/2025 14:30", "2025-03-05" → "05/03/2025".
 * Read from the string itself so no time zone can shift it; only an instant with a zone (an ISO time stamp) is
 * converted to local time.
 */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "–";
  if (/T.*(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const d = dayjs(value);
    if (d.isValid()) return d.format("DD/MM/YYYY HH:mm");
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(value);
  if (!m) return value;
  const date = `${m[3]}/${m[2]}/${m[1]}`;
  return m[4] && m[5] ? `${date} ${m[4]}:${m[5]}` : date;
}
