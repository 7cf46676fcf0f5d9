import { FIELD_LIMITS } from "../../field-limits";
import type { RegisterDescriptor } from "./descriptor";
import { notBefore, optionsOf } from "./descriptor";

export const legalReviews: RegisterDescriptor = {
  key: "legal_reviews",
  table: "legal_reviews",
  noun: "văn bản được kiểm tra, rà soát",
  title: "Kiểm tra, rà soát văn bản quy phạm pháp luật",
  purpose:
    "Ghi từng văn bản quy phạm pháp luật được kiểm tra hoặc rà soát: có cần xử lý không, ngày xử lý xong. Số liệu mục II. Cải cách thể chế (VBQPPL cần xử lý và đã xử lý sau kiểm tra, rà soát) của Phụ lục 3.",
  fields: [
    { key: "kind", column: "kind", label: "Hình thức", type: "enum", options: optionsOf({ kiem_tra: "Kiểm tra", ra_soat: "Rà soát" }), required: true, inList: true, searchable: true, width: 96 },
    { key: "reviewDate", column: "review_date", label: "Ngày kiểm tra, rà soát", short: "Ngày", type: "date", required: true, inList: true, width: 100 },
    {
      key: "documentRef",
      column: "document_ref",
      label: "Văn bản được kiểm tra, rà soát",
      short: "Văn bản",
      type: "longtext",
      max: FIELD_LIMITS.title,
      required: true,
      inList: true,
      searchable: true,
    },
    { key: "needsHandling", column: "needs_handling", label: "Cần xử lý", type: "bool", default: false, required: true, inList: true, width: 84 },
    { key: "handledDate", column: "handled_date", label: "Ngày xử lý xong", type: "date", inList: true, width: 110 },
    { key: "note", column: "note", label: "Ghi chú", type: "longtext", max: FIELD_LIMITS.note, inList: true, searchable: true, width: 220 },
  ],
  checks: [
    notBefore("handledDate", "reviewDate", "Ngày xử lý xong phải từ Ngày kiểm tra, rà soát trở đi"),
    { field: "handledDate", message: "Chỉ ghi Ngày xử lý xong khi văn bản cần xử lý", holds: (r) => r.needsHandling === true || !r.handledDate },
  ],
  orderBy: "review_date DESC, id DESC",
  name: (r) => `“${String(r.documentRef)}”`,
};
