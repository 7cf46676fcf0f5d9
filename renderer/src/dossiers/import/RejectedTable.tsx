import { Table, type TableProps } from "antd";
import { formatNumber } from "../../format";
import type { ImportResult } from "../types";

type Rejected = ImportResult["rejected"][number];

const columns: TableProps<Rejected>["columns"] = [
  { key: "row", title: "Dòng trong tệp", dataIndex: "row", width: 130, render: (row: number) => formatNumber(row) },
  { key: "reason", title: "Lý do", dataIndex: "reason" },
];

export function RejectedTable({ rows }: { rows: Rejected[] }) {
  return (
    <Table<Rejected>
      rowKey={(r) => `${r.row}-${r.reason}`}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false, size: "small" } : false}
      data-testid="import-rejected-rows"
    />
  );
}
