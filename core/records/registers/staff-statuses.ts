import { formatDateVi } from "../../../shared/dates";
import { FIELD_LIMITS } from "../../field-limits";
import type { RegisterDescriptor } from "./descriptor";
import { nameKeyOf, optionLabel } from "./descriptor";
import { STAFF_STATUS } from "./staff";

export const staffStatuses: RegisterDescriptor = {
  key: "staff_statuses",
  table: "staff_statuses",
  noun: "mốc quá trình công tác",
  title: "Quá trình công tác",
  purpose:
    "Ghi các mốc đang công tác, nghỉ hưu, chuyển công tác, thôi việc của từng người, kèm ngày. Tình trạng mới nhất hiện ở danh sách cán bộ và quyết định ai có mặt ở mục IV. Cải cách tổ chức bộ máy của Phụ lục 3.",
  fields: [
    { key: "staffId", column: "staff_id", label: "Cán bộ, công chức", type: "staff", required: true, inList: true, searchable: true, width: 200 },
    { key: "status", column: "status", label: "Tình trạng", type: "enum", options: STAFF_STATUS, required: true, inList: true, searchable: true, width: 150 },
    { key: "fromDate", column: "from_date", label: "Từ ngày", type: "date", required: true, inList: true, width: 100 },
    { key: "note", column: "note", label: "Ghi chú", type: "longtext", max: FIELD_LIMITS.note, inList: true, searchable: true },
  ],
  orderBy: "from_date DESC, id DESC",
  name: (r) => `${optionLabel(STAFF_STATUS, r.status).toLowerCase()} của ${String(r[nameKeyOf("staffId")] ?? "")} từ ${formatDateVi(String(r.fromDate))}`,
};
