import { Flex, Switch, Typography } from "antd";
import { formatDate } from "../format";
import type { Report } from "./types";

interface Props {
  period: Report["period"];
  withEstimate: boolean;
  onEstimateChange: (on: boolean) => void;
}

/** The window the report covers, its "ước đạt" date and the day it is due. */
export function PeriodFacts({ period, withEstimate, onEstimateChange }: Props) {
  return (
    <Flex gap="4px 20px" wrap align="center" data-testid="report-period">
      <Typography.Text>
        <Typography.Text strong>{period.label}</Typography.Text>
        {`: Số liệu từ ${formatDate(period.from)} đến ${formatDate(period.to)}`}
      </Typography.Text>
      {period.estimateTo ? (
        <Flex gap={8} align="center">
          <Typography.Text>{`Ước đạt đến ${formatDate(period.estimateTo)}`}</Typography.Text>
          <Switch size="small" checked={withEstimate} onChange={onEstimateChange} id="report-estimate" />
          <label htmlFor="report-estimate">Kèm số liệu ước đạt</label>
        </Flex>
      ) : null}
      {period.due ? <Typography.Text strong>{`Hạn gửi ${formatDate(period.due)}`}</Typography.Text> : null}
    </Flex>
  );
}
