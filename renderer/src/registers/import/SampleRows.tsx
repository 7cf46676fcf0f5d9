import { Table, type TableProps } from "antd";

type Line = { key: number; cells: string[] };

/** The first rows of the file as the app read them, under the file's own headers. */
export function SampleRows({ headers, rows }: { headers: string[]; rows: string[][] }) {
  const columns: TableProps<Line>["columns"] = headers.map((header, i) => ({
    key: String(i),
    title: header || `(cột ${i + 1})`,
    width: 150,
    ellipsis: { showTitle: true },
    render: (_, line) => line.cells[i] ?? "",
  }));
  return (
    <Table<Line> size="small" bordered rowKey="key" columns={columns} dataSource={rows.map((cells, key) => ({ key, cells }))} pagination={false} scroll={{ x: Math.max(headers.length * 150, 600) }} />
  );
}
