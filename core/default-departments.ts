/** A unit's kinds and its standard offices. No store imports: the first-run screen shows the same list before anything is saved. */
import type { z } from "zod";
import type { departmentSchema } from "./schemas/unit";

export type UnitKind = "xa" | "phuong" | "dac_khu";
type Department = z.output<typeof departmentSchema>;

export const UNIT_KIND_LABELS: Record<UnitKind, string> = { xa: "xã", phuong: "phường", dac_khu: "đặc khu" };

/** The five offices of a commune that report on CCHC (domain.md §1); wards name the economic office differently. */
export function defaultDepartments(kind: UnitKind): Department[] {
  const place = UNIT_KIND_LABELS[kind];
  const rows: [string, string][] = [
    ["VP", "Văn phòng HĐND và UBND"],
    ["VHXH", "Phòng Văn hóa - Xã hội"],
    ["KT", kind === "phuong" ? "Phòng Kinh tế, Hạ tầng và Đô thị" : "Phòng Kinh tế"],
    ["TTPVHCC", "Trung tâm Phục vụ hành chính công"],
    ["TTVH", "Trung tâm Văn hóa - Thể thao và Truyền thông"],
  ];
  return rows.map(([code, name], i) => ({
    code,
    name: code === "TTPVHCC" ? `${name} ${place}` : name,
    headName: null,
    headTitle: null,
    sortOrder: i + 1,
  }));
}
