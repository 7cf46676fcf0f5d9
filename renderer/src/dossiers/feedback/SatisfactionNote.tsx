import { Typography } from "antd";
import { LAND_TARGET, OVERALL_TARGET } from "./satisfaction";

/**
 * How the rounds become the report's rate. A round counts in the report whose window holds its end date
 * (core/indicators/satisfaction.ts), so that is what the note says.
 */
export function SatisfactionNote() {
  return (
    <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 980 }}>
      Nhập kết quả đo lường theo từng lĩnh vực cho mỗi đợt; tỷ lệ chung của kỳ báo cáo là tổng các lĩnh vực. Mỗi đợt được
      tính vào kỳ báo cáo có chứa ngày kết thúc của đợt. Mục tiêu: từ {OVERALL_TARGET} % trở lên; lĩnh vực Đất đai từ{" "}
      {LAND_TARGET} % trở lên.
    </Typography.Paragraph>
  );
}
