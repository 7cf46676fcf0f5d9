import { Card, Col, Row, Statistic } from "antd";
import { formatNumber } from "../format";

interface Counts {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: readonly unknown[];
}

/** Thêm mới / Cập nhật / Không đổi / Bị từ chối of one import; each figure carries `${testIdPrefix}-${kind}`. */
export function ImportCounts({ result, testIdPrefix }: { result: Counts; testIdPrefix: string }) {
  const items = [
    { key: "inserted", title: "Thêm mới", value: result.inserted },
    { key: "updated", title: "Cập nhật", value: result.updated },
    { key: "unchanged", title: "Không đổi", value: result.unchanged },
    { key: "rejected", title: "Bị từ chối", value: result.rejected.length },
  ];
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.key} xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={item.title}
              value={item.value}
              formatter={(v) => <span data-testid={`${testIdPrefix}-${item.key}`}>{formatNumber(Number(v))}</span>}
              styles={item.key === "rejected" && item.value > 0 ? { content: { color: "#a8071a" } } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
