import type { Dayjs } from "dayjs";
import type { ApiOutput } from "../../../core/api/contract";

export type PeriodKind = ApiOutput<"periods.resolve">["kind"];

export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  range: [Dayjs, Dayjs] | null;
}

export const PERIOD_KIND_OPTIONS: { value: PeriodKind; label: string }[] = [
  { value: "Q1", label: "Quý I" },
  { value: "H1", label: "6 tháng" },
  { value: "Q3", label: "Quý III" },
  { value: "Y", label: "Năm" },
  { value: "custom", label: "Khoảng tùy chọn" },
];

/** The period as the API names it: "2025-Q3", or "2025-07-01..2025-10-09"; null while a custom range is not chosen. */
export function periodSpec(choice: PeriodChoice): string | null {
  if (choice.kind !== "custom") return `${choice.year}-${choice.kind}`;
  if (!choice.range) return null;
  return `${choice.range[0].format("YYYY-MM-DD")}..${choice.range[1].format("YYYY-MM-DD")}`;
}

/** A standard period named in the address ("#/bao-cao/2026-Q1", as the overview links to it); null when there is none. */
export function choiceFromHash(hash: string): PeriodChoice | null {
  const m = /^#\/[^/]+\/(\d{4})-(Q1|H1|Q3|Y)$/.exec(hash);
  return m ? { kind: m[2] as PeriodKind, year: Number(m[1]), range: null } : null;
}
