import { Card, Col, Row, Statistic } from "antd";
import { formatNumber } from "../../format";
import type { CatalogueImportResult } from "./types";

/** Thêm mới / Cập nhật / Không đổi / Bị từ chối of one catalogue import. */
export function ImportCounts({ result }: { result: CatalogueImportResult }) {
  const items = [
    { key: "inserted", title: "Thêm mới", value: result.inserted },
    { key: "updated", title: "Cập nhật", value: result.updated },
    { key: "unchanged", title: "Không đổi", value: result.unchanged },
    { key: "rejected", title: "Bị từ chối", value: result.rejected.length },
  ];
  return (
    <Row gutter={[12, 12]}>
      {items.map((item) => (
        <Col key={item.key} span={6}>
          <Card size="small">
            <Statistic
              title={item.title}
              value={item.value}
              formatter={(v) => <span data-testid={`catalogue-import-${item.key}`}>{formatNumber(Number(v))}</span>}
              styles={item.key === "rejected" && item.value > 0 ? { content: { color: "#a8071a" } } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
