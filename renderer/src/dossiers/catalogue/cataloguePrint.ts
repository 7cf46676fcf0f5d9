import type { PrintSpec } from "../../print/printDocument";
import type { Procedure } from "./types";

const flag = (value: boolean | null) => (value === null ? "Chưa rõ" : value ? "Có" : "Không");

/** The catalogue as listed (the search applied), its yes/no columns written out. */
export function cataloguePrintSpec(rows: readonly Procedure[], search: string): PrintSpec<Procedure> {
  return {
    title: "Danh mục thủ tục hành chính",
    subtitle: search ? `Các thủ tục khớp nội dung tìm “${search}”.` : undefined,
    rows,
    columns: [
      { title: "Mã", width: 12, value: (p) => p.code },
      { title: "Tên thủ tục", width: 40, value: (p) => p.name },
      { title: "Lĩnh vực", width: 14, value: (p) => p.field },
      { title: "Tại TTPVHCC", width: 8, align: "center", value: (p) => flag(p.atCentre) },
      { title: "Đủ ĐK toàn trình", width: 8, align: "center", value: (p) => flag(p.onlineEligible) },
      { title: "Toàn trình", width: 8, align: "center", value: (p) => flag(p.onlineFull) },
      { title: "Không phụ thuộc địa giới", width: 9, align: "center", value: (p) => flag(p.locationIndependent) },
      { title: "Đang áp dụng", width: 8, align: "center", value: (p) => flag(p.active) },
    ],
  };
}
