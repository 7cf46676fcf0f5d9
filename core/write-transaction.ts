/**
 * A write transaction held open while a file streams in (an import): all of
 * the file or none of it. When the call is abandoned (call-deadline), the
 * dispatcher has already rolled it back and the next call may hold the
 * store: the abandoned call then neither commits nor rolls back.
 *
 * A call's writes are watched (watchWrites), so a call that fails can say
 * truthfully whether the store is as it was: every row it wrote was undone
 * by a rollback. SQLite's total_changes() counts rows written, rolled back or
 * not; the rollbacks made here count what they undid.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type Database from "better-sqlite3";
import { isCallAbandoned, throwIfCallAbandoned } from "./call-deadline";

export interface WriteTransaction {
  commit(): void;
  rollback(): void;
}

interface WriteWatch {
  /** Rows written and then undone by a rollback. */
  undone: number;
  /** total_changes() when the transaction still open began; null when none is. */
  openSince: number | null;
}

const watches = new AsyncLocalStorage<WriteWatch>();

const totalChanges = (sqlite: Database.Database): number => sqlite.prepare("SELECT total_changes()").pluck().get() as number;

function rollBack(sqlite: Database.Database, watch: WriteWatch | undefined, since: number): void {
  const written = totalChanges(sqlite) - since;
  sqlite.exec("ROLLBACK");
  if (watch) {
    watch.undone += written;
    watch.openSince = null;
  }
}

export function beginWrite(sqlite: Database.Database): WriteTransaction {
  sqlite.exec("BEGIN IMMEDIATE");
  const began = totalChanges(sqlite);
  const watch = watches.getStore();
  if (watch) watch.openSince = began;
  return {
    commit() {
      throwIfCallAbandoned();
      sqlite.exec("COMMIT");
      if (watch) watch.openSince = null;
    },
    rollback() {
      if (!isCallAbandoned() && sqlite.inTransaction) rollBack(sqlite, watch, began);
    },
  };
}

export type WatchedCall<T> = { ok: true; value: T } | { ok: false; error: unknown; storeUnchanged: boolean };

/**
 * Runs a call's job, and when it fails tells whether the store is unchanged.
 * A transaction the failed job left open is rolled back here (else it would
 * hold the store for every later call). A connection closed or replaced
 * meanwhile (a restore) counts as changed.
 */
export async function watchWrites<T>(sqlite: Database.Database, job: () => Promise<T>): Promise<WatchedCall<T>> {
  const before = totalChanges(sqlite);
  const watch: WriteWatch = { undone: 0, openSince: null };
  try {
    return { ok: true, value: await watches.run(watch, job) };
  } catch (error) {
    return { ok: false, error, storeUnchanged: unchangedSince(sqlite, before, watch) };
  }
}

function unchangedSince(sqlite: Database.Database, before: number, watch: WriteWatch): boolean {
  try {
    if (sqlite.inTransaction) {
      if (isCallAbandoned()) return false;
      const since = watch.openSince;
      rollBack(sqlite, watch, since ?? totalChanges(sqlite));
      // Begun elsewhere than here: what it held before this call is not known.
      if (since === null) return false;
    }
    return totalChanges(sqlite) - before === watch.undone;
  } catch {
    return false;
  }
}
