import { changeText } from "../../../core/audit-words";
import { call } from "../api";
import { formatDate, formatMoment, formatNumber } from "../format";
import type { PrintSpec } from "../print/printDocument";
import { ACTION_LABELS, type AuditFilter, type AuditPage, type AuditRow } from "./types";

/** More changes than this make a print nobody reads: the clerk is asked to filter instead. */
export const PRINT_LIMIT = 2000;
const BATCH = 200;

function filterDescription(f: AuditFilter, entities: AuditPage["entities"]): string {
  const parts: string[] = [];
  if (f.entity) parts.push(`loại dữ liệu: ${entities.find((e) => e.entity === f.entity)?.label ?? f.entity}`);
  if (f.userName) parts.push(`người thực hiện: ${f.userName}`);
  if (f.action) parts.push(`việc: ${ACTION_LABELS[f.action]?.label ?? f.action}`);
  if (f.from && f.to) parts.push(`từ ngày ${formatDate(f.from)} đến ngày ${formatDate(f.to)}`);
  if (f.search) parts.push(`tìm “${f.search}”`);
  return parts.length ? `Lọc theo ${parts.join("; ")}.` : "Mọi thay đổi đã ghi.";
}

/** Every change of the filter, up to PRINT_LIMIT, newest first as the log shows them. */
export async function auditPrintSpec(filter: AuditFilter): Promise<PrintSpec<AuditRow>> {
  const rows: AuditRow[] = [];
  let total = 0;
  let entities: AuditPage["entities"] = [];
  do {
    const page = await call("audit.list", { ...filter, offset: rows.length, limit: BATCH });
    total = page.total;
    entities = page.entities;
    rows.push(...page.rows);
    if (page.rows.length === 0) break;
  } while (rows.length < Math.min(total, PRINT_LIMIT));
  const printed = rows.slice(0, PRINT_LIMIT);
  return {
    title: "Nhật ký thay đổi dữ liệu",
    subtitle: filterDescription(filter, entities),
    rows: printed,
    note: total > printed.length ? `Bản in chỉ gồm ${formatNumber(printed.length)} trong ${formatNumber(total)} thay đổi khớp bộ lọc. Hãy lọc hẹp hơn (theo ngày, loại dữ liệu…) để in đủ.` : undefined,
    columns: [
      { title: "Lúc", width: 11, value: (r) => formatMoment(r.at) },
      { title: "Người", width: 12, value: (r) => r.userName },
      { title: "Việc", width: 8, value: (r) => r.actionLabel },
      { title: "Dữ liệu", width: 18, value: (r) => [r.entityLabel, r.subject].filter(Boolean).join(" · ") },
      { title: "Thay đổi", width: 46, value: (r) => changeText(r.action, r.changes) },
    ],
  };
}
