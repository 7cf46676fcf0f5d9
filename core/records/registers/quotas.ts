import { FIELD_LIMITS } from "../../field-limits";
import type { RegisterDescriptor } from "./descriptor";

export const quotas: RegisterDescriptor = {
  key: "quotas",
  table: "quotas",
  idColumn: "year",
  noun: "chỉ tiêu biên chế",
  title: "Chỉ tiêu biên chế được giao",
  purpose: "Ghi số biên chế cấp trên giao cho xã mỗi năm. Số liệu “Số biên chế được giao” ở mục IV. Cải cách tổ chức bộ máy của Phụ lục 3.",
  fields: [
    { key: "year", column: "year", label: "Năm", type: "year", required: true, inList: true, searchable: true, width: 80 },
    { key: "quota", column: "quota", label: "Số biên chế được giao", short: "Biên chế", type: "int", min: 0, max: 10000, unit: "người", required: true, inList: true, width: 100 },
    {
      key: "decision",
      column: "decision",
      label: "Quyết định giao",
      type: "text",
      max: FIELD_LIMITS.line,
      placeholder: "Ví dụ: Quyết định số 15/QĐ-UBND ngày 20/12/2024",
      inList: true,
      searchable: true,
    },
    { key: "note", column: "note", label: "Ghi chú", type: "longtext", max: FIELD_LIMITS.note, inList: true, searchable: true },
  ],
  unique: { fields: ["year"], message: "Năm này đã có chỉ tiêu biên chế; hãy sửa dòng của năm đó" },
  orderBy: "year DESC",
  name: (r) => `năm ${String(r.year)}`,
};
