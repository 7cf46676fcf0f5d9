import type { Dayjs } from "dayjs";
import { fromIso, toIso } from "./dates";
import type { SatisfactionInput, SatisfactionRound } from "./types";

/** The form's values: blank field = all fields; dates as the pickers hold them. */
export interface SatisfactionValues {
  periodFrom: Dayjs | null;
  periodTo: Dayjs | null;
  field: string;
  rated: number | null;
  satisfied: number | null;
  source: string;
}

export function toSatisfactionValues(r: SatisfactionRound | null): SatisfactionValues {
  return {
    periodFrom: fromIso(r?.periodFrom ?? null),
    periodTo: fromIso(r?.periodTo ?? null),
    field: r?.field ?? "",
    rated: r?.rated ?? null,
    satisfied: r?.satisfied ?? null,
    source: r?.source ?? "",
  };
}

/** The values to send; the form has already made sure the dates and numbers are there. */
export function toSatisfactionInput(v: SatisfactionValues, id: number | undefined): SatisfactionInput {
  const input: SatisfactionInput = {
    periodFrom: toIso(v.periodFrom) ?? "",
    periodTo: toIso(v.periodTo) ?? "",
    field: v.field.trim() || null,
    rated: v.rated ?? 0,
    satisfied: v.satisfied ?? 0,
    source: v.source.trim() || null,
  };
  return id === undefined ? input : { ...input, id };
}
