/**
 * The tables, indexes, triggers and views of a store, as sqlite_master lists
 * them (without the page numbers, which differ from file to file), and the
 * ones the app's own migrations make at a given version. A file brought from
 * elsewhere must hold exactly those: a trigger or a view of its own would run
 * inside the app once the file is in place.
 */
import Database from "better-sqlite3";
import { loadMigrations, migrate } from "./migrations";

export interface SchemaObject {
  type: string;
  name: string;
  table: string;
  sql: string | null;
}

export interface SchemaDifference {
  kind: "extra" | "missing" | "changed";
  type: string;
  name: string;
}

export const schemaObjects = (sqlite: Database.Database): SchemaObject[] => sqlite.prepare('SELECT type, name, tbl_name AS "table", sql FROM sqlite_master ORDER BY name').all() as SchemaObject[];

const migratedByVersion = new Map<number, SchemaObject[]>();

/** What the app's migrations make at `version`, built once per version in memory. */
export function migratedSchema(version: number, nativeBinding?: string): SchemaObject[] {
  const known = migratedByVersion.get(version);
  if (known) return known;
  const sqlite = new Database(":memory:", nativeBinding ? { nativeBinding } : {});
  try {
    migrate(sqlite, loadMigrations(), version);
    const objects = schemaObjects(sqlite);
    migratedByVersion.set(version, objects);
    return objects;
  } finally {
    sqlite.close();
  }
}

const same = (a: SchemaObject, b: SchemaObject) => a.type === b.type && a.table === b.table && a.sql === b.sql;

/** Objects `found` has beyond `expected`, lacks, or defines otherwise; by name, which sqlite_master keeps unique. */
export function schemaDifferences(found: SchemaObject[], expected: SchemaObject[]): SchemaDifference[] {
  const expectedByName = new Map(expected.map((o) => [o.name, o]));
  const foundNames = new Set(found.map((o) => o.name));
  const differences: SchemaDifference[] = [];
  for (const o of found) {
    const wanted = expectedByName.get(o.name);
    if (!wanted) differences.push({ kind: "extra", type: o.type, name: o.name });
    else if (!same(o, wanted)) differences.push({ kind: "changed", type: wanted.type, name: o.name });
  }
  for (const o of expected) if (!foundNames.has(o.name)) differences.push({ kind: "missing", type: o.type, name: o.name });
  return differences;
}
