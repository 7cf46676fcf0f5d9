import { isLandField } from "../../../../core/indicators/land-field";
import { formatFixed, formatNumber } from "../../../../core/number-format";
import type { SatisfactionTargets } from "./satisfactionTargets";

/** The target a round of this field is judged against: land's own, else the overall one; null when the template sets none. */
export const targetOf = (targets: SatisfactionTargets | null, field: string | null): number | null => (targets === null ? null : isLandField(field) ? targets.land : targets.overall);

/** satisfied / rated × 100; null when nobody rated (a rate over 0 is shown as "–", never 0 % or 100 %). */
export const rateOf = (satisfied: number, rated: number): number | null => (rated > 0 ? (satisfied / rated) * 100 : null);

export const isBelowTarget = (rate: number | null, target: number | null): boolean => rate !== null && target !== null && rate < target;

/** 97.5 → "97,50 %"; null → "–". */
export const formatRate = (rate: number | null): string => (rate === null ? "–" : `${formatFixed(rate, 2)} %`);

/** 95 → "từ 95 % trở lên". */
export const targetWords = (target: number): string => `từ ${formatNumber(target)} % trở lên`;
