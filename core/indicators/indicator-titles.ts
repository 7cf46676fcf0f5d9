import type { Catalogue } from "./catalogue";

export interface IndicatorTitle {
  /** The row as named on its own: a "– Trong đó" detail with the row it details ("Số hồ sơ đã giải quyết – trong đó: quá hạn"). */
  name: string;
  /** Its place in the table: "mục III, STT 10" – the STT starts again in every section, and a detail sits under its row's. */
  place: string;
}

/**
 * Each row of the template named as a message or a log names it, outside the
 * table: Phụ lục 3 has two "quá hạn" details (đã and đang giải quyết), and a
 * reader must know which.
 */
export function indicatorTitles(catalogue: Catalogue): Map<string, IndicatorTitle> {
  const titles = new Map<string, IndicatorTitle>();
  for (const section of catalogue.sections) {
    let parent: { stt: string; label: string } | null = null;
    for (const row of section.indicators) {
      const detail = row.stt === "–" && parent !== null;
      if (!detail) parent = row;
      const name = detail ? `${parent!.label} – ${row.label.replace(/^[–-]\s*/u, "").replace(/^Trong đó:/u, "trong đó:")}` : row.label;
      const stt = parent?.stt ?? row.stt;
      titles.set(row.code, { name, place: stt === "–" ? `mục ${section.stt}` : `mục ${section.stt}, STT ${stt}` });
    }
  }
  return titles;
}
