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

/** What the filling did: the rows filled, those left as the form has them, and those the user must decide. */
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
      label: titled("Dòng không nhận ra chỉ tiêu, để trống", result.unmatched),
      children: (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {result.unmatched.map((r) => (
            <li key={r.row}>{`Dòng ${r.row}: ${r.label}`}</li>
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
            { key: "value", title: "Số liệu", width: 110, align: "right", render: (_, r) => formatFigure(r.value, unitOf.get(r.code) ?? "") },
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
      <Collapse size="small" defaultActiveKey={result.ambiguous.length ? ["ambiguous"] : []} items={items} />
    </div>
  );
}
