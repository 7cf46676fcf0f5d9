import { Typography } from "antd";
import type { RegisterRow } from "../../../../core/records/registers/descriptor";
import { formatNumber } from "../../format";
import { todayIso } from "../../registers/dates";
import { paknStatus, type PaknStatus } from "./paknStatus";

/** "63 phản ánh, kiến nghị · 55 đã giải quyết · 3 đang xử lý · 5 quá hạn" over the rows shown. */
export function PaknSummary({ rows, searching }: { rows: readonly RegisterRow[] | null; searching: boolean }) {
  if (!rows) return <Typography.Text type="secondary">Đang tải…</Typography.Text>;
  const today = todayIso();
  const by: Record<PaknStatus, number> = { resolved: 0, open: 0, overdue: 0 };
  for (const r of rows) by[paknStatus(r, today)] += 1;
  const n = formatNumber;
  const total = `${searching ? "Tìm thấy " : ""}${n(rows.length)} phản ánh, kiến nghị`;
  return (
    <Typography.Text strong data-testid="pakn-summary" aria-live="polite">
      {[total, `${n(by.resolved)} đã giải quyết`, `${n(by.open)} đang xử lý`, `${n(by.overdue)} quá hạn`].join(" · ")}
    </Typography.Text>
  );
}
