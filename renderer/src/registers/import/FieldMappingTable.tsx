import { Select, Table, Tag, Typography, type TableProps } from "antd";
import { TAG_STYLES } from "../../dossiers/labels";
import type { FieldMapping, RegisterImportPreview } from "./types";

const UNUSED = "";

type Field = RegisterImportPreview["fields"][number];

interface Props {
  preview: RegisterImportPreview;
  mapping: FieldMapping;
  busy: boolean;
  onChange: (field: string, header: string | null) => void;
}

/** Each column of the register → the column of the file it is read from; the clerk may change any of them. */
export function FieldMappingTable({ preview, mapping, busy, onChange }: Props) {
  const options = [{ value: UNUSED, label: "(không dùng)" }, ...[...new Set(preview.headers.filter((h) => h.trim()))].map((h) => ({ value: h, label: h }))];
  const missing = new Set(preview.missingFields);
  const columns: TableProps<Field>["columns"] = [
    { key: "label", title: "Cột của sổ", width: 220, render: (_, f) => <Typography.Text strong={f.required}>{f.label}</Typography.Text> },
    {
      key: "header",
      title: "Đọc từ cột trong tệp",
      render: (_, f) => (
        <Select<string>
          aria-label={`Cột trong tệp cho “${f.label}”`}
          value={mapping[f.field] ?? UNUSED}
          options={options}
          disabled={busy}
          status={missing.has(f.field) ? "error" : undefined}
          showSearch={{ optionFilterProp: "label" }}
          onChange={(v) => onChange(f.field, v === UNUSED ? null : v)}
          style={{ width: "100%", maxWidth: 340 }}
        />
      ),
    },
    {
      key: "note",
      title: "Ghi chú",
      width: 200,
      render: (_, f) => (missing.has(f.field) ? <Tag style={TAG_STYLES.red}>Bắt buộc – chưa chọn cột</Tag> : f.required ? <Typography.Text type="secondary">Bắt buộc</Typography.Text> : null),
    },
  ];
  return <Table<Field> rowKey="field" size="small" columns={columns} dataSource={preview.fields} pagination={false} data-testid="register-import-mapping" />;
}
