import { formatDateVi } from "../../../shared/dates";
import { FIELD_LIMITS } from "../../field-limits";
import type { RegisterDescriptor } from "./descriptor";
import { optionsOf } from "./descriptor";

export const receptions: RegisterDescriptor = {
  key: "receptions",
  table: "receptions",
  noun: "lượt tiếp công dân",
  title: "Sổ tiếp công dân",
  purpose:
    "Ghi từng lượt tiếp công dân: ngày, hình thức tiếp, người được tiếp, nội dung, phân loại và hướng xử lý. Số liệu mục VIII. Tiếp công dân, giải quyết khiếu nại, tố cáo (số lượt tiếp thường xuyên, định kỳ, đột xuất) của Phụ lục 3.",
  fields: [
    { key: "date", column: "date", label: "Ngày tiếp", type: "date", required: true, inList: true, width: 96 },
    {
      key: "sessionKind",
      column: "session_kind",
      label: "Hình thức tiếp",
      type: "enum",
      options: optionsOf({ thuong_xuyen: "Thường xuyên", dinh_ky: "Định kỳ (Chủ tịch UBND)", dot_xuat: "Đột xuất" }),
      default: "thuong_xuyen",
      required: true,
      inList: true,
      searchable: true,
      width: 120,
    },
    { key: "host", column: "host", label: "Người chủ trì tiếp", type: "text", max: FIELD_LIMITS.name, suggest: [], searchable: true },
    { key: "citizenName", column: "citizen_name", label: "Họ tên công dân", short: "Công dân", type: "text", max: FIELD_LIMITS.name, inList: true, searchable: true, width: 150 },
    { key: "citizenAddress", column: "citizen_address", label: "Địa chỉ", type: "text", max: FIELD_LIMITS.line, searchable: true },
    {
      key: "citizenIdNumber",
      column: "citizen_id_number",
      label: "Số CCCD",
      type: "text",
      max: 12,
      pattern: { regex: "^(\\d{9}|\\d{12})$", message: "Số CCCD gồm 12 chữ số (chứng minh nhân dân cũ: 9 chữ số)" },
      searchable: true,
    },
    { key: "peopleCount", column: "people_count", label: "Số người", type: "int", min: 1, max: 1000, default: 1, required: true, inList: true, width: 72 },
    { key: "content", column: "content", label: "Nội dung", type: "longtext", max: FIELD_LIMITS.summary, inList: true, searchable: true },
    {
      key: "classification",
      column: "classification",
      label: "Phân loại",
      type: "enum",
      options: optionsOf({ khieu_nai: "Khiếu nại", to_cao: "Tố cáo", kien_nghi_phan_anh: "Kiến nghị, phản ánh" }),
      inList: true,
      searchable: true,
      width: 120,
    },
    {
      key: "handling",
      column: "handling",
      label: "Hướng xử lý",
      type: "enum",
      options: optionsOf({ thu_ly: "Thụ lý", chuyen_don: "Chuyển đơn", huong_dan: "Hướng dẫn", tra_loi: "Trả lời" }),
      inList: true,
      width: 104,
    },
    { key: "result", column: "result", label: "Kết quả", type: "longtext", max: FIELD_LIMITS.summary, searchable: true },
  ],
  orderBy: "date DESC, id DESC",
  name: (r) => `ngày ${formatDateVi(String(r.date))}${r.citizenName ? ` (${String(r.citizenName)})` : ""}`,
};
