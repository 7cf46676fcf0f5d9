import { Form, Typography } from "antd";
import { formatRate, isBelowTarget, rateOf, targetOf } from "./satisfaction";

/** The rate of the numbers being typed, against the target of the field chosen. */
export function RatePreview() {
  const form = Form.useFormInstance();
  const rated = Form.useWatch<number | null | undefined>("rated", form);
  const satisfied = Form.useWatch<number | null | undefined>("satisfied", form);
  const field = Form.useWatch<string | null | undefined>("field", form);
  const fieldOrAll = field?.trim() || null;
  const rate = typeof rated === "number" && typeof satisfied === "number" && satisfied <= rated ? rateOf(satisfied, rated) : null;
  const target = `mục tiêu từ ${targetOf(fieldOrAll)} % trở lên`;
  return (
    <Typography.Text type={isBelowTarget(rate, fieldOrAll) ? "danger" : "secondary"} aria-live="polite">
      {rate === null
        ? `Tỷ lệ hài lòng sẽ hiện khi nhập đủ số lượt đánh giá và số hài lòng (${target}).`
        : `Tỷ lệ hài lòng: ${formatRate(rate)} – ${isBelowTarget(rate, fieldOrAll) ? "dưới" : "đạt"} ${target}.`}
    </Typography.Text>
  );
}
