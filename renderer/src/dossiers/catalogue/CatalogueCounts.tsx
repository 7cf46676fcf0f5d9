import { Typography } from "antd";
import { formatNumber } from "../../format";
import { countCatalogue } from "./counts";
import type { Procedure } from "./types";

/** "96 thủ tục · 86 thực hiện tại TTPVHCC · …" over the whole catalogue, whatever the search shows. */
export function CatalogueCounts({ procedures }: { procedures: readonly Procedure[] | null }) {
  if (!procedures) {
    return <Typography.Text type="secondary">Đang tải…</Typography.Text>;
  }
  const c = countCatalogue(procedures);
  const n = formatNumber;
  const parts = [
    c.inactive > 0 ? `${n(c.active)} thủ tục đang áp dụng` : `${n(c.active)} thủ tục`,
    `${n(c.atCentre)} thực hiện tại TTPVHCC`,
    `${n(c.onlineEligible)} đủ điều kiện toàn trình, trong đó ${n(c.onlineFull)} đã cung cấp toàn trình`,
    `${n(c.locationIndependent)} không phụ thuộc địa giới hành chính`,
  ];
  return (
    <div data-testid="catalogue-counts">
      <Typography.Text strong>{parts.join(" · ")}</Typography.Text>
      {c.inactive > 0 && <Typography.Text type="secondary">{` · ${n(c.inactive)} thủ tục ngừng áp dụng (không tính vào các tỷ lệ)`}</Typography.Text>}
    </div>
  );
}
