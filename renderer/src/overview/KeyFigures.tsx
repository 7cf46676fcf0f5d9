import { Card, Typography } from "antd";
import { SectionTitle } from "../components/Headings";
import { formatWindow } from "../format";
import { changeText, figureText } from "./figures";
import type { OverviewFigures } from "./types";

type Figure = OverviewFigures["figures"][number];

const GOOD = "#135200";
const BAD = "#a8071a";

function changeColour(f: Figure): string | undefined {
  if (f.change === null || f.change === 0) return undefined;
  return f.change > 0 === f.higherIsBetter ? GOOD : BAD;
}

function FigureTile({ figure }: { figure: Figure }) {
  const change = changeText(figure.change, figure.unit);
  return (
    <div className="overview-figure">
      <Typography.Text type="secondary">{figure.label}</Typography.Text>
      <div className="overview-figure-value">{figureText(figure.value, figure.unit)}</div>
      <Typography.Text type="secondary">
        Cùng kỳ: {figureText(figure.lastYear, figure.unit)}
        {change ? (
          <>
            {" · "}
            <span style={{ color: changeColour(figure) }}>{change}</span>
          </>
        ) : null}
      </Typography.Text>
    </div>
  );
}

/** The TTHC figures of the current window, each beside the same window of last year. */
export function KeyFigures({ figures }: { figures: OverviewFigures }) {
  return (
    <Card
      size="small"
      title={<SectionTitle>Số liệu chính từ đầu năm</SectionTitle>}
      extra={<Typography.Text type="secondary">{formatWindow(figures.window.from, figures.window.to)}</Typography.Text>}
      data-testid="overview-figures"
    >
      <div className="overview-figures">
        {figures.figures.map((f) => (
          <FigureTile key={f.code} figure={f} />
        ))}
      </div>
      <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
        Cùng kỳ năm trước: {formatWindow(figures.lastYearWindow.from, figures.lastYearWindow.to)}. Tỷ lệ không có hồ sơ để tính được ghi “–”.
      </Typography.Paragraph>
    </Card>
  );
}
