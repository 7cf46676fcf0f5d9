import type Database from "better-sqlite3";
import type { AppContext } from "../context";
import { recordAudit } from "../audit";
import { localNow } from "../../shared/dates";
import type { Window } from "./window";
import type { ValueEntry } from "./report-types";

/**
 * Figures typed in by people, per report window (indicator_values): a manual
 * figure where no record holds it, an override of a computed figure (with a
 * reason, the computed value kept beside it), an override of an estimate.
 * Rows are never changed: a new entry supersedes the one in force, so the
 * history of a figure is every row of its code and window.
 */
export type EntryKind = ValueEntry["kind"];

const COLUMNS = `id, kind, value, computed_value AS computedValue, reason, source, entered_by AS enteredBy, entered_at AS enteredAt`;

export interface EntriesInForce {
  manual?: ValueEntry;
  override?: ValueEntry;
  estimate_override?: ValueEntry;
}

export function entriesInForce(sqlite: Database.Database, w: Window): Map<string, EntriesInForce> {
  const rows = sqlite.prepare(`SELECT code, ${COLUMNS} FROM indicator_values WHERE period_from = ? AND period_to = ? AND superseded_at IS NULL ORDER BY id`).all(w.from, w.to) as (ValueEntry & {
    code: string;
  })[];
  const byCode = new Map<string, EntriesInForce>();
  for (const { code, ...entry } of rows) {
    const entries = byCode.get(code) ?? {};
    entries[entry.kind] = entry;
    byCode.set(code, entries);
  }
  return byCode;
}

export interface HistoryEntry extends ValueEntry {
  supersededAt: string | null;
}

/** Every entry ever made for the code in the window, newest first. */
export function entryHistory(sqlite: Database.Database, w: Window, code: string): HistoryEntry[] {
  return sqlite
    .prepare(`SELECT ${COLUMNS}, superseded_at AS supersededAt FROM indicator_values WHERE period_from = ? AND period_to = ? AND code = ? ORDER BY id DESC`)
    .all(w.from, w.to, code) as HistoryEntry[];
}

export interface NewEntry {
  code: string;
  kind: EntryKind;
  /** Null clears the figure: the entry in force is superseded by none. */
  value: number | null;
  computedValue: number | null;
  reason: string | null;
  source: string | null;
}

/** Puts an entry in force for the window (or clears the one in force), in one transaction, audited. */
export function saveEntry(ctx: AppContext, w: Window, entry: NewEntry): void {
  const sqlite = ctx.store.sqlite;
  sqlite.transaction(() => {
    const now = localNow(ctx.now());
    const before = entriesInForce(sqlite, w).get(entry.code)?.[entry.kind] ?? null;
    if (before) sqlite.prepare("UPDATE indicator_values SET superseded_at = ? WHERE id = ?").run(now, before.id);
    if (entry.value !== null) {
      sqlite
        .prepare(
          `INSERT INTO indicator_values (code, period_from, period_to, kind, value, computed_value, reason, source, entered_by, entered_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(entry.code, w.from, w.to, entry.kind, entry.value, entry.computedValue, entry.reason, entry.source, ctx.userName, now);
    }
    recordAudit(ctx.store.db, {
      userName: ctx.userName,
      action: entry.value === null ? "xoa" : before ? "sua" : "tao",
      entity: "indicator_values",
      entityId: `${entry.code} ${w.from}..${w.to} ${entry.kind}`,
      oldValue: before ? { value: before.value, reason: before.reason } : null,
      newValue: entry.value === null ? null : { value: entry.value, reason: entry.reason, computedValue: entry.computedValue },
    });
  })();
}
