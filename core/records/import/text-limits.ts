import type { ImportableRegister } from "../../schemas/importable-register";
import { FIELD_LIMITS, tooLong } from "../../field-limits";
import { cellTooLong, overlongCell } from "../../import/column-spec";
import { REGISTERS } from "../registers";
import type { FieldDescriptor } from "../registers/descriptor";
import type { TableRow } from "./importer";
import type { RegisterRow } from "./register-row";

type TextField = FieldDescriptor & { type: "text" | "longtext" };

const isText = (f: FieldDescriptor): f is TextField => f.type === "text" || f.type === "longtext";

/**
 * A register import keeps to the limits of the register's form: a value the
 * screen could not hold rejects its row instead of being stored.
 */
export function registerTextLimits(register: ImportableRegister) {
  const fields = REGISTERS[register].fields.filter(isText);
  const limitByKey = new Map(fields.map((f) => [f.key, f.max]));
  // A cell is read leniently (a CCCD written with spaces), so before reading it may hold a few words more than its field.
  const cellLimit = (field: string) => Math.max(limitByKey.get(field) ?? 0, FIELD_LIMITS.name);
  return {
    /** Before the row is read: no cell far longer than its field, whatever the reader would make of it (or quote of it in a message). */
    checkCells(row: RegisterRow<string>): void {
      const overlong = overlongCell(row.columns, row.texts, cellLimit);
      if (overlong) row.reject(cellTooLong(row.column(overlong.field), overlong.limit));
    },
    /** After: every text as stored fits its field; named by its column when it was read from the column of that field. */
    checkValues(row: RegisterRow<string>, values: TableRow): void {
      for (const f of fields) {
        const value = values[f.column];
        if (typeof value !== "string" || value.length <= f.max) continue;
        row.reject(row.has(f.key) ? cellTooLong(row.column(f.key), f.max) : `${tooLong(f.label, f.max)}.`);
      }
    },
  };
}
