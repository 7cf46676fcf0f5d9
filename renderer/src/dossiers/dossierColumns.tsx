import type { CSSProperties, ReactNode } from "react";
import { Tag } from "antd";
import { formatNumber } from "../format";
import { CHANNEL_LABELS, TAG_STYLES } from "./labels";
import { formatDateTime } from "./format";
import { StatusTag } from "./StatusTag";
import type { DossierRow } from "./types";

/** One column of a dossier table, independent of how the table holds its rows. */
export interface DossierColumn {
  key: string;
  title: string;
  width: number;
  render: (row: DossierRow) => ReactNode;
  /** Text that may be longer than the column: cut with "…", the whole text in the tooltip. */
  ellipsis?: boolean;
}

const LINE: CSSProperties = { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" };
const SECONDARY_LINE: CSSProperties = { ...LINE, color: "rgba(0, 0, 0, 0.65)", fontSize: 13 };

/** A line cut with "…" by its column; the whole of it in the tooltip. */
function Line({ value, secondary = false }: { value: string | null; secondary?: boolean }) {
  return (
    <div style={secondary ? SECONDARY_LINE : LINE} title={value ?? undefined}>
      {value || "–"}
    </div>
  );
}

/** Two facts in one cell, the second under the first: ten facts fit at 1366 px as five columns of two lines. */
const stacked = (first: string | null, second: string | null) => (
  <>
    <Line value={first} />
    <Line value={second} secondary />
  </>
);

/** A date over its time of day ("05/03/2025" / "14:30"), the date alone when no time was recorded. */
function moment(value: string | null) {
  const [date, time] = formatDateTime(value).split(" ");
  return time ? stacked(date!, time) : <Line value={date!} />;
}

/** How long a dossier is overdue, in words: "12 ngày", or "Trong ngày" when late by hours on the due day itself. */
export const overdueText = (days: number | null): string => (days === null ? "" : days === 0 ? "Trong ngày" : `${formatNumber(days)} ngày`);

function OverdueTag({ row }: { row: DossierRow }) {
  if (row.overdueDays === null) return null;
  const title =
    row.status === "pending" ? `Đang giải quyết, quá ngày hẹn trả ${overdueText(row.overdueDays)} tính đến hôm nay` : `Có kết quả sau hạn trả: ${overdueText(row.overdueDays).toLowerCase()}`;
  return (
    <Tag style={TAG_STYLES.red} title={title}>
      {overdueText(row.overdueDays)}
    </Tag>
  );
}

export const DOSSIER_COLUMNS: readonly DossierColumn[] = [
  { key: "code", title: "Mã hồ sơ · Người nộp", width: 210, ellipsis: true, render: (r) => stacked(r.code, r.applicantName) },
  { key: "procedureName", title: "Thủ tục · Lĩnh vực", width: 262, ellipsis: true, render: (r) => stacked(r.procedureName, r.field) },
  {
    key: "status",
    title: "Trạng thái · Kênh",
    width: 150,
    render: (r) => (
      <>
        <StatusTag status={r.status} raw={r.statusRaw} />
        <Line value={r.channel ? CHANNEL_LABELS[r.channel] : null} secondary />
      </>
    ),
  },
  { key: "receivedAt", title: "Tiếp nhận", width: 100, render: (r) => moment(r.receivedAt) },
  { key: "dueAt", title: "Hạn trả", width: 100, render: (r) => moment(r.dueAt) },
  { key: "resultAt", title: "Có kết quả", width: 100, render: (r) => moment(r.resultAt) },
  { key: "overdueDays", title: "Quá hạn", width: 96, render: (r) => <OverdueTag row={r} /> },
];

export const DOSSIER_TABLE_WIDTH = DOSSIER_COLUMNS.reduce((sum, c) => sum + c.width, 0);
