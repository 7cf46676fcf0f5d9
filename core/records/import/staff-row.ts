import { flagOf } from "../../import/synonyms";
import { departmentReader } from "./departments";
import type { ImportedRecord, RegisterImporter } from "./importer";
import type { RegisterRow } from "./register-row";
import { STAFF_COLUMNS, type StaffField } from "./staff-columns";
import { matchVocabulary, type Vocabulary } from "./vocabulary";

const EDUCATION: Vocabulary<"tien_si" | "thac_si" | "dai_hoc" | "cao_dang" | "trung_cap"> = [
  ["tien_si", ["Tiến sĩ", "Tiến sỹ", "TS"]],
  ["thac_si", ["Thạc sĩ", "Thạc sỹ", "ThS", "Cao học"]],
  ["dai_hoc", ["Đại học", "Cử nhân", "Kỹ sư", "Bác sĩ", "Kiến trúc sư", "ĐH"]],
  ["cao_dang", ["Cao đẳng", "CĐ"]],
  ["trung_cap", ["Trung cấp", "TC"]],
];

const POLITICAL_THEORY: Vocabulary<"cao_cap" | "cu_nhan" | "trung_cap" | "so_cap"> = [
  ["cao_cap", ["Cao cấp"]],
  ["cu_nhan", ["Cử nhân"]],
  ["trung_cap", ["Trung cấp"]],
  ["so_cap", ["Sơ cấp"]],
];

const GENDER: Vocabulary<"nam" | "nu"> = [
  ["nam", ["Nam"]],
  ["nu", ["Nữ"]],
];

const CATEGORY: Vocabulary<"can_bo" | "cong_chuc" | "vien_chuc" | "hop_dong"> = [
  ["can_bo", ["Cán bộ"]],
  ["cong_chuc", ["Công chức"]],
  ["vien_chuc", ["Viên chức"]],
  ["hop_dong", ["Hợp đồng", "Lao động hợp đồng", "HĐ"]],
];

const STATUS: Vocabulary<"dang_cong_tac" | "nghi_huu" | "chuyen_cong_tac" | "thoi_viec"> = [
  ["dang_cong_tac", ["Đang công tác", "Đang làm việc", "Công tác"]],
  ["nghi_huu", ["Nghỉ hưu", "Hưu", "Nghỉ chế độ"]],
  ["chuyen_cong_tac", ["Chuyển công tác", "Điều động", "Luân chuyển"]],
  ["thoi_viec", ["Thôi việc", "Nghỉ việc", "Buộc thôi việc"]],
];

const BIRTH_COLUMNS: [StaffField, "nam" | "nu" | null][] = [
  ["birthDate", null],
  ["birthDateMale", "nam"],
  ["birthDateFemale", "nu"],
];

/** A birth date, or only a year ("1985", as many rosters write it): then 01/01 of that year, with a note. */
function birthDateIn(row: RegisterRow<StaffField>, field: StaffField): string | null {
  const cell = row.cell(field);
  const year = typeof cell === "number" ? cell : /^\d{4}$/.test(row.text(field)) ? Number(row.text(field)) : null;
  if (year !== null && Number.isInteger(year) && year >= 1900 && year <= 2100) {
    row.note("Chỉ có năm sinh: đã ghi ngày sinh là 01/01 của năm đó.");
    return `${year}-01-01`;
  }
  return row.date(field);
}

/** The birth date and the gender it tells when written under "Nam" or "Nữ". */
function birth(row: RegisterRow<StaffField>): { date: string | null; gender: "nam" | "nu" | null } {
  const given = BIRTH_COLUMNS.filter(([f]) => row.text(f) !== "");
  if (given.length > 1) row.reject(`Có ngày sinh ở cả cột ${row.column(given[0]![0])} và cột ${row.column(given[1]![0])}.`);
  const [field, gender] = given[0] ?? [null, null];
  return { date: field ? birthDateIn(row, field) : null, gender };
}

function gender(row: RegisterRow<StaffField>, fromBirthColumn: "nam" | "nu" | null): "nam" | "nu" | null {
  const stated = row.choice("gender", GENDER);
  if (stated && fromBirthColumn && stated !== fromBirthColumn) {
    row.reject(`Giới tính “${row.text("gender")}” ở cột ${row.column("gender")} khác với cột ngày sinh ${row.column(fromBirthColumn === "nam" ? "birthDateMale" : "birthDateFemale")}.`);
  }
  return stated ?? fromBirthColumn;
}

export const STAFF_IMPORT: RegisterImporter<StaffField> = {
  register: "staff",
  table: "staff",
  title: "danh sách cán bộ, công chức",
  spec: STAFF_COLUMNS,
  keyColumns: ["full_name", "birth_date"],
  keyDescription: "cùng họ và tên, ngày sinh",
  absentColumnNotes: { status: "mọi người được ghi là đang công tác." },
  rowReader({ sqlite, today }) {
    const departmentOf = departmentReader(sqlite);
    return (row): ImportedRecord => {
      const fullName = row.required("fullName", "họ và tên");
      const born = birth(row);
      const education = row.text("education") ? (matchVocabulary(EDUCATION, row.text("education")) ?? "khac") : null;
      const theory = flagOf(row.text("politicalTheory")) === false ? null : row.choice("politicalTheory", POLITICAL_THEORY);
      const startDate = row.date("startDate");
      const status = row.choice("status", STATUS) ?? "dang_cong_tac";
      const values = {
        full_name: fullName,
        birth_date: born.date,
        gender: gender(row, born.gender),
        department_code: departmentOf(row, "department"),
        position: row.optional("position"),
        rank: row.optional("rank"),
        education,
        political_theory: theory,
        state_management: row.optional("stateManagement"),
        start_date: startDate,
        ...(row.text("category") ? { category: row.choice("category", CATEGORY) } : {}),
      };
      // A roster says who is in post since when; any other status is only known to hold on the day of the import.
      const fromDate = status === "dang_cong_tac" ? (startDate ?? today) : today;
      return { values, children: [{ table: "staff_statuses", parentColumn: "staff_id", values: { status, from_date: fromDate } }] };
    };
  },
};
