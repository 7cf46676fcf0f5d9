import { Table, Typography } from "antd";
import { reportsOfYear } from "../../../core/profile-words";
import type { ProvinceProfile } from "../../../core/profile-schema";
import { formatDate } from "../format";

/** The four reports of the year as the rule makes them: what the clerk checks against the province's letter. */
export function RulePreview({ profile, year }: { profile: ProvinceProfile | null; year: number }) {
  const rows = profile ? reportsOfYear(profile, year) : [];
  return (
    <div data-testid="province-rule-preview">
      <Typography.Text strong>{`Các kỳ báo cáo năm ${year} theo quy định này`}</Typography.Text>
      <Typography.Text type="secondary">{" – mỗi kỳ tính từ ngày sau ngày ước đạt (nếu có), hoặc ngày chốt số liệu, của kỳ trước."}</Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey="spec"
        dataSource={rows}
        locale={{ emptyText: "Nhập đủ ngày chốt số liệu và hạn gửi để xem các kỳ báo cáo." }}
        style={{ marginTop: 8 }}
        columns={[
          { title: "Kỳ báo cáo", dataIndex: "label" },
          { title: "Số liệu từ ngày", dataIndex: "from", render: formatDate },
          { title: "Đến ngày", dataIndex: "to", render: formatDate },
          { title: "Ước đạt đến", dataIndex: "estimateTo", render: (d: string | null) => (d ? formatDate(d) : "–") },
          { title: "Hạn gửi", dataIndex: "due", render: formatDate },
        ]}
      />
    </div>
  );
}
