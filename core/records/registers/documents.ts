import { FIELD_LIMITS } from "../../field-limits";
import type { RegisterDescriptor } from "./descriptor";
import { optionsOf } from "./descriptor";

export const documents: RegisterDescriptor = {
  key: "documents",
  table: "documents",
  noun: "văn bản",
  title: "Sổ văn bản đi, đến",
  purpose:
    "Ghi các văn bản đi, đến của xã: số, ký hiệu, ngày, trích yếu, có phải văn bản quy phạm pháp luật, có gửi điện tử và ký số không. Số liệu mục II. Cải cách thể chế (số VBQPPL ban hành) và mục VII. Chính quyền điện tử, chính quyền số (tỷ lệ văn bản điện tử, ký số) của Phụ lục 3; văn bản cũng là tài liệu minh chứng của đề cương kiểm tra.",
  fields: [
    { key: "numberSymbol", column: "number_symbol", label: "Số, ký hiệu", type: "text", max: FIELD_LIMITS.code, placeholder: "Ví dụ: 623/UBND-VHXH", required: true, inList: true, searchable: true, width: 140 },
    { key: "date", column: "date", label: "Ngày ban hành", type: "date", required: true, inList: true, width: 96 },
    {
      key: "kind",
      column: "kind",
      label: "Loại văn bản",
      type: "text",
      max: FIELD_LIMITS.code,
      suggest: ["Công văn", "Quyết định", "Kế hoạch", "Báo cáo", "Thông báo", "Tờ trình", "Nghị quyết", "Chỉ thị", "Giấy mời"],
      required: true,
      inList: true,
      searchable: true,
      width: 96,
    },
    { key: "issuer", column: "issuer", label: "Cơ quan ban hành", type: "text", max: FIELD_LIMITS.name, suggest: [], searchable: true },
    { key: "summary", column: "summary", label: "Trích yếu", type: "longtext", max: FIELD_LIMITS.summary, required: true, inList: true, searchable: true },
    {
      key: "direction",
      column: "direction",
      label: "Sổ văn bản",
      short: "Đi/đến",
      type: "enum",
      options: optionsOf({ di: "Văn bản đi", den: "Văn bản đến" }),
      default: "di",
      required: true,
      inList: true,
      searchable: true,
      width: 100,
    },
    { key: "isLegalNormative", column: "is_legal_normative", label: "Văn bản quy phạm pháp luật", short: "VBQPPL", type: "bool", default: false, required: true, inList: true, width: 80 },
    { key: "electronic", column: "electronic", label: "Gửi, nhận dưới dạng điện tử", short: "Điện tử", type: "bool", inList: true, width: 76 },
    { key: "digitallySigned", column: "digitally_signed", label: "Đã ký số", short: "Ký số", type: "bool", inList: true, width: 66 },
    { key: "departmentCode", column: "department_code", label: "Phòng tham mưu", type: "department", searchable: true },
  ],
  orderBy: "date DESC, id DESC",
  name: (r) => `số ${String(r.numberSymbol)}`,
};
