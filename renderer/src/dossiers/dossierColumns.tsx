import type { ReactNode } from "react";
import { CHANNEL_LABELS } from "./labels";
import { formatDateTime } from "./format";
import { LateTag, StatusTag } from "./StatusTag";
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

/** Text cut with "…" by its column; the whole of it in the tooltip. */
const clipped = (value: string | null) => (value ? <span title={value}>{value}</span> : "–");

export const DOSSIER_COLUMNS: readonly DossierColumn[] = [
  { key: "code", title: "Mã hồ sơ", width: 200, ellipsis: true, render: (r) => clipped(r.code) },
  { key: "procedureName", title: "Thủ tục", width: 210, ellipsis: true, render: (r) => clipped(r.procedureName) },
  { key: "field", title: "Lĩnh vực", width: 120, ellipsis: true, render: (r) => clipped(r.field) },
  { key: "status", title: "Trạng thái", width: 128, render: (r) => <StatusTag status={r.status} raw={r.statusRaw} /> },
  { key: "receivedAt", title: "Ngày tiếp nhận", width: 132, render: (r) => formatDateTime(r.receivedAt) },
  { key: "dueAt", title: "Hạn trả", width: 132, render: (r) => formatDateTime(r.dueAt) },
  { key: "resultAt", title: "Ngày có kết quả", width: 132, render: (r) => formatDateTime(r.resultAt) },
  { key: "late", title: "Quá hạn", width: 84, render: (r) => <LateTag late={r.late} /> },
  { key: "channel", title: "Kênh", width: 140, ellipsis: true, render: (r) => clipped(r.channel ? CHANNEL_LABELS[r.channel] : null) },
  { key: "applicantName", title: "Người nộp", width: 140, ellipsis: true, render: (r) => clipped(r.applicantName) },
];

export const DOSSIER_TABLE_WIDTH = DOSSIER_COLUMNS.reduce((sum, c) => sum + c.width, 0);
