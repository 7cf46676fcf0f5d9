import { Select, Table, type TableProps } from "antd";

/** A form row the user decides: the indicators offered first (none for a row not recognised). */
export interface RowToDecide {
  row: number;
  label: string;
  candidates?: string[];
}

/** The user's choice for a form row: an indicator's code, codes to add up joined by "+", or null to leave the row empty. */
export type RowChoices = Record<string, string | null>;

const SKIP = "";

interface Props {
  rows: RowToDecide[];
  names: Map<string, string>;
  choices: RowChoices;
  onChange: (choices: RowChoices) => void;
  testId?: string;
}

/** The codes picked for a row: [] before a choice, else the indicators to add up; null when the row is skipped. */
const pickedOf = (choices: RowChoices, row: number): string[] | null => (row in choices ? (choices[row]?.split("+") ?? null) : []);

/**
 * Rows of the form the app could not settle: the user says which indicator
 * each one is – adding more under it when the row is their sum – or skips
 * the row.
 */
export function AmbiguousRows({ rows, names, choices, onChange, testId = "fill-ambiguous" }: Props) {
  const setCodes = (row: number, codes: string[] | null) => {
    const next = { ...choices };
    if (codes === null) next[row] = null;
    else if (codes.length) next[row] = codes.join("+");
    else delete next[row];
    onChange(next);
  };
  const optionsOf = (codes: string[]) => codes.map((code) => ({ value: code, label: names.get(code) ?? code }));
  const columns: TableProps<RowToDecide>["columns"] = [
    { key: "row", title: "Dòng", width: 64, render: (_, r) => r.row },
    { key: "label", title: "Nội dung trong mẫu", render: (_, r) => r.label },
    {
      key: "choice",
      title: "Điền số liệu của chỉ tiêu",
      width: 380,
      render: (_, r) => {
        const offered = r.candidates?.length ? r.candidates : [...names.keys()];
        const picked = pickedOf(choices, r.row);
        const codes = picked ?? [];
        return (
          <div style={{ display: "grid", gap: 4 }}>
            <Select
              aria-label={`Chỉ tiêu cho dòng ${r.row}: ${r.label}`}
              placeholder="Chọn chỉ tiêu…"
              showSearch={{ optionFilterProp: "label" }}
              style={{ width: "100%" }}
              popupMatchSelectWidth={false}
              value={picked === null ? SKIP : codes[0]}
              onChange={(code: string) => setCodes(r.row, code === SKIP ? null : [code, ...codes.slice(1)])}
              options={[...optionsOf(offered), { value: SKIP, label: "Bỏ qua, không điền dòng này" }]}
            />
            {/* A row that is the sum of several indicators ("kỳ trước chuyển sang và tiếp nhận mới"): each one added under the first. */}
            {codes.length
              ? [...codes.slice(1), undefined].map((code, i) => (
                  <Select
                    key={`${r.row}-${i}`}
                    aria-label={`Chỉ tiêu cộng thêm cho dòng ${r.row}`}
                    placeholder="+ Cộng thêm số liệu của chỉ tiêu…"
                    showSearch={{ optionFilterProp: "label" }}
                    allowClear
                    style={{ width: "100%" }}
                    popupMatchSelectWidth={false}
                    value={code}
                    onChange={(picked?: string) => setCodes(r.row, [codes[0]!, ...codes.slice(1).filter((_, j) => j !== i), ...(picked ? [picked] : [])])}
                    options={optionsOf([...names.keys()].filter((c) => c === code || !codes.includes(c)))}
                  />
                ))
              : null}
          </div>
        );
      },
    },
  ];
  return (
    <div data-testid={testId}>
      <Table<RowToDecide> rowKey="row" size="small" columns={columns} dataSource={rows} pagination={false} />
    </div>
  );
}
