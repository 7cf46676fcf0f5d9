import type { ColumnSpec } from "../../import/column-spec";

export type ReceptionField = "date" | "sessionKind" | "host" | "citizenName" | "citizenAddress" | "citizenIdNumber" | "peopleCount" | "content" | "classification" | "handling" | "result";

/** The citizen-reception register (sổ tiếp công dân). */
export const RECEPTION_COLUMNS: ColumnSpec<ReceptionField> = {
  synonyms: {
    date: ["Ngày tiếp", "Ngày tiếp công dân", "Thời gian tiếp", "Ngày, tháng, năm", "Ngày"],
    sessionKind: ["Hình thức tiếp", "Loại tiếp", "Hình thức tiếp công dân", "Hình thức", "Loại buổi tiếp"],
    host: ["Người chủ trì", "Cán bộ tiếp", "Người tiếp", "Người chủ trì tiếp", "Cán bộ tiếp công dân", "Người tiếp công dân"],
    citizenName: ["Họ tên công dân", "Người được tiếp", "Họ và tên công dân", "Họ và tên", "Họ tên", "Công dân", "Họ tên người được tiếp"],
    citizenAddress: ["Địa chỉ", "Nơi cư trú", "Địa chỉ thường trú", "Địa chỉ công dân"],
    citizenIdNumber: ["Số CCCD", "CMND", "Số CCCD/CMND", "Số CMND/CCCD", "CCCD/CMND", "Số định danh cá nhân", "Số CMND", "CCCD"],
    peopleCount: ["Số người", "Số lượt", "Số lượt người", "Số người được tiếp", "Số lượt tiếp"],
    content: ["Nội dung", "Nội dung vụ việc", "Tóm tắt nội dung", "Nội dung tiếp", "Nội dung trình bày"],
    classification: ["Phân loại", "Phân loại vụ việc", "Loại vụ việc", "Phân loại đơn"],
    handling: ["Hướng xử lý", "Kết quả phân loại, xử lý", "Xử lý", "Hướng giải quyết", "Phân loại xử lý"],
    result: ["Kết quả", "Kết quả giải quyết", "Kết quả tiếp"],
  },
  required: ["date", "content"],
  describes: "sổ tiếp công dân (có cột Ngày tiếp và Nội dung)",
};
