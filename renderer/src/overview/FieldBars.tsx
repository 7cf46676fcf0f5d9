import { Typography } from "antd";
import { formatNumber } from "../format";
import { DataTable } from "./DataTable";
import type { OverviewFigures } from "./types";

const NO_FIELD = "Chưa ghi lĩnh vực";
const OTHERS = "Các lĩnh vực khác";

/** Dossiers received by field, largest first, as horizontal SVG bars under their names (names wrap, never clip). */
export function FieldBars({ fields }: { fields: OverviewFigures["fields"] }) {
  const bars = [...fields.top.map((f) => ({ name: f.field ?? NO_FIELD, count: f.received })), ...(fields.others > 0 ? [{ name: OTHERS, count: fields.others }] : [])];
  const max = Math.max(1, ...bars.map((b) => b.count));
  const title = "Hồ sơ tiếp nhận theo lĩnh vực";
  const label = bars.length ? `${title}: ${bars.map((b) => `${b.name} ${formatNumber(b.count)}`).join(", ")}.` : `${title}: chưa có hồ sơ.`;

  return (
    <div className="overview-chart">
      <Typography.Title level={3} style={{ fontSize: 14, margin: "0 0 4px" }}>
        {title}
      </Typography.Title>
      {bars.length === 0 ? (
        <Typography.Text type="secondary">Chưa có hồ sơ tiếp nhận trong kỳ.</Typography.Text>
      ) : (
        <div role="img" aria-label={label}>
          {bars.map((b) => (
            <div key={b.name} style={{ marginBottom: 6 }}>
              <Typography.Text style={{ fontSize: 13 }}>{b.name}</Typography.Text>
              <svg height={14} style={{ display: "block", width: "100%" }} aria-hidden="true">
                <rect x={0} y={1} height={12} width={`${(80 * b.count) / max}%`} rx={2} fill={b.name === OTHERS ? "#8c8c8c" : "#1677ff"} />
                <text x={`${(80 * b.count) / max + 1.5}%`} y={11} fontSize={11} fill="#262626">
                  {formatNumber(b.count)}
                </text>
              </svg>
            </div>
          ))}
        </div>
      )}
      {bars.length > 0 ? <DataTable caption={title} head={["Lĩnh vực", "Số hồ sơ"]} rows={bars.map((b) => [b.name, formatNumber(b.count)])} /> : null}
    </div>
  );
}
