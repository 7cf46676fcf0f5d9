import { useState } from "react";
import { Select, Switch, Table, Tag, Typography, type TableProps } from "antd";
import { DOSSIER_FIELDS, FIELD_LABELS, TAG_STYLES } from "../labels";
import type { ColumnMapping, DossierField } from "../types";
import { stack } from "../layout";

const UNUSED = "";

interface Props {
  headers: string[];
  mapping: ColumnMapping;
  missing: DossierField[];
  busy: boolean;
  onChange: (field: DossierField, header: string | null) => void;
}

interface Line {
  field: DossierField;
  header: string | undefined;
  missing: boolean;
}

/** Each field of a dossier → the column of the file it is read from; the user may change any of them. */
export function MappingTable({ headers, mapping, missing, busy, onChange }: Props) {
  const [showAll, setShowAll] = useState(false);
  const options = [{ value: UNUSED, label: "(không dùng)" }, ...[...new Set(headers.filter((h) => h.trim() !== ""))].map((h) => ({ value: h, label: h }))];
  const all: Line[] = DOSSIER_FIELDS.map((field) => ({ field, header: mapping[field], missing: missing.includes(field) }));
  const lines = showAll ? all : all.filter((l) => l.header !== undefined || l.missing);
  const hidden = all.length - lines.length;

  const columns: TableProps<Line>["columns"] = [
    {
      key: "field",
      title: "Thông tin của hồ sơ",
      width: 240,
      render: (_, l) => <Typography.Text strong={l.missing}>{FIELD_LABELS[l.field]}</Typography.Text>,
    },
    {
      key: "header",
      title: "Đọc từ cột trong tệp",
      render: (_, l) => (
        <Select<string>
          aria-label={`Cột trong tệp cho “${FIELD_LABELS[l.field]}”`}
          value={l.header ?? UNUSED}
          options={options}
          disabled={busy}
          status={l.missing ? "error" : undefined}
          showSearch={{ optionFilterProp: "label" }}
          onChange={(v) => onChange(l.field, v === UNUSED ? null : v)}
          style={{ width: "100%", maxWidth: 360 }}
        />
      ),
    },
    {
      key: "note",
      title: "Ghi chú",
      width: 260,
      render: (_, l) =>
        l.missing ? (
          <Tag style={TAG_STYLES.red}>Bắt buộc – chưa chọn cột</Tag>
        ) : l.header !== undefined ? (
          <Tag style={TAG_STYLES.green}>Đã ghép cột</Tag>
        ) : (
          <Typography.Text type="secondary">Không dùng</Typography.Text>
        ),
    },
  ];

  return (
    <div style={stack(8)}>
      <Table<Line>
        rowKey="field"
        size="small"
        columns={columns}
        dataSource={lines}
        pagination={false}
        onRow={(l) => (l.missing ? { style: { background: "#fff1f0" } } : {})}
        data-testid="import-mapping"
      />
      {(hidden > 0 || showAll) && (
        <label style={{ display: "inline-flex", gap: 8, alignItems: "center" }}>
          <Switch size="small" checked={showAll} onChange={setShowAll} />
          <span>Hiện cả các thông tin chưa ghép cột{showAll ? "" : ` (${hidden})`}</span>
        </label>
      )}
    </div>
  );
}
