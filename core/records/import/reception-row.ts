import { formatFigure } from "../../indicators/format";
import { parseVietnameseNumber } from "../../vietnamese-number";
import { receptions } from "../registers/receptions";
import type { RegisterImporter } from "./importer";
import { RECEPTION_COLUMNS, type ReceptionField } from "./reception-columns";
import type { RegisterRow } from "./register-row";
import type { Vocabulary } from "./vocabulary";

const SESSION_KIND: Vocabulary<"thuong_xuyen" | "dinh_ky" | "dot_xuat"> = [
  ["thuong_xuyen", ["Thường xuyên", "Tiếp thường xuyên", "Hằng ngày"]],
  ["dinh_ky", ["Định kỳ", "Tiếp định kỳ", "Chủ tịch tiếp"]],
  ["dot_xuat", ["Đột xuất", "Tiếp đột xuất"]],
];

const CLASSIFICATION: Vocabulary<"khieu_nai" | "to_cao" | "kien_nghi_phan_anh"> = [
  ["khieu_nai", ["Khiếu nại", "KN"]],
  ["to_cao", ["Tố cáo", "TC"]],
  ["kien_nghi_phan_anh", ["Kiến nghị, phản ánh", "Kiến nghị", "Phản ánh", "KNPA"]],
];

const HANDLING: Vocabulary<"thu_ly" | "chuyen_don" | "huong_dan" | "tra_loi"> = [
  ["thu_ly", ["Thụ lý", "Thụ lý giải quyết"]],
  ["chuyen_don", ["Chuyển đơn", "Chuyển", "Chuyển cơ quan có thẩm quyền"]],
  ["huong_dan", ["Hướng dẫn", "Hướng dẫn công dân"]],
  ["tra_loi", ["Trả lời", "Giải thích", "Trả lời, giải thích"]],
];

/** Excel drops the leading zero of an ID typed as a number: 12-digit CCCD and 9-digit CMND get it back. */
function idNumber(row: RegisterRow<ReceptionField>): string | null {
  const text = row.text("citizenIdNumber").replace(/\s+/g, "");
  if (typeof row.cell("citizenIdNumber") === "number" && (text.length === 11 || text.length === 8)) return `0${text}`;
  return text || null;
}

const PEOPLE = receptions.fields.find((f) => f.key === "peopleCount") as { min: number; max: number };

/** "3", "3 người", "1.000": read as every number the app takes; "1,5" or "1.200" (over the register's limit) is refused, never cut to 1. */
function peopleCount(row: RegisterRow<ReceptionField>): number {
  const text = row.text("peopleCount");
  if (!text) return 1;
  const read = parseVietnameseNumber(text.replace(/\s*(người|lượt)$/iu, ""));
  const n = read.kind === "number" ? read.value : NaN;
  if (Number.isInteger(n) && n >= PEOPLE.min && n <= PEOPLE.max) return n;
  return row.reject(`Số người “${text}” ở cột ${row.column("peopleCount")} phải là số nguyên từ ${PEOPLE.min} đến ${formatFigure(PEOPLE.max, "")}.`);
}

export const RECEPTION_IMPORT: RegisterImporter<ReceptionField> = {
  register: "receptions",
  table: "receptions",
  title: "sổ tiếp công dân",
  spec: RECEPTION_COLUMNS,
  keyColumns: ["date", "citizen_name", "content"],
  keyDescription: "cùng ngày tiếp, họ tên công dân, nội dung",
  absentColumnNotes: { sessionKind: "các buổi tiếp được ghi là tiếp thường xuyên." },
  rowReader: () => (row) => ({
    values: {
      date: row.requiredDate("date", "ngày tiếp"),
      session_kind: row.choice("sessionKind", SESSION_KIND) ?? "thuong_xuyen",
      host: row.optional("host"),
      citizen_name: row.optional("citizenName"),
      citizen_address: row.optional("citizenAddress"),
      citizen_id_number: idNumber(row),
      people_count: peopleCount(row),
      content: row.required("content", "nội dung"),
      classification: row.choice("classification", CLASSIFICATION),
      handling: row.choice("handling", HANDLING),
      result: row.optional("result"),
    },
  }),
};
