import { PERIOD_KIND_OPTIONS } from "../components/periodChoice";
import { formatMoment, formatNumber, formatWindow } from "../format";
import type { PrintSpec } from "../print/printDocument";
import { DEADLINE_SOURCES, STATE_LABELS, type DepartmentRow } from "./types";

const count = (c: { done: number; total: number }) => (c.total === 0 ? "–" : `${formatNumber(c.done)}/${formatNumber(c.total)}`);

/** "2026-Q1" → "Quý I năm 2026"; "2026-01-01..2026-01-31" → "01/01/2026 – 31/01/2026". */
export function periodWords(spec: string): string {
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(spec);
  if (range) return formatWindow(range[1]!, range[2]!);
  const [year, kind] = spec.split("-");
  const label = PERIOD_KIND_OPTIONS.find((o) => o.value === kind)?.label;
  return label ? `${label} năm ${year}` : spec;
}

/** Who was sent their part of the report, who has answered, and how much of it is done. */
export function departmentPrintSpec(rows: readonly DepartmentRow[], outlineTitle: string, period: string): PrintSpec<DepartmentRow> {
  return {
    title: "Theo dõi phần việc của các phòng ban",
    subtitle: `${outlineTitle} – kỳ ${periodWords(period)}.`,
    rows,
    columns: [
      { title: "Phòng ban", width: 22, value: (r) => [r.name, r.headName].filter(Boolean).join(" – ") },
      { title: "Trạng thái", width: 10, value: (r) => STATE_LABELS[r.state].label },
      { title: "Hạn gửi", width: 14, value: (r) => `${formatMoment(r.deadline)} (${DEADLINE_SOURCES[r.deadlineSource]})` },
      { title: "Đã gửi", width: 10, align: "center", value: (r) => (r.sentAt ? formatMoment(r.sentAt) : null) },
      { title: "Đã nhận lại", width: 10, align: "center", value: (r) => (r.receivedAt ? formatMoment(r.receivedAt) : null) },
      { title: "Nội dung", width: 8, align: "center", value: (r) => count(r.texts) },
      { title: "Số liệu", width: 8, align: "center", value: (r) => count(r.figures) },
      { title: "Minh chứng", width: 8, align: "center", value: (r) => count(r.evidence) },
    ],
  };
}
