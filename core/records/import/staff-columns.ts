import type { ColumnSpec } from "../../import/column-spec";

export type StaffField =
  | "fullName"
  | "birthDate"
  | "birthDateMale"
  | "birthDateFemale"
  | "gender"
  | "position"
  | "department"
  | "rank"
  | "category"
  | "education"
  | "politicalTheory"
  | "stateManagement"
  | "startDate"
  | "status";

/** The roster of cán bộ, công chức as communes keep it in Excel; "Nam"/"Nữ" under "Ngày sinh" read as two columns. */
export const STAFF_COLUMNS: ColumnSpec<StaffField> = {
  synonyms: {
    fullName: ["Họ và tên", "Họ tên", "Họ và tên cán bộ, công chức", "Tên cán bộ, công chức", "Họ và tên khai sinh"],
    birthDate: ["Ngày sinh", "Năm sinh", "Ngày, tháng, năm sinh", "Ngày tháng năm sinh"],
    birthDateMale: ["Ngày sinh (Nam)", "Ngày sinh Nam", "Năm sinh Nam", "Ngày, tháng, năm sinh Nam", "Ngày tháng năm sinh Nam"],
    birthDateFemale: ["Ngày sinh (Nữ)", "Ngày sinh Nữ", "Năm sinh Nữ", "Ngày, tháng, năm sinh Nữ", "Ngày tháng năm sinh Nữ"],
    gender: ["Giới tính", "Nam/Nữ", "Nam, nữ"],
    position: ["Chức vụ", "Chức danh", "Chức vụ, chức danh", "Chức danh công chức", "Chức vụ hiện tại"],
    department: ["Phòng ban", "Đơn vị công tác", "Đơn vị", "Phòng, ban", "Cơ quan, đơn vị", "Bộ phận", "Phòng ban, đơn vị"],
    rank: ["Ngạch", "Ngạch công chức", "Ngạch, bậc", "Ngạch công chức, viên chức", "Mã ngạch"],
    category: ["Đối tượng", "Cán bộ/Công chức", "Loại cán bộ, công chức", "Phân loại"],
    education: ["Trình độ chuyên môn", "Chuyên môn", "Trình độ chuyên môn, nghiệp vụ", "Trình độ đào tạo", "Trình độ chuyên môn cao nhất"],
    politicalTheory: ["Lý luận chính trị", "Trình độ lý luận chính trị", "LLCT", "Chính trị"],
    stateManagement: ["Quản lý nhà nước", "Trình độ quản lý nhà nước", "QLNN"],
    startDate: ["Ngày vào cơ quan", "Ngày tuyển dụng", "Ngày bắt đầu công tác", "Ngày vào làm việc", "Ngày vào cơ quan công tác"],
    status: ["Trạng thái", "Tình trạng", "Tình trạng công tác"],
  },
  required: ["fullName"],
  describes: "danh sách cán bộ, công chức (có cột Họ và tên)",
};
