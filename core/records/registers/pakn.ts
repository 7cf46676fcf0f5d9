import { formatDateVi } from "../../../shared/dates";
import { FIELD_LIMITS } from "../../field-limits";
import type { RegisterDescriptor } from "./descriptor";
import { notBefore } from "./descriptor";

export const pakn: RegisterDescriptor = {
  key: "pakn",
  table: "pakn",
  noun: "phản ánh, kiến nghị",
  title: "Phản ánh, kiến nghị về thủ tục hành chính",
  purpose:
    "Ghi từng phản ánh, kiến nghị của người dân, doanh nghiệp về thủ tục hành chính: ngày tiếp nhận, hạn xử lý, ngày giải quyết. Số liệu mục III. Cải cách thủ tục hành chính (phản ánh, kiến nghị về TTHC) của Phụ lục 3.",
  fields: [
    { key: "code", column: "code", label: "Số/Mã", type: "text", max: FIELD_LIMITS.code, placeholder: "Ví dụ: PAKN-2025-001", inList: true, searchable: true, width: 118 },
    { key: "receivedDate", column: "received_date", label: "Ngày tiếp nhận", type: "date", required: true, inList: true, width: 88 },
    { key: "dueDate", column: "due_date", label: "Hạn xử lý", type: "date", inList: true, width: 88 },
    { key: "resolvedDate", column: "resolved_date", label: "Ngày giải quyết", type: "date", inList: true, width: 88 },
    { key: "procedureName", column: "procedure_name", label: "Thủ tục bị phản ánh", short: "Thủ tục", type: "text", max: FIELD_LIMITS.title, inList: true, searchable: true, width: 134 },
    { key: "field", column: "field", label: "Lĩnh vực", type: "text", max: FIELD_LIMITS.name, inList: true, searchable: true, width: 90 },
    { key: "senderName", column: "sender_name", label: "Người gửi", type: "text", max: FIELD_LIMITS.name, inList: true, searchable: true, width: 106 },
    {
      key: "channel",
      column: "channel",
      label: "Kênh tiếp nhận",
      type: "text",
      max: FIELD_LIMITS.name,
      suggest: ["Trực tiếp tại Trung tâm", "Cổng Dịch vụ công quốc gia", "Hệ thống thông tin giải quyết TTHC", "Hộp thư góp ý", "Điện thoại đường dây nóng", "Thư điện tử"],
    },
    { key: "content", column: "content", label: "Nội dung phản ánh, kiến nghị", short: "Nội dung", type: "longtext", max: FIELD_LIMITS.narrative, inList: true, searchable: true },
    { key: "result", column: "result", label: "Kết quả giải quyết", type: "longtext", max: FIELD_LIMITS.summary },
  ],
  checks: [notBefore("dueDate", "receivedDate", "Hạn xử lý phải từ Ngày tiếp nhận trở đi"), notBefore("resolvedDate", "receivedDate", "Ngày giải quyết phải từ Ngày tiếp nhận trở đi")],
  orderBy: "received_date DESC, id DESC",
  name: (r) => (r.code ? String(r.code) : `tiếp nhận ngày ${formatDateVi(String(r.receivedDate))}`),
};
