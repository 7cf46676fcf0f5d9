import { FIELD_LIMITS } from "../../field-limits";
import type { RegisterDescriptor } from "./descriptor";
import { optionsOf } from "./descriptor";

export const PLAN_TASK_STATUS = optionsOf(
  {
    chua_thuc_hien: "Chưa thực hiện",
    dang_thuc_hien: "Đang thực hiện",
    hoan_thanh: "Hoàn thành",
  },
  { chua_thuc_hien: "grey", dang_thuc_hien: "blue", hoan_thanh: "green" },
);

export const planTasks: RegisterDescriptor = {
  key: "plan_tasks",
  table: "plan_tasks",
  noun: "nhiệm vụ",
  title: "Nhiệm vụ trong Kế hoạch CCHC",
  purpose:
    "Ghi các nhiệm vụ trong Kế hoạch cải cách hành chính hằng năm của xã: đơn vị chủ trì, thời hạn, tình trạng và ngày hoàn thành. Số liệu mục I. Công tác chỉ đạo, điều hành (nhiệm vụ trong Kế hoạch CCHC) của Phụ lục 3.",
  fields: [
    { key: "year", column: "year", label: "Năm kế hoạch", short: "Năm", type: "year", required: true, inList: true, searchable: true, width: 64 },
    { key: "area", column: "area", label: "Lĩnh vực cải cách", type: "text", max: FIELD_LIMITS.name, suggest: [], searchable: true },
    { key: "title", column: "title", label: "Nhiệm vụ", type: "longtext", max: FIELD_LIMITS.note, required: true, inList: true, searchable: true },
    { key: "leadUnit", column: "lead_unit", label: "Đơn vị chủ trì", type: "text", max: FIELD_LIMITS.name, suggest: [], inList: true, searchable: true, width: 160 },
    { key: "coordinatingUnits", column: "coordinating_units", label: "Đơn vị phối hợp", type: "text", max: FIELD_LIMITS.title, suggest: [], searchable: true },
    { key: "product", column: "product", label: "Sản phẩm", type: "text", max: FIELD_LIMITS.title, searchable: true },
    {
      key: "deadlineText",
      column: "deadline_text",
      label: "Thời hạn theo kế hoạch",
      short: "Thời hạn",
      type: "text",
      max: FIELD_LIMITS.name,
      suggest: ["Tháng 1", "Quý I", "Quý II", "Quý III", "Quý IV", "Thường xuyên", "Cả năm"],
      inList: true,
      width: 96,
    },
    {
      key: "deadline",
      column: "deadline",
      label: "Hạn hoàn thành (ngày)",
      short: "Hạn hoàn thành",
      type: "date",
      help: "Ngày cuối của thời hạn: hết tháng, hết quý hoặc 31/12.",
      inList: true,
      width: 100,
    },
    { key: "status", column: "status", label: "Tình trạng", type: "enum", options: PLAN_TASK_STATUS, default: "dang_thuc_hien", required: true, inList: true, searchable: true, width: 128 },
    { key: "completedDate", column: "completed_date", label: "Ngày hoàn thành", type: "date", inList: true, width: 100 },
    { key: "note", column: "note", label: "Ghi chú", type: "longtext", max: FIELD_LIMITS.note, searchable: true },
  ],
  checks: [
    {
      field: "completedDate",
      message: "Nhiệm vụ đã hoàn thành phải có Ngày hoàn thành; nhiệm vụ chưa hoàn thành thì để trống Ngày hoàn thành",
      holds: (r) => (r.status === "hoan_thanh") === (r.completedDate !== null && r.completedDate !== undefined),
    },
  ],
  orderBy: "year DESC, coalesce(deadline, '9999-12-31'), id",
  name: (r) => `“${String(r.title)}”`,
};
