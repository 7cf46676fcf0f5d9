import { Flex, Tag } from "antd";
import { TAG_STYLES } from "../labels";
import { formatRate, isBelowTarget, rateOf, targetOf, targetWords } from "./satisfaction";
import { useSatisfactionTargets } from "./satisfactionTargets";

/** "97,50 %", with a red "Dưới mục tiêu" when the round falls short of its field's target. */
export function RateCell({ satisfied, rated, field }: { satisfied: number; rated: number; field: string | null }) {
  const rate = rateOf(satisfied, rated);
  const target = targetOf(useSatisfactionTargets(), field);
  return (
    <Flex gap={8} align="center" wrap>
      <span>{formatRate(rate)}</span>
      {target !== null && isBelowTarget(rate, target) && (
        <Tag style={TAG_STYLES.red} title={`Mục tiêu: ${targetWords(target)}`}>
          Dưới mục tiêu
        </Tag>
      )}
    </Flex>
  );
}
