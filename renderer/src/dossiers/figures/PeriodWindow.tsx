import { Skeleton, Typography } from "antd";
import { formatDate } from "../../format";
import { useApi } from "../../useApi";

/** The window a period covers, as the province's rules set it ("Số liệu từ 15/12/2024 đến 09/03/2025"). */
export function PeriodWindow({ spec }: { spec: string }) {
  const period = useApi("periods.resolve", { spec });
  if (period.status === "loading") return <Skeleton.Input active size="small" style={{ width: 360 }} />;
  if (period.status === "error") return <Typography.Text type="danger">{period.message}</Typography.Text>;
  const p = period.value;
  return (
    <Typography.Paragraph style={{ margin: 0 }} data-testid="period-window">
      <Typography.Text strong>{p.label}</Typography.Text>
      {": "}
      {`Số liệu từ ${formatDate(p.from)} đến ${formatDate(p.to)}`}
      {p.due ? <Typography.Text type="secondary">{` · hạn gửi báo cáo ${formatDate(p.due)}`}</Typography.Text> : null}
    </Typography.Paragraph>
  );
}
