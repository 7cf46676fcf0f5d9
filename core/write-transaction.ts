/**
 * A write transaction held open while a file streams in (an import): all of
 * the file or none of it. When the call is abandoned (call-deadline), the
 * dispatcher has already rolled it back and the next call may hold the
 * store: the abandoned call then neither commits nor rolls back.
 */
import type Database from "better-sqlite3";
import { isCallAbandoned, throwIfCallAbandoned } from "./call-deadline";

export interface WriteTransaction {
  commit(): void;
  rollback(): void;
}

export function beginWrite(sqlite: Database.Database): WriteTransaction {
  sqlite.exec("BEGIN IMMEDIATE");
  return {
    commit() {
      throwIfCallAbandoned();
      sqlite.exec("COMMIT");
    },
    rollback() {
      if (!isCallAbandoned() && sqlite.inTransaction) sqlite.exec("ROLLBACK");
    },
  };
}
