import type { CSSProperties, TableHTMLAttributes } from "react";
import { Card, Table, Tag, type TableProps } from "antd";
import type { ApiOutput } from "../../../core/api/contract";
import { formatDate, formatDaysLeft, formatWindow } from "../format";
import { SectionTitle } from "./Headings";
import { EmptyNote } from "./EmptyNote";

type Upcoming = ApiOutput<"overview.get">["upcoming"][number];

// Darker text than antd's preset tag colours, which fall below 4.5:1 contrast.
function urgencyStyle(days: number): CSSProperties | undefined {
  if (days <= 7) return { color: "#a8071a", background: "#fff1f0", borderColor: "#ffa39e" };
  if (days <= 30) return { color: "#873800", background: "#fff7e6", borderColor: "#ffd591" };
  return undefined;
}

const columns: TableProps<Upcoming>["columns"] = [
  { key: "label", title: "Kỳ báo cáo", dataIndex: "label" },
  { key: "window", title: "Số liệu tính từ – đến", render: (_, r) => formatWindow(r.from, r.to) },
  { key: "estimate", title: "Ước đạt đến", render: (_, r) => formatDate(r.estimateTo) },
  { key: "due", title: "Hạn gửi", render: (_, r) => formatDate(r.due) },
  {
    key: "daysLeft",
    title: "Thời hạn",
    render: (_, r) => <Tag style={urgencyStyle(r.daysLeft)}>{formatDaysLeft(r.daysLeft)}</Tag>,
  },
];

const components: TableProps<Upcoming>["components"] = {
  table: (props: TableHTMLAttributes<HTMLTableElement>) => <table {...props} data-testid="upcoming-reports" />,
};

export function UpcomingReports({ reports }: { reports: Upcoming[] }) {
  return (
    <Card title={<SectionTitle>Kỳ báo cáo sắp tới</SectionTitle>} size="small" style={{ height: "100%" }}>
      <Table<Upcoming>
        rowKey="spec"
        size="small"
        columns={columns}
        dataSource={reports}
        components={components}
        pagination={false}
        locale={{ emptyText: <EmptyNote>Không có kỳ báo cáo nào sắp tới.</EmptyNote> }}
      />
    </Card>
  );
}
