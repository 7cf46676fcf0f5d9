/** Dossiers received in the window by field (lĩnh vực), largest first, counted by the rules of the figures. */
import type Database from "better-sqlite3";
import { countedDossiers, DOSSIER_COUNTS } from "../indicators/dossier-rules";
import { windowParams, type Window } from "../indicators/window";

export interface FieldCount {
  /** Null for dossiers whose export named no field. */
  field: string | null;
  received: number;
}

const TOP = 6;

const SQL = `SELECT field, count(*) AS received FROM (${countedDossiers("field")} LIMIT -1)
  WHERE ${DOSSIER_COUNTS["tthc.ho_so.tiep_nhan_moi"]} GROUP BY fold(field) ORDER BY received DESC, field`;

/** The top fields, and how many dossiers the other fields hold together. */
export function fieldCounts(sqlite: Database.Database, window: Window): { top: FieldCount[]; others: number } {
  const rows = sqlite.prepare<Record<string, string>, FieldCount>(SQL).all(windowParams(window));
  return { top: rows.slice(0, TOP), others: rows.slice(TOP).reduce((n, r) => n + r.received, 0) };
}
