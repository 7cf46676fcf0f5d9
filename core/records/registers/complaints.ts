import { formatDateVi } from "../../../shared/dates";
import { FIELD_LIMITS } from "../../field-limits";
import type { RegisterDescriptor } from "./descriptor";
import { notBefore, optionsOf } from "./descriptor";

export const complaints: RegisterDescriptor = {
  key: "complaints",
  table: "complaints",
  noun: "đơn",
  title: "Đơn khiếu nại, tố cáo, kiến nghị, phản ánh",
  purpose:
    "Ghi từng đơn khiếu nại, tố cáo, kiến nghị, phản ánh xã nhận được: có thuộc thẩm quyền không, ngày giải quyết xong. Số liệu mục VIII. Tiếp công dân, giải quyết khiếu nại, tố cáo (số đơn tiếp nhận, thuộc thẩm quyền, đã giải quyết) của Phụ lục 3.",
  fields: [
    { key: "receivedDate", column: "received_date", label: "Ngày nhận đơn", type: "date", required: true, inList: true, width: 100 },
    {
      key: "kind",
      column: "kind",
      label: "Loại đơn",
      type: "enum",
      options: optionsOf({ khieu_nai: "Khiếu nại", to_cao: "Tố cáo", kien_nghi: "Kiến nghị", phan_anh: "Phản ánh" }),
      required: true,
      inList: true,
      searchable: true,
      width: 100,
    },
    { key: "senderName", column: "sender_name", label: "Người gửi", type: "text", max: FIELD_LIMITS.name, inList: true, searchable: true, width: 150 },
    { key: "senderAddress", column: "sender_address", label: "Địa chỉ người gửi", type: "text", max: FIELD_LIMITS.line, searchable: true },
    { key: "content", column: "content", label: "Nội dung", type: "longtext", max: FIELD_LIMITS.summary, inList: true, searchable: true },
    { key: "withinCompetence", column: "within_competence", label: "Thuộc thẩm quyền giải quyết", short: "Thuộc thẩm quyền", type: "bool", default: true, required: true, inList: true, width: 100 },
    { key: "resolvedDate", column: "resolved_date", label: "Ngày giải quyết xong", short: "Ngày giải quyết", type: "date", inList: true, width: 100 },
    { key: "result", column: "result", label: "Kết quả giải quyết", type: "longtext", max: FIELD_LIMITS.summary, searchable: true },
  ],
  checks: [notBefore("resolvedDate", "receivedDate", "Ngày giải quyết xong phải từ Ngày nhận đơn trở đi")],
  orderBy: "received_date DESC, id DESC",
  name: (r) => `nhận ngày ${formatDateVi(String(r.receivedDate))}${r.senderName ? ` của ${String(r.senderName)}` : ""}`,
};
