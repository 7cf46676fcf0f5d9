import type { Report } from "./types";

/**
 * Each indicator as a clerk can pick it from a list: "III.8 Số hồ sơ đã giải quyết". A sub-row says what it details,
 * since several read alike ("– Trong đó: quá hạn (thuộc III.8 Số hồ sơ đã giải quyết)").
 */
export function indicatorNames(report: Report): Map<string, string> {
  const names = new Map<string, string>();
  for (const section of report.sections) {
    let parent = "";
    for (const row of section.rows) {
      const numbered = /\d/.test(row.stt);
      const name = numbered ? `${section.stt}.${row.stt} ${row.label}` : `${row.label} (thuộc ${parent})`;
      if (numbered) parent = name;
      names.set(row.code, name);
    }
  }
  return names;
}
