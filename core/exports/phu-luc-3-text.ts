/** The words of Phụ lục 3 as every writer prints them (the Excel file, the appendix of the Word report). */
import { formatDateVi } from "../../shared/dates";
import { formatFigure } from "../indicators/format";
import type { Report, ReportRow } from "../indicators/report-types";

/** "Phụ lục 3. Số liệu kết quả …" → "PHỤ LỤC 3" and "SỐ LIỆU KẾT QUẢ …". */
export function appendixTitles(catalogueTitle: string): { heading: string; title: string } {
  const upper = (s: string) => s.toLocaleUpperCase("vi");
  const m = /^(phụ lục\s+\S+?)\.?\s+(.+)$/iu.exec(catalogueTitle.trim());
  return m ? { heading: upper(m[1]!), title: upper(m[2]!) } : { heading: "PHỤ LỤC 3", title: upper(catalogueTitle) };
}

export function periodLine(report: Report): string {
  const { from, to, estimateTo } = report.period;
  const estimate = report.withEstimate && estimateTo ? `; ước đạt đến ngày ${formatDateVi(estimateTo)}` : "";
  return `Số liệu từ ngày ${formatDateVi(from)} đến ngày ${formatDateVi(to)}${estimate}`;
}

/** The figure sent: the estimate where the report carries one, else the value in force. */
export const sentFigure = (report: Report, row: ReportRow): number | null => (report.withEstimate && row.estimate !== null ? row.estimate : row.value);

/** Marked "(ước)" only where the estimate differs from the actual figure (a stock or a rate kept as it is is no estimate). */
const isEstimated = (report: Report, row: ReportRow) => report.withEstimate && row.estimate !== null && row.estimate !== row.value;

/** The figure sent, written the Vietnamese way; the unit has its own column. */
export const figureText = (report: Report, row: ReportRow) => formatFigure(sentFigure(report, row), "");

/** What the province reads in "Ghi chú": the estimate mark with the actual figure, and an override's reason. */
export function noteText(report: Report, row: ReportRow): string {
  const notes: string[] = [];
  if (isEstimated(report, row)) notes.push(`(ước) Thực tế đến ${formatDateVi(report.period.to)}: ${formatFigure(row.value, row.unit)}`);
  if (row.origin === "ghi_de" && row.entry?.reason) notes.push(`Điều chỉnh: ${row.entry.reason}`);
  return notes.join("\n");
}
