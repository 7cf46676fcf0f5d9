import type { Dayjs } from "dayjs";
import type { FieldDescriptor, RegisterDescriptor, RegisterRow } from "../../../core/records/registers/descriptor";
import { fromIso, toIso } from "./dates";
import { fromAnswer, toAnswer, type Answer } from "./flags";

/** The form's values by field key: dates as the pickers hold them, yes/no as Có / Không / Chưa rõ. */
export type FormValues = Record<string, unknown>;

function toFormValue(f: FieldDescriptor, value: unknown): unknown {
  if (f.type === "date") return fromIso((value as string | null) ?? null);
  if (f.type === "bool") return toAnswer((value as boolean | null | undefined) ?? null);
  return value ?? undefined;
}

/** The values a form starts from: the record edited, or the fields' defaults for a new one. */
export function toFormValues(d: RegisterDescriptor, row: RegisterRow | null): FormValues {
  return Object.fromEntries(d.fields.map((f) => [f.key, toFormValue(f, row ? row[f.key] : "default" in f ? f.default : null)]));
}

function fromFormValue(f: FieldDescriptor, value: unknown): unknown {
  if (f.type === "date") return toIso(value as Dayjs | null | undefined);
  if (f.type === "bool") return fromAnswer((value as Answer | undefined) ?? "unknown");
  if (typeof value === "string") return value.trim() || null;
  return value ?? null;
}

/** The record to send: text trimmed (blank = none), dates as "2025-10-09"; with the id of the record edited. */
export function toRecord(d: RegisterDescriptor, values: FormValues, id: number | undefined): Record<string, unknown> {
  const record: Record<string, unknown> = Object.fromEntries(d.fields.map((f) => [f.key, fromFormValue(f, values[f.key])]));
  if (id !== undefined) record.id = id;
  return record;
}
