import type { AppContext } from "../context";
import { recordAudit } from "../audit";
import { localNow } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import type { RegisterRow } from "./registers/descriptor";
import type { RecordInput } from "./registers/schema";
import { withFullStop } from "../../shared/text";

/** A code or id that must point at an existing row of another table (a department, a staff member). */
export interface Reference {
  prop: string;
  /** SQL returning a row when the value (the one parameter) exists. */
  exists: string;
  missing: (value: unknown) => string;
}

/**
 * A register kept row by row in one table (documents, staff, PAKN, …) as the store sees it:
 * list with diacritics-free search, add, edit, delete – each change audited, in one transaction.
 */
export interface RecordTable {
  table: string;
  /** Vietnamese name of one record, for messages: "phản ánh, kiến nghị". */
  noun: string;
  /** The primary key; read as the record's id. */
  idColumn: string;
  /** property → column, for every property saved. */
  columns: Record<string, string>;
  /** property → SQL read with each row but never written (a current status, the name behind a code). */
  shown: Record<string, string>;
  /** Properties stored as 0/1, read as booleans. */
  booleans: readonly string[];
  /** SQL expressions searched by fold(). */
  searchable: readonly string[];
  orderBy: string;
  unique?: { props: readonly string[]; message: string };
  references: readonly Reference[];
  /** Rows deleted with a record by the foreign keys; kept in the audit entry of the delete. */
  cascades: readonly { table: string; column: string }[];
  /** Columns stamped with the user and the local moment on each save. */
  enteredBy?: { by: string; at: string };
}

const toSql = (v: unknown) => (typeof v === "boolean" ? (v ? 1 : 0) : (v ?? null));

function select(spec: RecordTable): string {
  const cols = [...Object.entries(spec.columns), ...Object.entries(spec.shown)].map(([prop, sql]) => `${sql} AS "${prop}"`);
  return `SELECT ${spec.idColumn} AS id, ${cols.join(", ")} FROM ${spec.table}`;
}

function decode(spec: RecordTable, row: RegisterRow): RegisterRow {
  for (const p of spec.booleans) if (row[p] !== null) row[p] = row[p] === 1;
  return row;
}

export function listRecords(ctx: AppContext, spec: RecordTable, search?: string): RegisterRow[] {
  const q = search?.trim();
  const where = q ? ` WHERE fold(${spec.searchable.map((c) => `coalesce(${c}, '')`).join(" || ' ' || ")}) LIKE '%' || fold(?) || '%'` : "";
  const stmt = ctx.store.sqlite.prepare(`${select(spec)}${where} ORDER BY ${spec.orderBy}`);
  return ((q ? stmt.all(q) : stmt.all()) as RegisterRow[]).map((r) => decode(spec, r));
}

function getRecord(ctx: AppContext, spec: RecordTable, id: number): RegisterRow | undefined {
  const row = ctx.store.sqlite.prepare(`${select(spec)} WHERE ${spec.idColumn} = ?`).get(id) as RegisterRow | undefined;
  return row && decode(spec, row);
}

const gone = (noun: string) => new AppError("record_unknown", `Không còn ${noun} này (có thể đã bị xóa).`);

/** Refuses a value pointing nowhere, or a record another one already holds the unique fields of. */
function checkAgainstStore(ctx: AppContext, spec: RecordTable, input: RecordInput, editedId: number | undefined): void {
  const sqlite = ctx.store.sqlite;
  for (const ref of spec.references) {
    const value = input[ref.prop];
    if (value !== null && value !== undefined && !sqlite.prepare(ref.exists).get(value)) throw new AppError("invalid_input", ref.missing(value));
  }
  if (spec.unique) {
    const same = spec.unique.props.map((p) => `${spec.columns[p]} IS ?`).join(" AND ");
    const other = sqlite
      .prepare(`SELECT 1 FROM ${spec.table} WHERE ${same}${editedId === undefined ? "" : ` AND ${spec.idColumn} <> ?`}`)
      .get(...spec.unique.props.map((p) => toSql(input[p])), ...(editedId === undefined ? [] : [editedId]));
    if (other) throw new AppError("record_duplicate", withFullStop(spec.unique.message));
  }
}

/** Adds (no id) or edits one record in one transaction, audited with before and after. */
export function saveRecord(ctx: AppContext, spec: RecordTable, input: RecordInput): RegisterRow {
  const sqlite = ctx.store.sqlite;
  return sqlite.transaction(() => {
    const before = input.id === undefined ? undefined : getRecord(ctx, spec, input.id);
    if (input.id !== undefined && !before) throw gone(spec.noun);
    checkAgainstStore(ctx, spec, input, before?.id);
    const props = Object.keys(spec.columns);
    const cols = props.map((p) => spec.columns[p]!);
    const values = props.map((p) => toSql(input[p]));
    if (spec.enteredBy) {
      cols.push(spec.enteredBy.by, spec.enteredBy.at);
      values.push(ctx.userName, localNow());
    }
    let rowid: number;
    if (before) {
      sqlite.prepare(`UPDATE ${spec.table} SET ${cols.map((c) => `${c} = ?`).join(", ")} WHERE ${spec.idColumn} = ?`).run(...values, before.id);
      rowid = before.id;
    } else {
      rowid = Number(sqlite.prepare(`INSERT INTO ${spec.table} (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`).run(...values).lastInsertRowid);
    }
    // A key the clerk enters (the year of a quota) may have changed with the edit.
    const keyProp = props.find((p) => spec.columns[p] === spec.idColumn);
    const id = keyProp ? Number(input[keyProp]) : rowid;
    const after = getRecord(ctx, spec, id)!;
    recordAudit(ctx.store.db, { userName: ctx.userName, action: before ? "sua" : "tao", entity: spec.table, entityId: id, oldValue: before ?? null, newValue: after });
    return after;
  })();
}

export function deleteRecord(ctx: AppContext, spec: RecordTable, id: number): void {
  const sqlite = ctx.store.sqlite;
  sqlite.transaction(() => {
    const before = getRecord(ctx, spec, id);
    if (!before) throw gone(spec.noun);
    const removedWith = Object.fromEntries(
      spec.cascades.map((c) => [c.table, sqlite.prepare(`SELECT * FROM ${c.table} WHERE ${c.column} = ?`).all(id)] as const).filter(([, rows]) => rows.length > 0),
    );
    sqlite.prepare(`DELETE FROM ${spec.table} WHERE ${spec.idColumn} = ?`).run(id);
    const oldValue = Object.keys(removedWith).length > 0 ? { ...before, removedWith } : before;
    recordAudit(ctx.store.db, { userName: ctx.userName, action: "xoa", entity: spec.table, entityId: id, oldValue });
  })();
}
