import type { FieldDescriptor, RegisterDescriptor, RegisterRow } from "../../../core/records/registers/descriptor";
import { nameKeyOf, optionLabel } from "../../../core/records/registers/descriptor";
import { formatDate } from "../format";
import type { PrintColumn, PrintSpec, PrintValue } from "../print/printDocument";

/** What a column without a width takes in the print, as the list gives it on screen. */
const FLEXIBLE_WIDTH = 180;

const blank = (v: unknown) => v === null || v === undefined || v === "";

/** One field of a row as printed text: dates dd/MM/yyyy, numbers as numbers (formatted by the printer), Có/Không, labels for codes. */
export function fieldText(field: FieldDescriptor, row: RegisterRow): PrintValue {
  const value = row[field.key];
  if (blank(value)) return field.type === "bool" ? "Chưa rõ" : (field.empty ?? null);
  switch (field.type) {
    case "bool":
      return value ? "Có" : "Không";
    case "date":
      return formatDate(String(value));
    case "int":
    case "number":
      return Number(value);
    case "enum":
      return optionLabel(field.options, value);
    case "department":
    case "staff":
      return String(row[nameKeyOf(field.key)] ?? value);
    default:
      return String(value);
  }
}

/** A register's list as shown (the search applied), with the columns of its list on screen. */
export function registerPrintSpec(d: RegisterDescriptor, rows: readonly RegisterRow[], search: string): PrintSpec<RegisterRow> {
  const fields: PrintColumn<RegisterRow>[] = d.fields
    .filter((f) => f.inList)
    .map((f) => ({
      title: f.short ?? f.label,
      width: f.width ?? FLEXIBLE_WIDTH,
      align: f.type === "int" || f.type === "number" ? "right" : f.type === "date" || f.type === "bool" ? "center" : "left",
      value: (r) => fieldText(f, r),
    }));
  const shown: PrintColumn<RegisterRow>[] = (d.shown ?? []).map((s) => ({
    title: s.label,
    width: s.width ?? FLEXIBLE_WIDTH,
    value: (r) => (blank(r[s.key]) ? (s.empty ?? null) : s.options ? optionLabel(s.options, r[s.key]) : String(r[s.key])),
  }));
  return {
    title: d.title,
    subtitle: search ? `Các dòng khớp nội dung tìm “${search}”.` : undefined,
    columns: [...fields, ...shown],
    rows,
  };
}
