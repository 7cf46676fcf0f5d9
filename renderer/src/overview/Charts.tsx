import { Card } from "antd";
import { SectionTitle } from "../components/Headings";
import { FieldBars } from "./FieldBars";
import { MonthlyChart, type Series } from "./MonthlyChart";
import type { OverviewFigures } from "./types";

const THIS_YEAR = "#1554ad";
const LAST_YEAR = "#737373";

function yearSeries(monthly: OverviewFigures["monthly"], current: (number | null)[], previous: (number | null)[]): Series[] {
  return [
    { name: `Năm ${monthly.year}`, values: current, colour: THIS_YEAR, dashed: false },
    { name: `Năm ${monthly.year - 1}`, values: previous, colour: LAST_YEAR, dashed: true },
  ];
}

/** The rates month by month against last year, and where the dossiers come from. */
export function Charts({ figures }: { figures: OverviewFigures }) {
  const { monthly } = figures;
  return (
    <Card size="small" title={<SectionTitle>Diễn biến theo tháng và theo lĩnh vực</SectionTitle>} data-testid="overview-charts">
      <div className="overview-charts">
        <MonthlyChart title="Tỷ lệ giải quyết đúng hạn theo tháng" series={yearSeries(monthly, monthly.onTime, monthly.lastYearOnTime)} />
        <MonthlyChart title="Tỷ lệ hồ sơ trực tuyến theo tháng" series={yearSeries(monthly, monthly.online, monthly.lastYearOnline)} />
        <FieldBars fields={figures.fields} />
      </div>
    </Card>
  );
}
