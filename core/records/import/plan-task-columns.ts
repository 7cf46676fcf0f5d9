import type { ColumnSpec } from "../../import/column-spec";

export type PlanTaskField = "number" | "title" | "area" | "leadUnit" | "coordinatingUnits" | "product" | "deadline" | "status" | "completedDate" | "note";

/** The appendix of tasks of a CCHC plan (phụ lục nhiệm vụ Kế hoạch CCHC); STT tells section rows ("I", "II") apart. */
export const PLAN_TASK_COLUMNS: ColumnSpec<PlanTaskField> = {
  synonyms: {
    number: ["STT", "Số TT", "TT", "Số thứ tự"],
    title: ["Nội dung", "Nhiệm vụ", "Nội dung nhiệm vụ", "Nội dung công việc", "Tên nhiệm vụ", "Nhiệm vụ, giải pháp"],
    area: ["Lĩnh vực", "Nhóm nhiệm vụ", "Lĩnh vực CCHC"],
    leadUnit: ["Cơ quan chủ trì", "Đơn vị chủ trì", "Chủ trì", "Cơ quan, đơn vị chủ trì", "Cơ quan chủ trì thực hiện"],
    coordinatingUnits: ["Cơ quan phối hợp", "Đơn vị phối hợp", "Phối hợp", "Cơ quan, đơn vị phối hợp"],
    product: ["Sản phẩm", "Sản phẩm đầu ra", "Kết quả, sản phẩm", "Hình thức sản phẩm"],
    deadline: ["Thời gian hoàn thành", "Thời hạn", "Thời gian thực hiện", "Thời hạn hoàn thành", "Tiến độ thực hiện"],
    status: ["Tình trạng", "Kết quả", "Kết quả thực hiện", "Tình hình thực hiện", "Tình trạng thực hiện"],
    completedDate: ["Ngày hoàn thành", "Thời điểm hoàn thành"],
    note: ["Ghi chú"],
  },
  required: ["title"],
  describes: "phụ lục nhiệm vụ của Kế hoạch CCHC (có cột Nội dung hoặc Nhiệm vụ)",
};
