/** The store's side of a register, derived from its descriptor. */
import type { RecordTable, Reference } from "../record-table";
import type { FieldDescriptor, RegisterDescriptor } from "./descriptor";
import { nameKeyOf } from "./descriptor";
import { REGISTERS } from "./index";
import type { RegisterKey } from "./keys";

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** The name behind a department code or a staff id, read with each row. */
function nameSql(d: RegisterDescriptor, f: FieldDescriptor): string | null {
  const column = `${d.table}.${f.column}`;
  if (f.type === "department") return `(SELECT dep.name FROM departments dep WHERE dep.code = ${column})`;
  if (f.type === "staff") return `(SELECT st.full_name FROM staff st WHERE st.id = ${column})`;
  return null;
}

function reference(f: FieldDescriptor): Reference | null {
  if (f.type === "department") {
    return { prop: f.key, exists: "SELECT 1 FROM departments WHERE code = ?", missing: (v) => `${f.label}: không có phòng ban mã “${String(v)}”.` };
  }
  if (f.type === "staff") {
    return { prop: f.key, exists: "SELECT 1 FROM staff WHERE id = ?", missing: () => `${f.label}: người này không còn trong danh sách cán bộ, công chức.` };
  }
  return null;
}

/** What the search box matches a field by: its text, its Vietnamese label, the name behind it. */
function searchSql(d: RegisterDescriptor, f: FieldDescriptor): string {
  switch (f.type) {
    case "enum":
      return `CASE ${f.column} ${f.options.map((o) => `WHEN ${quote(o.value)} THEN ${quote(o.label)}`).join(" ")} END`;
    case "int":
    case "number":
    case "year":
      return `CAST(${f.column} AS TEXT)`;
    default:
      return nameSql(d, f) ?? f.column;
  }
}

function recordTable(d: RegisterDescriptor): RecordTable {
  const shown: Record<string, string> = {};
  for (const f of d.fields) {
    const sql = nameSql(d, f);
    if (sql) shown[nameKeyOf(f.key)] = sql;
  }
  for (const s of d.shown ?? []) shown[s.key] = s.sql;
  return {
    table: d.table,
    noun: d.noun,
    idColumn: d.idColumn ?? "id",
    columns: Object.fromEntries(d.fields.map((f) => [f.key, f.column])),
    shown,
    booleans: d.fields.filter((f) => f.type === "bool").map((f) => f.key),
    searchable: d.fields.filter((f) => f.searchable).map((f) => searchSql(d, f)),
    orderBy: d.orderBy,
    unique: d.unique && { props: d.unique.fields, message: d.unique.message },
    references: d.fields.map(reference).filter((r): r is Reference => r !== null),
    cascades: d.cascades ?? [],
    enteredBy: d.enteredBy,
  };
}

const tables = new Map<RegisterKey, RecordTable>();

/** The record table of a register, built once. */
export function recordTableOf(key: RegisterKey): RecordTable {
  let t = tables.get(key);
  if (!t) tables.set(key, (t = recordTable(REGISTERS[key])));
  return t;
}
