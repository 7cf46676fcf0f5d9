import type Database from "better-sqlite3";
import { fold } from "../../shared/text";

/**
 * Diacritics-insensitive search over the dossiers ("ho tich" finds "Hộ tịch").
 *
 * fold() costs microseconds a call: run on every row it would take seconds
 * over 200 000 dossiers. But names, procedures and fields repeat, so the
 * distinct values of each column are folded once and kept for the connection
 * until the store changes; a search matches those in memory and lets SQLite
 * find the rows holding the matching values through an IN list.
 */

const COLUMNS = ["applicant_name", "procedure_name", "field"] as const;
type Column = (typeof COLUMNS)[number];

interface FoldedValues {
  values: string[];
  folded: string[];
}

interface SearchIndex {
  version: string;
  columns: Record<Column, FoldedValues>;
}

const indexes = new WeakMap<Database.Database, SearchIndex>();

/** Moves on whenever anything is written: by another connection (data_version) or by this one (total_changes). */
const storeVersion = (sqlite: Database.Database) => `${sqlite.pragma("data_version", { simple: true })}/${sqlite.prepare("SELECT total_changes()").pluck().get()}`;

function buildIndex(sqlite: Database.Database, version: string): SearchIndex {
  const columns = Object.fromEntries(
    COLUMNS.map((c) => {
      const values = sqlite.prepare(`SELECT DISTINCT ${c} FROM dossiers WHERE ${c} IS NOT NULL`).pluck().all() as string[];
      return [c, { values, folded: values.map(fold) }];
    }),
  ) as Record<Column, FoldedValues>;
  return { version, columns };
}

function searchIndex(sqlite: Database.Database): SearchIndex {
  const version = storeVersion(sqlite);
  let index = indexes.get(sqlite);
  if (index?.version !== version) {
    index = buildIndex(sqlite, version);
    indexes.set(sqlite, index);
  }
  return index;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The search as a condition on the dossiers and its parameters (named @search…);
 * null when nothing is left of the text once folded. The code is ASCII
 * ("000.00.21.H23-250305-0001"), so LIKE, which ignores ASCII case, matches it
 * directly.
 */
export function searchCondition(sqlite: Database.Database, search: string): { sql: string; params: Record<string, string> } | null {
  const needle = fold(search);
  if (!needle) return null;
  const { columns } = searchIndex(sqlite);
  const alternatives = ["code LIKE @searchCode ESCAPE '\\'"];
  const params: Record<string, string> = { searchCode: `%${escapeLike(needle)}%` };
  for (const column of COLUMNS) {
    const { values, folded } = columns[column];
    const hits = values.filter((_, i) => folded[i]!.includes(needle));
    if (hits.length === 0) continue;
    const name = `search_${column}`;
    alternatives.push(`${column} IN (SELECT value FROM json_each(@${name}))`);
    params[name] = JSON.stringify(hits);
  }
  return { sql: `(${alternatives.join(" OR ")})`, params };
}
