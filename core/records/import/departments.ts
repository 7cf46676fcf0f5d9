import type Database from "better-sqlite3";
import { fold } from "../../../shared/text";
import type { RegisterRow } from "./register-row";

/** Folded, punctuation as spaces: "Phòng Văn hóa – Xã hội" and "phong van hoa - xa hoi" compare alike. */
const loose = (s: string) =>
  fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * The department a unit named in a register is: its code or its name
 * compared loosely, else the one department whose name the text holds (or
 * that holds the text). Null when none or several fit.
 */
function departmentMatcher(sqlite: Database.Database): (text: string) => string | null {
  const departments = (sqlite.prepare("SELECT code, name FROM departments").all() as { code: string; name: string }[]).map((d) => ({
    code: d.code,
    keys: [loose(d.code), loose(d.name)],
  }));
  return (text) => {
    const t = loose(text);
    if (!t) return null;
    const exact = departments.find((d) => d.keys.includes(t));
    if (exact) return exact.code;
    const near = departments.filter((d) => t.includes(d.keys[1]!) || (t.length >= 4 && d.keys[1]!.includes(t)));
    return near.length === 1 ? near[0]!.code : null;
  };
}

/** Reads a unit column as a department code; a unit no department fits is left blank, with a note. */
export function departmentReader(sqlite: Database.Database): <F extends string>(row: RegisterRow<F>, field: F) => string | null {
  const departmentOf = departmentMatcher(sqlite);
  return (row, field) => {
    const text = row.text(field);
    const code = text ? departmentOf(text) : null;
    if (text && !code) row.note(`Đơn vị “${text}” không khớp phòng ban nào trong Cài đặt; để trống phòng ban.`);
    return code;
  };
}
