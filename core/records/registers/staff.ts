import { FIELD_LIMITS } from "../../field-limits";
import type { RegisterDescriptor } from "./descriptor";
import { notBefore, optionsOf } from "./descriptor";

export const STAFF_STATUS = optionsOf(
  {
    dang_cong_tac: "Đang công tác",
    nghi_huu: "Nghỉ hưu",
    chuyen_cong_tac: "Chuyển công tác",
    thoi_viec: "Thôi việc",
  },
  { dang_cong_tac: "green", nghi_huu: "grey", chuyen_cong_tac: "grey", thoi_viec: "grey" },
);

export const staff: RegisterDescriptor = {
  key: "staff",
  table: "staff",
  noun: "cán bộ, công chức",
  title: "Danh sách cán bộ, công chức, viên chức",
  purpose:
    "Ghi từng cán bộ, công chức, viên chức của xã với trình độ chuyên môn, lý luận chính trị. Số liệu mục IV. Cải cách tổ chức bộ máy (số có mặt) và mục V. Cải cách chế độ công vụ (trình độ, tuyển dụng) của Phụ lục 3.",
  fields: [
    { key: "fullName", column: "full_name", label: "Họ và tên", type: "text", max: FIELD_LIMITS.personName, required: true, inList: true, searchable: true, width: 160 },
    { key: "birthDate", column: "birth_date", label: "Ngày sinh", type: "date", inList: true, width: 92 },
    { key: "gender", column: "gender", label: "Giới tính", type: "enum", options: optionsOf({ nam: "Nam", nu: "Nữ" }) },
    {
      key: "departmentCode",
      column: "department_code",
      label: "Phòng ban, đơn vị",
      type: "department",
      help: "Để trống với lãnh đạo UBND.",
      empty: "Lãnh đạo UBND",
      inList: true,
      searchable: true,
      width: 150,
    },
    {
      key: "position",
      column: "position",
      label: "Chức vụ",
      type: "text",
      max: FIELD_LIMITS.name,
      suggest: ["Chủ tịch UBND", "Phó Chủ tịch UBND", "Chánh Văn phòng", "Trưởng phòng", "Phó Trưởng phòng", "Giám đốc", "Phó Giám đốc", "Chuyên viên"],
      inList: true,
      searchable: true,
    },
    { key: "rank", column: "rank", label: "Ngạch", type: "text", max: FIELD_LIMITS.name, suggest: ["Chuyên viên chính", "Chuyên viên", "Cán sự", "Nhân viên"], searchable: true },
    {
      key: "category",
      column: "category",
      label: "Loại",
      type: "enum",
      options: optionsOf({ can_bo: "Cán bộ", cong_chuc: "Công chức", vien_chuc: "Viên chức", hop_dong: "Hợp đồng lao động" }),
      default: "cong_chuc",
      required: true,
      inList: true,
      width: 92,
    },
    {
      key: "education",
      column: "education",
      label: "Trình độ chuyên môn",
      short: "Chuyên môn",
      type: "enum",
      options: optionsOf({ tien_si: "Tiến sĩ", thac_si: "Thạc sĩ", dai_hoc: "Đại học", cao_dang: "Cao đẳng", trung_cap: "Trung cấp", khac: "Khác" }),
      inList: true,
      width: 88,
    },
    {
      key: "politicalTheory",
      column: "political_theory",
      label: "Lý luận chính trị",
      short: "Lý luận CT",
      type: "enum",
      options: optionsOf({ cao_cap: "Cao cấp", cu_nhan: "Cử nhân", trung_cap: "Trung cấp", so_cap: "Sơ cấp" }),
      inList: true,
      width: 88,
    },
    {
      key: "stateManagement",
      column: "state_management",
      label: "Quản lý nhà nước",
      type: "text",
      max: FIELD_LIMITS.name,
      suggest: ["Chuyên viên cao cấp", "Chuyên viên chính", "Chuyên viên"],
      help: "Chương trình bồi dưỡng kiến thức quản lý nhà nước đã học.",
    },
    { key: "startDate", column: "start_date", label: "Ngày tuyển dụng, tiếp nhận", type: "date" },
  ],
  shown: [
    {
      key: "currentStatus",
      label: "Tình trạng",
      sql: "(SELECT s.status FROM staff_statuses s WHERE s.staff_id = staff.id ORDER BY s.from_date DESC, s.id DESC LIMIT 1)",
      options: STAFF_STATUS,
      empty: "Chưa ghi",
      width: 124,
    },
  ],
  checks: [notBefore("startDate", "birthDate", "Ngày tuyển dụng, tiếp nhận phải sau Ngày sinh")],
  orderBy: "CASE WHEN department_code IS NULL THEN 0 ELSE 1 END, department_code, fold(full_name), id",
  name: (r) => String(r.fullName),
  deleteNote: "Quá trình công tác và các quyết định kỷ luật của người này cũng bị xóa.",
  cascades: [
    { table: "staff_statuses", column: "staff_id" },
    { table: "discipline_records", column: "staff_id" },
  ],
};
