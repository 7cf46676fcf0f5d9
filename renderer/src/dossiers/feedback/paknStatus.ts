import type { PaknRecord } from "./types";

export type PaknStatus = "resolved" | "overdue" | "open";

export const PAKN_STATUS_LABELS: Record<PaknStatus, string> = {
  resolved: "Đã giải quyết",
  overdue: "Quá hạn",
  open: "Đang xử lý",
};

/** Đã giải quyết once it has a resolution date; else Quá hạn when its deadline has passed; else Đang xử lý. */
export function paknStatus(record: Pick<PaknRecord, "dueDate" | "resolvedDate">, today: string): PaknStatus {
  if (record.resolvedDate) return "resolved";
  if (record.dueDate && record.dueDate < today) return "overdue";
  return "open";
}
