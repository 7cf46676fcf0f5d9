import { formatDateVi } from "../../../shared/dates";
import { FIELD_LIMITS } from "../../field-limits";
import type { RegisterDescriptor } from "./descriptor";
import { notAbove } from "./descriptor";

export const inspections: RegisterDescriptor = {
  key: "inspections",
  table: "inspections",
  noun: "cuộc kiểm tra",
  title: "Kiểm tra công tác cải cách hành chính",
  purpose:
    "Ghi các cuộc kiểm tra cải cách hành chính xã tổ chức: đơn vị được kiểm tra, số vấn đề phát hiện và đã xử lý xong. Số liệu mục I. Công tác chỉ đạo, điều hành (kiểm tra CCHC) của Phụ lục 3.",
  fields: [
    { key: "date", column: "date", label: "Ngày kiểm tra", type: "date", required: true, inList: true, width: 100 },
    { key: "inspectedUnit", column: "inspected_unit", label: "Đơn vị được kiểm tra", type: "text", max: FIELD_LIMITS.line, suggest: [], required: true, inList: true, searchable: true, width: 220 },
    { key: "subject", column: "subject", label: "Nội dung kiểm tra", type: "longtext", max: FIELD_LIMITS.note, inList: true, searchable: true },
    { key: "issuesFound", column: "issues_found", label: "Số vấn đề phát hiện", short: "Phát hiện", type: "int", min: 0, max: 100000, default: 0, required: true, inList: true, width: 84 },
    { key: "issuesFixed", column: "issues_fixed", label: "Số vấn đề đã xử lý xong", short: "Đã xử lý", type: "int", min: 0, max: 100000, default: 0, required: true, inList: true, width: 84 },
    { key: "conclusionDocument", column: "conclusion_document", label: "Văn bản kết luận", type: "text", max: FIELD_LIMITS.line, inList: true, searchable: true, width: 200 },
    { key: "note", column: "note", label: "Ghi chú", type: "longtext", max: FIELD_LIMITS.note, searchable: true },
  ],
  checks: [notAbove("issuesFixed", "issuesFound", "Số vấn đề đã xử lý xong không được lớn hơn Số vấn đề phát hiện")],
  orderBy: "date DESC, id DESC",
  name: (r) => `ngày ${formatDateVi(String(r.date))} tại ${String(r.inspectedUnit)}`,
};
