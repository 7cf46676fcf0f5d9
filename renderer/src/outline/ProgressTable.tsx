import { Progress, Table, Typography } from "antd";
import { formatNumber } from "../format";
import type { FilledOutline } from "./types";

type Count = { done: number; total: number };
type Row = FilledOutline["progress"]["departments"][number];

function CountCell({ count, label }: { count: Count; label: string }) {
  if (count.total === 0) return <Typography.Text type="secondary">–</Typography.Text>;
  const percent = Math.round((count.done / count.total) * 100);
  return (
    <div style={{ minWidth: 120 }}>
      <Progress percent={percent} size="small" status={count.done === count.total ? "success" : "normal"} showInfo={false} aria-label={`${label}: ${count.done}/${count.total}`} />
      <Typography.Text type={count.done === count.total ? "success" : undefined}>
        {formatNumber(count.done)}/{formatNumber(count.total)}
      </Typography.Text>
    </div>
  );
}

/** How far each department has come: texts written, figures available, items with evidence. */
export function ProgressTable({ outline }: { outline: FilledOutline }) {
  const { progress } = outline;
  const total: Row = { code: "", name: "Cả báo cáo", headName: null, texts: progress.texts, figures: progress.figures, evidence: progress.evidence };
  return (
    <Table<Row>
      size="small"
      pagination={false}
      rowKey={(r) => r.code || "tong"}
      data-testid="outline-progress"
      dataSource={[...progress.departments, total]}
      columns={[
        {
          title: "Phòng ban",
          key: "name",
          render: (_, r) => (
            <div>
              <Typography.Text strong={!r.code}>{r.name}</Typography.Text>
              {r.headName ? (
                <div>
                  <Typography.Text type="secondary">{r.headName}</Typography.Text>
                </div>
              ) : null}
            </div>
          ),
        },
        { title: "Nội dung đã viết", key: "texts", render: (_, r) => <CountCell count={r.texts} label="Nội dung" /> },
        { title: "Số liệu đã có", key: "figures", render: (_, r) => <CountCell count={r.figures} label="Số liệu" /> },
        { title: "Có minh chứng", key: "evidence", render: (_, r) => <CountCell count={r.evidence} label="Minh chứng" /> },
      ]}
    />
  );
}
