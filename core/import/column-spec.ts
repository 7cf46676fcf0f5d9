import { tooLong } from "../field-limits";
import { fold } from "../../shared/text";

/** The columns of one kind of register (dossiers, the procedure catalogue, …) and how files spell them. */
export interface ColumnSpec<F extends string> {
  /** How one-stop and office files spell each column; the first spelling is the app's name for it. */
  synonyms: Record<F, string[]>;
  /** Without these a row means nothing. */
  required: F[];
  /** What the file should be, for messages: "danh sách hồ sơ xuất từ hệ thống một cửa". */
  describes: string;
}

export type Columns<F extends string> = Partial<Record<F, number>>;

/** The field a header names under a spec, if any. */
export function fieldMatcher<F extends string>(spec: ColumnSpec<F>): (header: string) => F | null {
  const keys = (Object.entries(spec.synonyms) as [F, string[]][]).flatMap(([field, names]) => names.map((n) => [headerKey(n), field] as const));
  const byKey = new Map<string, F>();
  for (const [k, f] of keys) if (!byKey.has(k)) byKey.set(k, f);
  return (header) => byKey.get(headerKey(header)) ?? null;
}

export const columnLabel = <F extends string>(spec: ColumnSpec<F>, field: F) => `“${spec.synonyms[field][0]}”`;

/** The first field whose cell is longer than the field may hold, with that limit; null when every cell fits. */
export function overlongCell<F extends string>(columns: Columns<F>, texts: string[], limitOf: (field: F) => number): { field: F; limit: number } | null {
  for (const [field, index] of Object.entries(columns) as [F, number][]) {
    const limit = limitOf(field);
    if ((texts[index]?.length ?? 0) > limit) return { field, limit };
  }
  return null;
}

/** Why a row is rejected for a cell too long: "Ô ở cột “Trích yếu” dài quá 2.000 ký tự." (`column` quoted, as the file writes it). */
export const cellTooLong = (column: string, limit: number) => `${tooLong(`Ô ở cột ${column}`, limit)}.`;

/** Header text as compared: folded, with trailing marks such as "(*)", ":" and numbering removed. */
export function headerKey(header: string): string {
  return fold(header)
    .replace(/\(\*\)|\*/g, "")
    .replace(/^\d+[.)]\s*/, "")
    .replace(/[:.]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}
