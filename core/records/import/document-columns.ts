import type { ColumnSpec } from "../../import/column-spec";

export type DocumentField = "numberSymbol" | "date" | "kind" | "summary" | "issuer" | "electronic" | "digitallySigned" | "legalNormative";

/** The register of outgoing documents (sổ văn bản đi). */
export const DOCUMENT_COLUMNS: ColumnSpec<DocumentField> = {
  synonyms: {
    numberSymbol: ["Số, ký hiệu", "Số ký hiệu", "Số/Ký hiệu", "Số và ký hiệu", "Số, ký hiệu văn bản", "Số ký hiệu văn bản", "Số hiệu văn bản", "Số văn bản"],
    date: ["Ngày tháng", "Ngày ban hành", "Ngày văn bản", "Ngày, tháng", "Ngày tháng văn bản", "Ngày ký", "Ngày, tháng văn bản"],
    kind: ["Loại văn bản", "Tên loại", "Loại VB", "Tên loại văn bản", "Hình thức văn bản"],
    summary: ["Trích yếu nội dung", "Trích yếu", "Trích yếu nội dung văn bản", "Nội dung", "Tên văn bản"],
    issuer: ["Người ký", "Cơ quan ban hành", "Nơi ban hành", "Người ký văn bản", "Đơn vị ban hành"],
    electronic: ["Văn bản điện tử", "VB điện tử", "Gửi điện tử", "Điện tử", "Phát hành điện tử"],
    digitallySigned: ["Ký số", "Chữ ký số", "Đã ký số", "Ký số (x)"],
    legalNormative: ["VBQPPL", "Văn bản QPPL", "Là VBQPPL", "Văn bản quy phạm pháp luật"],
  },
  required: ["numberSymbol", "date", "summary"],
  describes: "sổ văn bản đi (có cột Số, ký hiệu; Ngày tháng; Trích yếu nội dung)",
};
