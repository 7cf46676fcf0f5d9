import { Table, Typography, type TableProps } from "antd";
import { FIELD_LABELS, isDossierField } from "../labels";
import type { ColumnMapping } from "../types";

interface Props {
  headers: string[];
  rows: string[][];
  mapping: ColumnMapping;
}

type SampleLine = { key: number; cells: string[] };

/** The first rows of the file as read, each column titled by its header and the field it fills. */
export function SampleTable({ headers, rows, mapping }: Props) {
  const fieldOfHeader = new Map<string, string>();
  for (const [field, header] of Object.entries(mapping)) {
    if (header && isDossierField(field)) fieldOfHeader.set(header, FIELD_LABELS[field]);
  }
  const columns: TableProps<SampleLine>["columns"] = headers.map((header, i) => {
    const field = fieldOfHeader.get(header);
    return {
      key: `${i}`,
      title: (
        <span>
          {header || `(cột ${i + 1})`}
          <Typography.Text type={field ? undefined : "secondary"} style={{ display: "block", fontSize: 12, fontWeight: 400, color: field ? "#135200" : undefined }}>
            {field ? `→ ${field}` : "không dùng"}
          </Typography.Text>
        </span>
      ),
      width: 160,
      ellipsis: { showTitle: true },
      render: (_, line) => line.cells[i] ?? "",
    };
  });
  return (
    <Table<SampleLine>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows.map((cells, key) => ({ key, cells }))}
      pagination={false}
      scroll={{ x: Math.max(headers.length * 160, 600) }}
      bordered
    />
  );
}
