import type { ApiOutput } from "../../../core/api/contract";

export type Dashboard = ApiOutput<"packages.dashboard">;
export type DepartmentRow = Dashboard["departments"][number];
export type MergePlan = ApiOutput<"packages.plan">;
export type MergeChange = MergePlan["changes"][number];

export const STATE_LABELS: Record<DepartmentRow["state"], { label: string; color: string }> = {
  chua_gui: { label: "Chưa gửi", color: "default" },
  cho_gui: { label: "Chờ gửi", color: "purple" },
  da_gui: { label: "Đã gửi", color: "blue" },
  da_nhan: { label: "Đã nhận", color: "green" },
  can_bo_sung: { label: "Cần bổ sung", color: "orange" },
  qua_han: { label: "Quá hạn", color: "red" },
};

export const DEADLINE_SOURCES: Record<DepartmentRow["deadlineSource"], string> = {
  tay: "đặt tay",
  de_cuong: "theo đề cương",
  quy_dinh: "theo quy định",
  cuoi_ky: "ngày cuối kỳ",
};

export type OpenedPart = ApiOutput<"packages.open">;
export type Part = OpenedPart["part"];
