/**
 * A register described once, as data: its table, its fields as a clerk reads them, the checks between fields.
 * The zod schema (schema.ts), the store's queries (table.ts) and the screen (renderer/src/registers) are all
 * derived from it, so nothing here may import node modules or the store.
 */
import type { RegisterKey } from "./keys";

/** The colour of a value's tag in the list: green for done or in service, grey for what no longer counts. */
export type Tone = "green" | "blue" | "red" | "orange" | "grey";

export interface EnumOption {
  value: string;
  label: string;
  tone?: Tone;
}

/** `{ nam: "Nam", nu: "Nữ" }` → the options, in that order; `tones` colours some of them. */
export const optionsOf = (labels: Record<string, string>, tones: Record<string, Tone> = {}): readonly EnumOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label, tone: tones[value] }));

interface FieldCommon {
  /** The property in the API and the form (camelCase). */
  key: string;
  column: string;
  /** As the clerk reads it on the form: "Số, ký hiệu", "Ngày ban hành". */
  label: string;
  /** The column header when the label is too long for one: "VBQPPL". */
  short?: string;
  required?: boolean;
  /** Shown as a column of the list. */
  inList?: boolean;
  /** Searched (without diacritics) by the list's search box. */
  searchable?: boolean;
  /** A line under the input, when the label alone does not say what to write. */
  help?: string;
  /** The column's width in px; a column without one takes what is left. */
  width?: number;
  /** What the list shows when there is no value ("–" unless said). */
  empty?: string;
}

export type FieldDescriptor = FieldCommon &
  (
    | {
        type: "text";
        max: number;
        /** Values offered while typing; the values already in the register are offered too. */
        suggest?: readonly string[];
        pattern?: { regex: string; message: string };
        placeholder?: string;
      }
    | { type: "longtext"; max: number }
    | { type: "date" }
    /** A calendar year, 2000–2100, written without a thousands dot. */
    | { type: "year" }
    | { type: "int" | "number"; min?: number; max?: number; default?: number; unit?: string }
    | { type: "bool"; default?: boolean }
    | { type: "enum"; options: readonly EnumOption[]; default?: string }
    /** A department code, shown by the department's name. */
    | { type: "department" }
    /** A staff member's id, shown by the person's name. */
    | { type: "staff" }
  );

export type FieldType = FieldDescriptor["type"];

/** A value read with each row but never entered: the current status of a staff member, who entered a figure. */
export interface ShownField {
  key: string;
  label: string;
  /** SQL over the register's table (not aliased). */
  sql: string;
  options?: readonly EnumOption[];
  /** What the list shows when there is no value. */
  empty?: string;
  width?: number;
}

/** A record as the API gives and takes it: the fields by key; id for one already stored. */
export type RegisterRow = { id: number } & Record<string, unknown>;
export type RegisterValues = Record<string, unknown>;

/** A check between fields; the message is shown on `field`. */
export interface CrossCheck {
  field: string;
  message: string;
  holds: (r: RegisterValues) => boolean;
}

const filled = (v: unknown) => v !== null && v !== undefined && v !== "";

/** `later` (a date), when given, may not fall before `earlier`. */
export const notBefore = (later: string, earlier: string, message: string): CrossCheck => ({
  field: later,
  message,
  holds: (r) => !filled(r[later]) || !filled(r[earlier]) || String(r[later]) >= String(r[earlier]),
});

/** `part` (a count) may not exceed `whole`. */
export const notAbove = (part: string, whole: string, message: string): CrossCheck => ({
  field: part,
  message,
  holds: (r) => typeof r[part] !== "number" || typeof r[whole] !== "number" || (r[part] as number) <= (r[whole] as number),
});

export interface RegisterDescriptor {
  key: RegisterKey;
  table: string;
  /** The primary key column when it is not "id" (quotas are keyed by year); the API calls it id all the same. */
  idColumn?: string;
  /** One record, for messages: "văn bản", "lượt tiếp công dân". */
  noun: string;
  /** The register, as its tab and heading name it. */
  title: string;
  /** What the register is for and which rows of Phụ lục 3 it feeds; said while it is empty. */
  purpose: string;
  fields: readonly FieldDescriptor[];
  shown?: readonly ShownField[];
  checks?: readonly CrossCheck[];
  /** Fields no two records may share, and what to say when they would. */
  unique?: { fields: readonly string[]; message: string };
  /** SQL ORDER BY of the list. */
  orderBy: string;
  /** Names one record after its noun in messages: "Nguyễn Văn An", "số 623/UBND-VHXH". */
  name: (r: RegisterRow) => string;
  /** Added to the question before deleting: what goes with the record. */
  deleteNote?: string;
  /** Rows of other tables deleted with a record (foreign keys ON DELETE CASCADE), kept in the audit entry. */
  cascades?: readonly { table: string; column: string }[];
  /** Columns stamped with the user and the moment on each save (manual figures are kept with who entered them). */
  enteredBy?: { by: string; at: string };
}

/** The Vietnamese label of an enum value; the value itself when it is not among the options (an older import). */
export const optionLabel = (options: readonly EnumOption[], value: unknown): string => options.find((o) => o.value === value)?.label ?? String(value);

/** The property the list uses for the name behind a department code or a staff id. */
export const nameKeyOf = (key: string): string => `${key}Name`;
