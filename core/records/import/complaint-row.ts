import { fold } from "../../../shared/text";
import { COMPLAINT_COLUMNS, type ComplaintField } from "./complaint-columns";
import type { RegisterImporter } from "./importer";
import type { RegisterRow } from "./register-row";
import type { Vocabulary } from "./vocabulary";

const KIND: Vocabulary<"khieu_nai" | "to_cao" | "kien_nghi" | "phan_anh"> = [
  ["khieu_nai", ["Khiếu nại", "Đơn khiếu nại", "KN"]],
  ["to_cao", ["Tố cáo", "Đơn tố cáo", "TC"]],
  ["kien_nghi", ["Kiến nghị", "Đơn kiến nghị"]],
  ["phan_anh", ["Phản ánh", "Đơn phản ánh"]],
];

/** "x", Có/Không, or written out: "Thuộc thẩm quyền" / "Không thuộc thẩm quyền". */
function withinCompetence(row: RegisterRow<ComplaintField>): boolean {
  const text = fold(row.text("withinCompetence"));
  if (text.startsWith("thuoc")) return true;
  return row.checkbox("withinCompetence");
}

export const COMPLAINT_IMPORT: RegisterImporter<ComplaintField> = {
  register: "complaints",
  table: "complaints",
  title: "sổ theo dõi đơn thư",
  spec: COMPLAINT_COLUMNS,
  keyColumns: ["received_date", "sender_name", "content"],
  keyDescription: "cùng ngày nhận đơn, người gửi, nội dung",
  absentColumnNotes: { withinCompetence: "các đơn được ghi là không thuộc thẩm quyền." },
  rowReader: () => (row) => {
    const receivedDate = row.requiredDate("receivedDate", "ngày nhận đơn");
    const resolvedDate = row.date("resolvedDate");
    if (resolvedDate && resolvedDate < receivedDate) {
      row.reject(`Ngày giải quyết ở cột ${row.column("resolvedDate")} trước ngày nhận đơn ở cột ${row.column("receivedDate")}.`);
    }
    return {
      values: {
        received_date: receivedDate,
        kind: row.choice("kind", KIND) ?? row.reject(`Thiếu loại đơn (cột ${row.column("kind")}).`),
        sender_name: row.optional("senderName"),
        sender_address: row.optional("senderAddress"),
        content: row.optional("content"),
        within_competence: withinCompetence(row) ? 1 : 0,
        resolved_date: resolvedDate,
        result: row.optional("result"),
      },
    };
  },
};
