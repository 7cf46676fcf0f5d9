import type { AppContext } from "../context";
import { recordAudit } from "../audit";
import { AppError } from "../errors";

/**
 * A register kept row by row in one table (PAKN, satisfaction rounds, …):
 * list with diacritics-free search, add, edit, delete – each change audited.
 */
export interface RecordTable<T extends { id: number }> {
  table: string;
  /** Vietnamese name of one record, for messages: "phản ánh, kiến nghị". */
  noun: string;
  /** property → column, for every property of T but id. */
  columns: Record<Exclude<keyof T, "id">, string>;
  /** Columns searched by fold(). */
  searchable: string[];
  orderBy: string;
}

const toSql = (v: unknown) => (typeof v === "boolean" ? (v ? 1 : 0) : (v ?? null));

function select<T extends { id: number }>(spec: RecordTable<T>): string {
  const cols = Object.entries(spec.columns).map(([prop, col]) => `${col} AS "${prop}"`);
  return `SELECT id, ${cols.join(", ")} FROM ${spec.table}`;
}

export function listRecords<T extends { id: number }>(ctx: AppContext, spec: RecordTable<T>, search?: string): T[] {
  const q = search?.trim();
  const where = q ? ` WHERE fold(${spec.searchable.map((c) => `coalesce(${c}, '')`).join(" || ' ' || ")}) LIKE '%' || fold(?) || '%'` : "";
  const stmt = ctx.store.sqlite.prepare(`${select(spec)}${where} ORDER BY ${spec.orderBy}`);
  return (q ? stmt.all(q) : stmt.all()) as T[];
}

function getRecord<T extends { id: number }>(ctx: AppContext, spec: RecordTable<T>, id: number): T | undefined {
  return ctx.store.sqlite.prepare(`${select(spec)} WHERE id = ?`).get(id) as T | undefined;
}

const gone = (noun: string) => new AppError("record_unknown", `Không còn ${noun} này (có thể đã bị xóa).`);

/** Adds (no id) or edits one record in one transaction, audited with before and after. */
export function saveRecord<T extends { id: number }>(ctx: AppContext, spec: RecordTable<T>, input: Omit<T, "id"> & { id?: number }): T {
  const sqlite = ctx.store.sqlite;
  return sqlite.transaction(() => {
    const props = Object.keys(spec.columns) as Exclude<keyof T, "id">[];
    const values = props.map((p) => toSql((input as Record<string, unknown>)[p as string]));
    const before = input.id === undefined ? undefined : getRecord(ctx, spec, input.id);
    if (input.id !== undefined && !before) throw gone(spec.noun);
    let id: number;
    if (before) {
      sqlite.prepare(`UPDATE ${spec.table} SET ${props.map((p) => `${spec.columns[p]} = ?`).join(", ")} WHERE id = ?`).run(...values, before.id);
      id = before.id;
    } else {
      const cols = props.map((p) => spec.columns[p]);
      id = Number(sqlite.prepare(`INSERT INTO ${spec.table} (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`).run(...values).lastInsertRowid);
    }
    const after = getRecord(ctx, spec, id)!;
    recordAudit(ctx.store.db, { userName: ctx.userName, action: before ? "sua" : "tao", entity: spec.table, entityId: id, oldValue: before ?? null, newValue: after });
    return after;
  })();
}

export function deleteRecord<T extends { id: number }>(ctx: AppContext, spec: RecordTable<T>, id: number): void {
  const sqlite = ctx.store.sqlite;
  sqlite.transaction(() => {
    const before = getRecord(ctx, spec, id);
    if (!before) throw gone(spec.noun);
    sqlite.prepare(`DELETE FROM ${spec.table} WHERE id = ?`).run(id);
    recordAudit(ctx.store.db, { userName: ctx.userName, action: "xoa", entity: spec.table, entityId: id, oldValue: before });
  })();
}
