import type { ReactNode } from "react";
import type { TableProps } from "antd";
import { formatNumber, formatWindow } from "../../format";
import { RateCell } from "./RateCell";
import type { SatisfactionRound } from "./types";

type Columns = NonNullable<TableProps<SatisfactionRound>["columns"]>;

export const fieldLabel = (field: string | null): string => field ?? "Tất cả lĩnh vực";

/** The rounds' columns; `actions` draws the last one (Sửa, Xóa). */
export function satisfactionColumns(actions: (r: SatisfactionRound) => ReactNode): Columns {
  return [
    { key: "period", title: "Từ ngày – Đến ngày", width: 200, render: (_, r) => formatWindow(r.periodFrom, r.periodTo) },
    { key: "field", title: "Lĩnh vực", width: 180, render: (_, r) => fieldLabel(r.field) },
    { key: "rated", title: "Số lượt đánh giá", width: 100, align: "right", render: (_, r) => formatNumber(r.rated) },
    { key: "satisfied", title: "Số hài lòng", width: 100, align: "right", render: (_, r) => formatNumber(r.satisfied) },
    { key: "rate", title: "Tỷ lệ", width: 190, render: (_, r) => <RateCell satisfied={r.satisfied} rated={r.rated} field={r.field} /> },
    {
      key: "source",
      title: "Nguồn số liệu",
      ellipsis: { showTitle: false },
      render: (_, r) => (r.source ? <span title={r.source}>{r.source}</span> : "–"),
    },
    { key: "actions", title: <span className="visually-hidden">Thao tác</span>, width: 106, render: (_, r) => actions(r) },
  ];
}
