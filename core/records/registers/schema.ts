/**
 * The zod schema of a record, derived from its register's descriptor: one per field type, every message
 * Vietnamese and naming the field as the form labels it. The API validates with it; the form checks with it too.
 */
import { z } from "zod";
import { parseIsoDate } from "../../../shared/dates";
import { FIELD_LIMITS, tooLong } from "../../field-limits";
import { formatFigure } from "../../indicators/format";
import type { FieldDescriptor, RegisterDescriptor } from "./descriptor";
import { nameKeyOf } from "./descriptor";
import { REGISTERS } from "./index";
import type { RegisterKey } from "./keys";

const formatNumber = (n: number) => formatFigure(n, "");

/** "… không được để trống" when nothing came, else "… <wrong>". */
const typed = (f: FieldDescriptor, wrong: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? `${f.label} không được để trống` : `${f.label} ${wrong}`),
});

function dateSchema(f: FieldDescriptor) {
  return z.string(typed(f, "phải là một ngày")).superRefine((s, ctx) => {
    if (parseIsoDate(s)) return;
    const message = /^\d{4}-\d{2}-\d{2}$/.test(s) ? `${f.label} “${s}” không phải là ngày có thật` : `${f.label} “${s}” không đúng dạng năm-tháng-ngày (ví dụ 2025-10-09)`;
    ctx.addIssue({ code: "custom", message });
  });
}

function textSchema(f: FieldDescriptor & { type: "text" | "longtext" }) {
  let s = z.string(typed(f, "phải là chữ")).trim().max(f.max, tooLong(f.label, f.max));
  if (f.type === "text" && f.pattern) s = s.regex(new RegExp(f.pattern.regex), f.pattern.message);
  return f.required ? s.min(1, `${f.label} không được để trống`) : s;
}

function numberSchema(f: FieldDescriptor & { type: "int" | "number" }) {
  let s = z.number(typed(f, "phải là số"));
  if (f.type === "int") s = s.int(`${f.label} phải là số nguyên`);
  if (f.min !== undefined) s = s.min(f.min, f.min === 0 ? `${f.label} không được âm` : `${f.label} phải từ ${formatNumber(f.min)} trở lên`);
  if (f.max !== undefined) s = s.max(f.max, `${f.label} không được lớn hơn ${formatNumber(f.max)}`);
  return s;
}

function valueSchema(f: FieldDescriptor): z.ZodType {
  switch (f.type) {
    case "text":
    case "longtext":
      return textSchema(f);
    case "date":
      return dateSchema(f);
    case "year":
      return z.number(typed(f, "phải là một năm")).int(`${f.label} phải là một năm`).min(2000, YEAR_RANGE(f)).max(2100, YEAR_RANGE(f));
    case "int":
    case "number":
      return numberSchema(f);
    case "bool":
      return z.boolean(typed(f, "phải là Có hoặc Không"));
    case "enum":
      return z.enum(f.options.map((o) => o.value) as [string, ...string[]], typed(f, `phải là một trong: ${f.options.map((o) => o.label).join(", ")}`));
    case "department":
      return z.string(typed(f, "phải là mã phòng ban")).trim().min(1, `${f.label} không được để trống`).max(FIELD_LIMITS.departmentCode, `${f.label} phải là mã phòng ban`);
    case "staff":
      return z.number(typed(f, "phải là một người trong danh sách cán bộ, công chức")).int().positive();
  }
}

const YEAR_RANGE = (f: FieldDescriptor) => `${f.label} phải là năm từ 2000 đến 2100`;

const orNull = (v: unknown) => (v === undefined || v === "" ? null : v);

/** A field's schema: a value, or its default when it has one; an optional field left out or blank is null. */
function fieldSchema(f: FieldDescriptor): z.ZodType {
  const value = valueSchema(f);
  const fallback = "default" in f ? f.default : undefined;
  if (fallback !== undefined) return value.default(fallback as never);
  if (f.required) return value;
  return value.nullish().transform(orNull);
}

/** What a listed row holds besides its fields: the names behind codes, the values shown but never entered. */
const readOnlyKeys = (d: RegisterDescriptor): string[] => [...d.fields.filter((f) => f.type === "department" || f.type === "staff").map((f) => nameKeyOf(f.key)), ...(d.shown ?? []).map((s) => s.key)];

/**
 * A record to add (no id) or to edit (its id), with the register's checks between fields. A row as listed may be
 * sent back as it is: what it holds besides the fields is dropped; any other unknown key is refused.
 */
function recordSchema(d: RegisterDescriptor) {
  const shape: Record<string, z.ZodType> = { id: z.number().int().optional() };
  for (const key of readOnlyKeys(d)) shape[key] = z.unknown().optional();
  for (const f of d.fields) shape[f.key] = fieldSchema(f);
  return z
    .object(shape)
    .strict()
    .superRefine((r, ctx) => {
      for (const c of d.checks ?? []) if (!c.holds(r)) ctx.addIssue({ code: "custom", path: [c.field], message: c.message });
    });
}

const schemas = new Map<RegisterKey, ReturnType<typeof recordSchema>>();

/** The record schema of a register, built once. */
export function recordSchemaOf(key: RegisterKey): ReturnType<typeof recordSchema> {
  let s = schemas.get(key);
  if (!s) schemas.set(key, (s = recordSchema(REGISTERS[key])));
  return s;
}

/** A record as it is saved: the fields by key, with the id of the one edited. */
export type RecordInput = { id?: number } & Record<string, unknown>;
