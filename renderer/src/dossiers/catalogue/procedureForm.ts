import { fromAnswer, toAnswer, type Answer } from "../../registers/flags";
import type { Procedure, ProcedureFlag, ProcedureInput } from "./types";

/** The form's values: text as typed, the four flags as Có / Không / Chưa rõ. */
export interface ProcedureValues {
  code: string;
  name: string;
  field: string;
  atCentre: Answer;
  onlineEligible: Answer;
  onlineFull: Answer;
  locationIndependent: Answer;
  /** Có / Không only: a procedure is in force or not. */
  active: Exclude<Answer, "unknown">;
}

export const FLAG_FIELDS: readonly { key: ProcedureFlag; label: string }[] = [
  { key: "atCentre", label: "Thực hiện tại TTPVHCC" },
  { key: "onlineEligible", label: "Đủ điều kiện DVC trực tuyến toàn trình" },
  { key: "onlineFull", label: "Đã cung cấp toàn trình trên Cổng DVCQG" },
  { key: "locationIndependent", label: "Không phụ thuộc địa giới hành chính" },
];

export function toProcedureValues(p: Procedure | null): ProcedureValues {
  return {
    code: p?.code ?? "",
    name: p?.name ?? "",
    field: p?.field ?? "",
    atCentre: toAnswer(p?.atCentre ?? null),
    onlineEligible: toAnswer(p?.onlineEligible ?? null),
    onlineFull: toAnswer(p?.onlineFull ?? null),
    locationIndependent: toAnswer(p?.locationIndependent ?? null),
    active: (p?.active ?? true) ? "yes" : "no",
  };
}

export function toProcedureInput(values: ProcedureValues, id: number | undefined): ProcedureInput {
  const input: ProcedureInput = {
    code: values.code.trim(),
    name: values.name.trim(),
    field: values.field.trim() || null,
    atCentre: fromAnswer(values.atCentre),
    onlineEligible: fromAnswer(values.onlineEligible),
    onlineFull: fromAnswer(values.onlineFull),
    locationIndependent: fromAnswer(values.locationIndependent),
    active: values.active === "yes",
  };
  return id === undefined ? input : { ...input, id };
}
