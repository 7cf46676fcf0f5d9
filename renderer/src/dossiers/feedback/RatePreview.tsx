import { Form, Typography } from "antd";
import { formatRate, isBelowTarget, rateOf, targetOf, targetWords } from "./satisfaction";
import { useSatisfactionTargets } from "./satisfactionTargets";

/** The rate of the numbers being typed, against the target of the field chosen. */
export function RatePreview() {
  const form = Form.useFormInstance();
  const rated = Form.useWatch<number | null | undefined>("rated", form);
  const satisfied = Form.useWatch<number | null | undefined>("satisfied", form);
  const field = Form.useWatch<string | null | undefined>("field", form);
  const target = targetOf(useSatisfactionTargets(), field?.trim() || null);
  const rate = typeof rated === "number" && typeof satisfied === "number" && satisfied <= rated ? rateOf(satisfied, rated) : null;
  const below = isBelowTarget(rate, target);
  const against = target === null ? "" : ` (mục tiêu ${targetWords(target)})`;
  return (
    <Typography.Text type={below ? "danger" : "secondary"} aria-live="polite">
      {rate === null
        ? `Tỷ lệ hài lòng sẽ hiện khi nhập đủ số lượt đánh giá và số hài lòng${against}.`
        : target === null
          ? `Tỷ lệ hài lòng: ${formatRate(rate)}.`
          : `Tỷ lệ hài lòng: ${formatRate(rate)} – ${below ? "dưới" : "đạt"} mục tiêu ${targetWords(target)}.`}
    </Typography.Text>
  );
}
