import type { RegisterRow } from "../../../../core/records/registers/descriptor";

export type PaknStatus = "resolved" | "overdue" | "open";

export const PAKN_STATUS_LABELS: Record<PaknStatus, string> = {
  resolved: "Đã giải quyết",
  overdue: "Quá hạn",
  open: "Đang xử lý",
};

/** Đã giải quyết once it has a resolution date; else Quá hạn when its deadline has passed; else Đang xử lý. */
export function paknStatus(record: RegisterRow, today: string): PaknStatus {
  if (record.resolvedDate) return "resolved";
  if (typeof record.dueDate === "string" && record.dueDate < today) return "overdue";
  return "open";
}
