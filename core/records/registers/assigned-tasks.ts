import { FIELD_LIMITS } from "../../field-limits";
import type { RegisterDescriptor } from "./descriptor";
import { notBefore } from "./descriptor";

export const assignedTasks: RegisterDescriptor = {
  key: "assigned_tasks",
  table: "assigned_tasks",
  noun: "nhiệm vụ được giao",
  title: "Nhiệm vụ UBND, Chủ tịch UBND tỉnh, thành phố giao",
  purpose:
    "Ghi các nhiệm vụ UBND, Chủ tịch UBND tỉnh, thành phố giao cho xã, với ngày giao, hạn và ngày hoàn thành. Số liệu mục I. Công tác chỉ đạo, điều hành (nhiệm vụ được giao: đúng hạn, quá hạn, đang thực hiện) của Phụ lục 3.",
  fields: [
    { key: "title", column: "title", label: "Nhiệm vụ", type: "longtext", max: FIELD_LIMITS.note, required: true, inList: true, searchable: true },
    { key: "sourceDocument", column: "source_document", label: "Văn bản giao", type: "text", max: FIELD_LIMITS.title, inList: true, searchable: true, width: 220 },
    {
      key: "assignedBy",
      column: "assigned_by",
      label: "Cấp giao",
      type: "text",
      max: FIELD_LIMITS.name,
      suggest: ["UBND tỉnh", "Chủ tịch UBND tỉnh", "UBND thành phố", "Chủ tịch UBND thành phố"],
      searchable: true,
    },
    { key: "assignedDate", column: "assigned_date", label: "Ngày giao", type: "date", required: true, inList: true, width: 100 },
    { key: "deadline", column: "deadline", label: "Hạn hoàn thành", type: "date", required: true, inList: true, width: 100 },
    { key: "completedDate", column: "completed_date", label: "Ngày hoàn thành", type: "date", inList: true, width: 100 },
    { key: "departmentCode", column: "department_code", label: "Phòng chủ trì", type: "department", inList: true, searchable: true, width: 150 },
    { key: "note", column: "note", label: "Ghi chú", type: "longtext", max: FIELD_LIMITS.note, searchable: true },
  ],
  checks: [notBefore("deadline", "assignedDate", "Hạn hoàn thành phải từ Ngày giao trở đi"), notBefore("completedDate", "assignedDate", "Ngày hoàn thành phải từ Ngày giao trở đi")],
  orderBy: "assigned_date DESC, id DESC",
  name: (r) => `“${String(r.title)}”`,
};
