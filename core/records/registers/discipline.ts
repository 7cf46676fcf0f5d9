import { FIELD_LIMITS } from "../../field-limits";
import type { RegisterDescriptor } from "./descriptor";
import { nameKeyOf, optionsOf } from "./descriptor";

export const discipline: RegisterDescriptor = {
  key: "discipline",
  table: "discipline_records",
  noun: "quyết định kỷ luật",
  title: "Kỷ luật cán bộ, công chức",
  purpose: "Ghi các quyết định kỷ luật cán bộ, công chức: hình thức, số và ngày quyết định. Số liệu “Số cán bộ, công chức bị kỷ luật” ở mục V. Cải cách chế độ công vụ của Phụ lục 3.",
  fields: [
    { key: "staffId", column: "staff_id", label: "Người bị kỷ luật", type: "staff", required: true, inList: true, searchable: true, width: 190 },
    {
      key: "form",
      column: "form",
      label: "Hình thức kỷ luật",
      short: "Hình thức",
      type: "enum",
      options: optionsOf({ khien_trach: "Khiển trách", canh_cao: "Cảnh cáo", giang_chuc: "Giáng chức", cach_chuc: "Cách chức", buoc_thoi_viec: "Buộc thôi việc" }),
      required: true,
      inList: true,
      searchable: true,
      width: 130,
    },
    { key: "decisionNumber", column: "decision_number", label: "Số quyết định", type: "text", max: FIELD_LIMITS.code, placeholder: "Ví dụ: 125/QĐ-UBND", inList: true, searchable: true, width: 150 },
    { key: "decisionDate", column: "decision_date", label: "Ngày quyết định", type: "date", required: true, inList: true, width: 110 },
    { key: "reason", column: "reason", label: "Lý do", type: "longtext", max: FIELD_LIMITS.note, inList: true, searchable: true },
  ],
  orderBy: "decision_date DESC, id DESC",
  name: (r) => (r.decisionNumber ? `số ${String(r.decisionNumber)}` : `đối với ${String(r[nameKeyOf("staffId")] ?? "")}`),
};
