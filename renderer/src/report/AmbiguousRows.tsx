import { Select, Table, type TableProps } from "antd";
import type { ApiOutput } from "../../../core/api/contract";

type AmbiguousRow = ApiOutput<"report.fillForm">["ambiguous"][number];

/** The user's choice for a form row: an indicator's code, or null to leave the row empty. */
export type RowChoices = Record<string, string | null>;

const SKIP = "";

interface Props {
  rows: AmbiguousRow[];
  names: Map<string, string>;
  choices: RowChoices;
  onChange: (choices: RowChoices) => void;
}

/** Rows of the form that read like more than one indicator: the user says which one, or skips the row. */
export function AmbiguousRows({ rows, names, choices, onChange }: Props) {
  const columns: TableProps<AmbiguousRow>["columns"] = [
    { key: "row", title: "Dòng", width: 64, render: (_, r) => r.row },
    { key: "label", title: "Nội dung trong mẫu", render: (_, r) => r.label },
    {
      key: "choice",
      title: "Điền số liệu của chỉ tiêu",
      width: 340,
      render: (_, r) => (
        <Select
          aria-label={`Chỉ tiêu cho dòng ${r.row}: ${r.label}`}
          placeholder="Chọn chỉ tiêu…"
          style={{ width: "100%" }}
          popupMatchSelectWidth={false}
          value={r.row in choices ? (choices[r.row] ?? SKIP) : undefined}
          onChange={(code: string) => onChange({ ...choices, [r.row]: code === SKIP ? null : code })}
          options={[
            ...r.candidates.map((code) => ({ value: code, label: names.get(code) ?? code })),
            { value: SKIP, label: "Bỏ qua, không điền dòng này" },
          ]}
        />
      ),
    },
  ];
  return (
    <div data-testid="fill-ambiguous">
      <Table<AmbiguousRow> rowKey="row" size="small" columns={columns} dataSource={rows} pagination={false} />
    </div>
  );
}
