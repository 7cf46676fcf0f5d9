import type { ColumnSpec } from "../../import/column-spec";

export type ComplaintField = "receivedDate" | "kind" | "senderName" | "senderAddress" | "content" | "withinCompetence" | "resolvedDate" | "result";

/** The register of complaints and denunciations (sổ theo dõi đơn thư). */
export const COMPLAINT_COLUMNS: ColumnSpec<ComplaintField> = {
  synonyms: {
    receivedDate: ["Ngày nhận đơn", "Ngày nhận", "Ngày tiếp nhận", "Ngày đến", "Ngày nhận đơn thư", "Ngày tiếp nhận đơn"],
    kind: ["Loại đơn", "Phân loại đơn", "Loại đơn thư", "Phân loại", "Loại"],
    senderName: ["Người gửi", "Họ tên người gửi", "Người đứng đơn", "Họ và tên người gửi", "Họ và tên", "Họ tên", "Người gửi đơn"],
    senderAddress: ["Địa chỉ", "Địa chỉ người gửi", "Nơi cư trú"],
    content: ["Nội dung", "Nội dung đơn", "Tóm tắt nội dung", "Nội dung đơn thư", "Trích yếu"],
    withinCompetence: ["Thuộc thẩm quyền", "Thẩm quyền", "Thuộc thẩm quyền giải quyết", "Thuộc thẩm quyền của UBND xã"],
    resolvedDate: ["Ngày giải quyết", "Ngày giải quyết xong", "Ngày trả lời", "Ngày ban hành quyết định giải quyết", "Ngày xử lý xong"],
    result: ["Kết quả", "Kết quả giải quyết", "Kết quả xử lý"],
  },
  required: ["receivedDate", "kind"],
  describes: "sổ theo dõi đơn thư (có cột Ngày nhận đơn và Loại đơn)",
};
