/** Dossiers received in the window by field (lĩnh vực), largest first, counted by the rules of the figures. */
import type Database from "better-sqlite3";
import { fold } from "../../shared/text";
import { receivedDossiers } from "../indicators/dossier-rules";
import { windowParams, type Window } from "../indicators/window";

export interface FieldCount {
  /** Null for dossiers whose export named no field. */
  field: string | null;
  received: number;
}

const TOP = 6;

const SQL = `SELECT field, count(*) AS received FROM (${receivedDossiers("field")}) GROUP BY field`;

/** Binary order, as SQLite sorts text; null first. */
const byText = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

/**
 * One count per field however its name is spelt (accents, case, spaces), under
 * its most used spelling: the store groups by spelling, and the few distinct
 * spellings are folded here rather than every dossier in SQL.
 */
function mergeSpellings(rows: FieldCount[]): FieldCount[] {
  const byFolded = new Map<string | null, FieldCount[]>();
  for (const row of rows) {
    const key = row.field === null ? null : fold(row.field);
    byFolded.set(key, [...(byFolded.get(key) ?? []), row]);
  }
  return [...byFolded.values()].map((spellings) => {
    const [shown] = [...spellings].sort((a, b) => b.received - a.received || byText(a.field, b.field));
    return { field: shown!.field, received: spellings.reduce((n, r) => n + r.received, 0) };
  });
}

/** The top fields, and how many dossiers the other fields hold together. */
export function fieldCounts(sqlite: Database.Database, window: Window): { top: FieldCount[]; others: number } {
  const rows = mergeSpellings(sqlite.prepare<Record<string, string>, FieldCount>(SQL).all(windowParams(window)));
  rows.sort((a, b) => b.received - a.received || byText(a.field, b.field));
  return { top: rows.slice(0, TOP), others: rows.slice(TOP).reduce((n, r) => n + r.received, 0) };
}
