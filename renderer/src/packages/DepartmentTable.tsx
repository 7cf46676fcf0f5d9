import { Button, Flex, Table, Tag, Typography } from "antd";
import { formatDate, formatMoment, formatNumber } from "../format";
import { DEADLINE_SOURCES, STATE_LABELS, type DepartmentRow } from "./types";

const count = (c: { done: number; total: number }) => (c.total === 0 ? "–" : `${formatNumber(c.done)}/${formatNumber(c.total)}`);
function When({ at }: { at: string | null }) {
  if (!at) return <>–</>;
  return (
    <div>
      {formatDate(at)}
      <div>
        <Typography.Text type="secondary">{at.slice(11, 16)}</Typography.Text>
      </div>
    </div>
  );
}

interface Props {
  rows: DepartmentRow[];
  busy: string | null;
  onCreate: (row: DepartmentRow, format: "cchc" | "xlsx") => void;
  onDeadline: (row: DepartmentRow) => void;
}

/** Departments × the state of their part: sent, received, what is done, with the actions on each. */
export function DepartmentTable({ rows, busy, onCreate, onDeadline }: Props) {
  return (
    <Table<DepartmentRow>
      size="small"
      rowKey="code"
      pagination={false}
      data-testid="department-table"
      dataSource={rows}
      columns={[
        {
          title: "Phòng ban",
          key: "name",
          render: (_, r) => (
            <div>
              <Typography.Text strong>{r.name}</Typography.Text>
              {r.headName ? (
                <div>
                  <Typography.Text type="secondary">{r.headName}</Typography.Text>
                </div>
              ) : null}
            </div>
          ),
        },
        {
          title: "Trạng thái",
          key: "state",
          width: 110,
          render: (_, r) => (
            <Tag color={STATE_LABELS[r.state].color} data-testid={`state-${r.code}`}>
              {STATE_LABELS[r.state].label}
            </Tag>
          ),
        },
        {
          title: "Hạn gửi",
          key: "deadline",
          width: 130,
          render: (_, r) => (
            <div>
              {formatMoment(r.deadline)}
              <div>
                <Typography.Text type="secondary">{DEADLINE_SOURCES[r.deadlineSource]}</Typography.Text>
              </div>
            </div>
          ),
        },
        { title: "Đã gửi", key: "sent", width: 100, render: (_, r) => <When at={r.sentAt} /> },
        { title: "Đã nhận lại", key: "received", width: 100, render: (_, r) => <When at={r.receivedAt} /> },
        { title: "Nội dung", key: "texts", width: 80, render: (_, r) => count(r.texts) },
        { title: "Số liệu", key: "figures", width: 72, render: (_, r) => count(r.figures) },
        { title: "Minh chứng", key: "evidence", width: 104, render: (_, r) => count(r.evidence) },
        {
          title: "",
          key: "actions",
          width: 210,
          render: (_, r) => (
            <Flex gap={4} wrap>
              <Button size="small" type="primary" loading={busy === `${r.code}:cchc`} onClick={() => onCreate(r, "cchc")}>
                Tạo gói
              </Button>
              <Button size="small" loading={busy === `${r.code}:xlsx`} title="Mẫu Excel cho phòng chưa cài ứng dụng" onClick={() => onCreate(r, "xlsx")}>
                Mẫu Excel
              </Button>
              <Button size="small" onClick={() => onDeadline(r)}>
                Đặt hạn…
              </Button>
            </Flex>
          ),
        },
      ]}
    />
  );
}
