import type { EnumOption, FieldDescriptor, RegisterRow, ShownField } from "../../../core/records/registers/descriptor";
import { nameKeyOf, optionLabel } from "../../../core/records/registers/descriptor";
import { formatDate, formatNumber } from "../format";
import { Clamp } from "./Clamp";
import { FlagTag } from "./FlagTag";
import { OptionTag } from "./OptionTag";

/** Options too long for a tag (Phụ lục 3's rows) read as text. */
export const isLong = (options: readonly EnumOption[]): boolean => options.some((o) => o.label.length > 30);

const blank = (v: unknown) => v === null || v === undefined || v === "";

/** One field of a row as the list shows it: dates dd/MM/yyyy, numbers 1.150, Có/Không, labels for codes. */
export function FieldValue({ field, row }: { field: FieldDescriptor; row: RegisterRow }) {
  const value = row[field.key];
  if (field.type === "bool") return <FlagTag value={(value as boolean | null) ?? null} />;
  if (blank(value)) return <>{field.empty ?? "–"}</>;
  switch (field.type) {
    case "date":
      return <>{formatDate(String(value))}</>;
    case "year":
      return <>{String(value)}</>;
    case "int":
    case "number":
      return <>{formatNumber(Number(value))}</>;
    case "enum":
      return isLong(field.options) ? <Clamp text={optionLabel(field.options, value)} /> : <OptionTag options={field.options} value={value} />;
    case "department":
    case "staff":
      return <Clamp text={String(row[nameKeyOf(field.key)] ?? value)} />;
    default:
      return <Clamp text={String(value)} />;
  }
}

/** A value read with the row but never entered (a current status, who entered a figure). */
export function ShownValue({ field, row }: { field: ShownField; row: RegisterRow }) {
  const value = row[field.key];
  if (blank(value)) return <>{field.empty ?? "–"}</>;
  return field.options ? <OptionTag options={field.options} value={value} /> : <Clamp text={String(value)} />;
}
