import type { ColumnSpec } from "../../import/column-spec";

export type AssignedTaskField = "title" | "sourceDocument" | "assignedBy" | "assignedDate" | "deadline" | "completedDate" | "department" | "note";

/** Tasks assigned by the province (UBND, Chủ tịch UBND tỉnh giao), as offices track them. */
export const ASSIGNED_TASK_COLUMNS: ColumnSpec<AssignedTaskField> = {
  synonyms: {
    title: ["Nội dung nhiệm vụ", "Nhiệm vụ", "Nội dung", "Nội dung công việc", "Tên nhiệm vụ", "Nhiệm vụ được giao"],
    sourceDocument: ["Văn bản giao", "Số ký hiệu văn bản", "Số, ký hiệu văn bản", "Văn bản giao nhiệm vụ", "Số, ký hiệu", "Căn cứ"],
    assignedBy: ["Cơ quan giao", "Cấp giao", "Người giao", "Cơ quan giao nhiệm vụ", "Cơ quan, người giao"],
    assignedDate: ["Ngày giao", "Ngày văn bản", "Ngày ban hành", "Ngày giao nhiệm vụ"],
    deadline: ["Hạn hoàn thành", "Thời hạn", "Thời hạn hoàn thành", "Hạn xử lý", "Hạn"],
    completedDate: ["Ngày hoàn thành", "Ngày thực hiện xong", "Ngày báo cáo kết quả"],
    department: ["Đơn vị thực hiện", "Đơn vị chủ trì", "Cơ quan thực hiện", "Phòng ban thực hiện", "Đơn vị được giao"],
    note: ["Ghi chú", "Tình hình thực hiện"],
  },
  required: ["title", "assignedDate", "deadline"],
  describes: "sổ theo dõi nhiệm vụ được tỉnh giao (có cột Nội dung nhiệm vụ, Ngày giao, Hạn hoàn thành)",
};
