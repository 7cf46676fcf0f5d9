import { defaultDepartments } from "../../../core/default-departments";
import type { DepartmentRow, SettingsValues } from "../settingsForm";
import type { Signer, UnitKind } from "../labels";

/** The set-up form: the unit's settings and the name of the person setting it up. */
export type SetupValues = SettingsValues & { personName: string };

const standardDepartments = (kind: UnitKind): DepartmentRow[] => defaultDepartments(kind).map((d) => ({ code: d.code, name: d.name, headName: "", headTitle: "", sortOrder: d.sortOrder }));

/**
 * The departments for the kind chosen on step 1: the standard ones the first
 * time; after a change of kind, only the names still as standard for the old
 * kind follow the new one, so names and heads the clerk typed are kept.
 */
export function departmentsForKind(rows: DepartmentRow[], from: UnitKind | null, to: UnitKind): DepartmentRow[] {
  if (rows.length === 0 || from === null) return standardDepartments(to);
  if (from === to) return rows;
  const before = new Map(standardDepartments(from).map((d) => [d.code, d.name]));
  const after = new Map(standardDepartments(to).map((d) => [d.code, d.name]));
  return rows.map((row) => (row.name === before.get(row.code) ? { ...row, name: after.get(row.code) ?? row.name } : row));
}

/** Two rows ready to type in: the chairman, signing TM. by default, and a vice-chairman signing KT. */
export const signerRowsToFill = (): Signer[] => [
  { name: "", position: "chu_tich", signMode: "TM", isDefault: true },
  { name: "", position: "pho_chu_tich", signMode: "KT", isDefault: false },
];

/** Rows left without a name are not signers; one of those kept stays the default. */
export function namedSigners(signers: Signer[]): Signer[] {
  const named = signers.filter((s) => s.name.trim() !== "");
  if (named.length === 0 || named.some((s) => s.isDefault)) return named;
  return named.map((s, i) => ({ ...s, isDefault: i === 0 }));
}
