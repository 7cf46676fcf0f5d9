import { fold } from "../../registers/fold";
import { formatFixed } from "../../../../core/number-format";

/** The targets (domain §4): at least 95 % overall, at least 90 % for land (Đất đai). */
export const OVERALL_TARGET = 95;
export const LAND_TARGET = 90;

const LAND = fold("Đất đai");

export const isLand = (field: string | null): boolean => field !== null && fold(field) === LAND;

export const targetOf = (field: string | null): number => (isLand(field) ? LAND_TARGET : OVERALL_TARGET);

/** satisfied / rated × 100; null when nobody rated (a rate over 0 is shown as "–", never 0 % or 100 %). */
export const rateOf = (satisfied: number, rated: number): number | null => (rated > 0 ? (satisfied / rated) * 100 : null);

export const isBelowTarget = (rate: number | null, field: string | null): boolean => rate !== null && rate < targetOf(field);

/** 97.5 → "97,50 %"; null → "–". */
export const formatRate = (rate: number | null): string => (rate === null ? "–" : `${formatFixed(rate, 2)} %`);
