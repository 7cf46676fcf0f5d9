import type { ApiInput, ApiOutput } from "../../../core/api/contract";

export type AuditPage = ApiOutput<"audit.list">;
export type AuditRow = AuditPage["rows"][number];
export type AuditFilter = ApiInput<"audit.list">;

export const ACTION_LABELS: Record<string, { label: string; color: string }> = {
  tao: { label: "Thêm", color: "green" },
  sua: { label: "Sửa", color: "blue" },
  xoa: { label: "Xóa", color: "red" },
  nhap: { label: "Nhập tệp", color: "purple" },
  hoan_tac: { label: "Hoàn tác", color: "orange" },
  xuat: { label: "Xuất", color: "cyan" },
  khoi_phuc: { label: "Khôi phục", color: "gold" },
};
