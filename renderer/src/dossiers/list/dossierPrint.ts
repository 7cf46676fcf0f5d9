import { call } from "../../api";
import { formatNumber } from "../../format";
import type { PrintSpec } from "../../print/printDocument";
import { overdueText } from "../dossierColumns";
import { formatDateTime } from "../format";
import { CHANNEL_LABELS, SORT_OPTIONS, STATUS_LABELS } from "../labels";
import type { DossierRow } from "../types";
import { OVERDUE_OPTIONS, toListFilter, type FilterValues } from "./filterState";

/** More rows than this make a print of hundreds of pages: the clerk is asked to filter instead. */
export const PRINT_LIMIT = 5000;
const BATCH = 1000;

/** The filter in words, for the print's subtitle: "Lĩnh vực: Hộ tịch; tiếp nhận từ 01/01/2026 đến 31/01/2026". */
export function filterDescription(v: FilterValues): string {
  const parts: string[] = [];
  if (v.search.trim()) parts.push(`tìm “${v.search.trim()}”`);
  if (v.field !== undefined) parts.push(`lĩnh vực: ${v.field || "(trống)"}`);
  if (v.channel) parts.push(`kênh: ${CHANNEL_LABELS[v.channel]}`);
  if (v.status) parts.push(`trạng thái: ${STATUS_LABELS[v.status]}`);
  if (v.received) parts.push(`tiếp nhận từ ${v.received[0].format("DD/MM/YYYY")} đến ${v.received[1].format("DD/MM/YYYY")}`);
  if (v.overdue) parts.push(OVERDUE_OPTIONS.find((o) => o.value === v.overdue)!.label.toLowerCase());
  const sort = SORT_OPTIONS.find((o) => o.value === v.sort)?.label;
  const filter = parts.length ? `Lọc theo ${parts.join("; ")}` : "Tất cả hồ sơ đã nhập";
  return sort ? `${filter}. Sắp xếp: ${sort.toLowerCase()}.` : `${filter}.`;
}

/** Every dossier of the filter, up to PRINT_LIMIT, read a thousand at a time. */
async function allRows(v: FilterValues): Promise<{ rows: DossierRow[]; total: number }> {
  const filter = toListFilter(v, v.search);
  const rows: DossierRow[] = [];
  let total = 0;
  do {
    const page = await call("dossiers.list", { ...filter, sort: v.sort, offset: rows.length, limit: BATCH });
    total = page.total;
    rows.push(...page.rows);
    if (page.rows.length === 0) break;
  } while (rows.length < Math.min(total, PRINT_LIMIT));
  return { rows: rows.slice(0, PRINT_LIMIT), total };
}

export async function dossierPrintSpec(v: FilterValues): Promise<PrintSpec<DossierRow>> {
  const { rows, total } = await allRows(v);
  return {
    title: "Danh sách hồ sơ thủ tục hành chính",
    subtitle: filterDescription(v),
    rows,
    note: total > rows.length ? `Bản in chỉ gồm ${formatNumber(rows.length)} trong ${formatNumber(total)} hồ sơ khớp bộ lọc. Hãy lọc hẹp hơn (theo ngày tiếp nhận, lĩnh vực…) để in đủ.` : undefined,
    columns: [
      { title: "Mã hồ sơ", width: 16, value: (r) => r.code },
      { title: "Thủ tục", width: 24, value: (r) => r.procedureName },
      { title: "Lĩnh vực", width: 11, value: (r) => r.field },
      { title: "Trạng thái", width: 10, value: (r) => STATUS_LABELS[r.status] },
      { title: "Ngày tiếp nhận", width: 10, align: "center", value: (r) => formatDateTime(r.receivedAt) },
      { title: "Hạn trả", width: 10, align: "center", value: (r) => formatDateTime(r.dueAt) },
      { title: "Ngày có kết quả", width: 10, align: "center", value: (r) => formatDateTime(r.resultAt) },
      { title: "Quá hạn", width: 7, align: "center", value: (r) => overdueText(r.overdueDays) },
      { title: "Kênh", width: 9, value: (r) => (r.channel ? CHANNEL_LABELS[r.channel] : null) },
      { title: "Người nộp", width: 12, value: (r) => r.applicantName },
    ],
  };
}
