import { Collapse, Table, Typography } from "antd";
import { formatFigure } from "../../../core/indicators/format";
import type { ApiOutput } from "../../../core/api/contract";
import { formatNumber } from "../format";
import { AmbiguousRows, type RowChoices } from "./AmbiguousRows";
import type { Report } from "./types";

type FillResult = ApiOutput<"report.fillForm">;

interface Props {
  result: FillResult;
  report: Report;
  names: Map<string, string>;
  choices: RowChoices;
  onChoices: (choices: RowChoices) => void;
}

const titled = (title: string, rows: readonly unknown[]) => `${title} (${formatNumber(rows.length)})`;

/** How a filled row got its figure, when that is worth saying: a sum, a part without a figure. */
function filledNote(row: FillResult["filled"][number], names: Map<string, string>): string {
  const name = (code: string) => names.get(code) ?? code;
  const notes = [...(row.codes.length > 1 ? [`cộng ${row.codes.map(name).join(" + ")}`] : []), ...(row.missing.length ? [`để trống vì chưa có số liệu: ${row.missing.map(name).join("; ")}`] : [])];
  return notes.join("; ");
}

/** What the filling did: the rows filled, those left as the form has them, the blanks filled, and those the user must decide or write by hand. */
export function FillSummary({ result, report, names, choices, onChoices }: Props) {
  const unitOf = new Map(report.sections.flatMap((s) => s.rows.map((r) => [r.code, r.unit] as const)));
  const items = [
    {
      key: "ambiguous",
      rows: result.ambiguous,
      label: titled("Dòng chưa rõ là chỉ tiêu nào", result.ambiguous),
      children: <AmbiguousRows rows={result.ambiguous} names={names} choices={choices} onChange={onChoices} />,
    },
    {
      key: "unmatched",
      rows: result.unmatched,
      label: titled("Dòng chưa nhận ra là chỉ tiêu nào, để trống", result.unmatched),
      children: <AmbiguousRows testId="fill-unmatched" rows={result.unmatched} names={names} choices={choices} onChange={onChoices} />,
    },
    {
      key: "provinceOnly",
      rows: result.provinceOnly,
      label: titled("Dòng riêng của mẫu tỉnh, không có trong Phụ lục 3 – tự ghi số liệu", result.provinceOnly),
      children: <AmbiguousRows testId="fill-province-only" rows={result.provinceOnly} names={names} choices={choices} onChange={onChoices} />,
    },
    {
      key: "placeholders",
      rows: result.placeholders,
      label: titled("Ô đơn vị, kỳ báo cáo đã ghi", result.placeholders),
      children: (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {result.placeholders.map((p) => (
            <li key={p.cell}>{`Ô ${p.cell}: ${p.text}`}</li>
          ))}
        </ul>
      ),
    },
    {
      key: "kept",
      rows: result.kept,
      label: titled("Dòng mẫu tự tính, giữ nguyên", result.kept),
      children: (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {result.kept.map((r) => (
            <li key={r.row}>{`Dòng ${r.row}: ${r.label} – ${r.reason}`}</li>
          ))}
        </ul>
      ),
    },
    {
      key: "filled",
      rows: result.filled,
      label: titled("Dòng đã điền", result.filled),
      children: (
        <Table
          rowKey="row"
          size="small"
          pagination={false}
          scroll={{ y: 240 }}
          dataSource={result.filled}
          columns={[
            { key: "row", title: "Dòng", width: 64, render: (_, r) => r.row },
            { key: "label", title: "Nội dung trong mẫu", render: (_, r) => r.label },
            { key: "value", title: "Số liệu", width: 110, align: "right", render: (_, r) => formatFigure(r.value, unitOf.get(r.codes[0]!) ?? "") },
            { key: "note", title: "Ghi chú", width: 220, render: (_, r) => filledNote(r, names) },
          ]}
        />
      ),
    },
  ]
    .filter((item) => item.rows.length > 0)
    .map(({ rows: _rows, ...item }) => item);

  return (
    <div style={{ display: "grid", gap: 8 }} data-testid="fill-summary">
      <Typography.Text>
        {`Đã điền ${formatNumber(result.filled.length)} dòng vào trang “${result.sheetName}” (nội dung ở cột ${result.labelColumn}, số liệu ở cột ${result.valueColumn}).`}
        {result.savedMappingUsed ? " Đã dùng lại các lựa chọn lưu từ lần điền mẫu này trước." : ""}
        {result.mappingSaved ? " Đã ghi nhớ lựa chọn cho mẫu này." : ""}
      </Typography.Text>
      <Collapse size="small" defaultActiveKey={["ambiguous", "unmatched", "provinceOnly"].filter((key) => items.some((item) => item.key === key))} items={items} />
    </div>
  );
}
