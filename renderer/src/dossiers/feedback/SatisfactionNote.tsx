import { Typography } from "antd";
import { targetWords } from "./satisfaction";
import { useSatisfactionTargets } from "./satisfactionTargets";

/**
 * How the rounds become the report's rate. A round counts in the report whose window holds its end date
 * (core/indicators/satisfaction.ts), so that is what the note says; the targets are the report template's.
 */
export function SatisfactionNote() {
  const targets = useSatisfactionTargets();
  const aims = [targets?.overall != null ? `Mục tiêu: ${targetWords(targets.overall)}` : null, targets?.land != null ? `lĩnh vực Đất đai ${targetWords(targets.land)}` : null].filter(
    (aim) => aim !== null,
  );
  return (
    <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 980 }} data-testid="satisfaction-note">
      Nhập kết quả đo lường theo từng lĩnh vực cho mỗi đợt; tỷ lệ chung của kỳ báo cáo là tổng các lĩnh vực. Mỗi đợt được tính vào kỳ báo cáo có chứa ngày kết thúc của đợt.
      {aims.length > 0 ? ` ${aims.join("; ")}.` : ""}
    </Typography.Paragraph>
  );
}
