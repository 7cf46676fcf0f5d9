/**
 * One entry of the change log in words: what it is about and, field by
 * field, the old and the new value as the forms label and write them. Pure:
 * the names behind codes come in through AuditNames.
 */
import { entityWording, type AuditNames } from "./audit-entities";
import { valueWords } from "./value-words";

export type { AuditNames } from "./audit-entities";

export interface FieldChange {
  /** The key as stored, to tell changes apart; never shown. */
  field: string | null;
  label: string | null;
  before: string | null;
  after: string | null;
}

/** The label of a key no wording knows yet: the change still shows, its key does not. */
export const UNLABELLED = "Thông tin khác";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const stored = (v: unknown) => JSON.stringify(v === undefined || v === "" ? null : v);

/** Field by field what changed (every field of a record added or deleted); a whole value when it is not a record. */
export function fieldChanges(entity: string, action: string, before: unknown, after: unknown, names: AuditNames): FieldChange[] {
  const wording = entityWording(entity, action);
  const [b, a] = wording.reshape ? wording.reshape(before, after) : [before, after];
  if (!isRecord(b) && !isRecord(a)) {
    return stored(b) === stored(a) ? [] : [{ field: null, label: null, before: valueWords(b), after: valueWords(a) }];
  }
  const old = isRecord(b) ? b : {};
  const now = isRecord(a) ? a : {};
  const hidden = new Set(["id", ...(wording.hidden ?? [])]);
  return [...new Set([...Object.keys(old), ...Object.keys(now)])]
    .filter((k) => !hidden.has(k) && stored(old[k]) !== stored(now[k]))
    .map((k) => {
      const f = wording.fields[k];
      const words = f?.words ?? valueWords;
      return { field: k, label: f?.label ?? UNLABELLED, before: words(old[k], old, names), after: words(now[k], now, names) };
    });
}

/** The record an entry is about ("số 16/KH-UBND"), or null when its kind says enough. */
export function auditSubject(entity: string, action: string, entityId: string | null, before: unknown, after: unknown, names: AuditNames): string | null {
  return entityWording(entity, action).subject?.(entityId, after ?? before, names) ?? null;
}

/** "Trích yếu: cũ → mới; Số, ký hiệu: đã xóa 16/KH-UBND": the changes of an entry on one line, as printed. */
export function changeText(action: string, changes: readonly FieldChange[]): string {
  return changes
    .map((c) => {
      const label = c.label ? `${c.label}: ` : "";
      if (action === "tao" || c.before === null) return `${label}${c.after ?? "(trống)"}`;
      if (action === "xoa" || c.after === null) return `${label}đã xóa ${c.before}`;
      return `${label}${c.before} → ${c.after}`;
    })
    .join("; ");
}
