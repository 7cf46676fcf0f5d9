import { Flex, Tag } from "antd";
import { TAG_STYLES } from "../labels";
import { formatRate, isBelowTarget, rateOf, targetOf } from "./satisfaction";

/** "97,50 %", with a red "Dưới mục tiêu" when the round falls short of its field's target. */
export function RateCell({ satisfied, rated, field }: { satisfied: number; rated: number; field: string | null }) {
  const rate = rateOf(satisfied, rated);
  return (
    <Flex gap={8} align="center" wrap>
      <span>{formatRate(rate)}</span>
      {isBelowTarget(rate, field) && (
        <Tag style={TAG_STYLES.red} title={`Mục tiêu: từ ${targetOf(field)} % trở lên`}>
          Dưới mục tiêu
        </Tag>
      )}
    </Flex>
  );
}
