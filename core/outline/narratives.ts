import type Database from "better-sqlite3";
import type { AppContext } from "../context";
import { recordAudit } from "../audit";
import { localNow } from "../../shared/dates";
import { nfc } from "../../shared/text";
import type { NarrativeVersion } from "./filled-types";

/**
 * The texts the departments write for an outline's items, kept in
 * narrative_texts. Rows are only ever added: the newest row for an item and a
 * department is the text in force (an empty body withdraws it), the older ones
 * are its history. A text belongs to the report that starts on the window's
 * first day, so the texts stay when the report date (the window's end) moves.
 * The department code is null for the compiling officer's merged text.
 */
export interface TextSlot {
  outlineId: string;
  periodFrom: string;
  itemKey: string;
  departmentCode: string | null;
}

interface TextRow {
  item_key: string;
  department_code: string | null;
  body: string;
  author: string;
  source: string | null;
  created_at: string;
  period_to: string;
}

const versionOf = (r: TextRow): NarrativeVersion => ({ body: r.body, author: r.author, at: r.created_at, source: r.source });

export const slotKey = (itemKey: string, departmentCode: string | null): string => `${itemKey}|${departmentCode ?? ""}`;

/** The text in force of every item and department of an outline's report, by slotKey; withdrawn texts are left out. */
export function textsInForce(sqlite: Database.Database, outlineId: string, periodFrom: string): Map<string, NarrativeVersion> {
  const rows = sqlite
    .prepare<[string, string], TextRow>(
      `SELECT t.item_key, t.department_code, t.body, t.author, t.source, t.created_at, t.period_to
         FROM narrative_texts t
        WHERE t.outline_id = ? AND t.period_from = ?
          AND t.id = (SELECT max(id) FROM narrative_texts n
                       WHERE n.outline_id = t.outline_id AND n.period_from = t.period_from
                         AND n.item_key = t.item_key AND n.department_code IS t.department_code)`,
    )
    .all(outlineId, periodFrom);
  return new Map(rows.filter((r) => r.body.trim() !== "").map((r) => [slotKey(r.item_key, r.department_code), versionOf(r)]));
}

/** Every version of one text, newest first. */
export function textHistory(sqlite: Database.Database, slot: TextSlot): (NarrativeVersion & { periodTo: string })[] {
  return sqlite
    .prepare<[string, string, string, string | null], TextRow>(
      `SELECT item_key, department_code, body, author, source, created_at, period_to FROM narrative_texts
        WHERE outline_id = ? AND period_from = ? AND item_key = ? AND department_code IS ?
        ORDER BY id DESC`,
    )
    .all(slot.outlineId, slot.periodFrom, slot.itemKey, slot.departmentCode)
    .map((r) => ({ ...versionOf(r), periodTo: r.period_to }));
}

/**
 * Saves a text as the one in force, keeping the earlier ones; an unchanged
 * text adds nothing. `source` says where it came from when it was not typed
 * here (a department package). Audited.
 */
export function saveText(ctx: AppContext, slot: TextSlot & { periodTo: string }, body: string, source: string | null = null): void {
  const text = nfc(body).replace(/\r\n?/g, "\n").trim();
  const sqlite = ctx.store.sqlite;
  sqlite.transaction(() => {
    const before = textHistory(sqlite, slot)[0] ?? null;
    if ((before?.body ?? "") === text) return;
    sqlite
      .prepare(
        `INSERT INTO narrative_texts (outline_id, item_key, department_code, period_from, period_to, body, author, source, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(slot.outlineId, slot.itemKey, slot.departmentCode, slot.periodFrom, slot.periodTo, text, ctx.userName, source, localNow(ctx.now()));
    recordAudit(ctx.store.db, {
      userName: ctx.userName,
      action: before ? "sua" : "tao",
      entity: "noi_dung_de_cuong",
      entityId: `${slot.outlineId}/${slot.periodFrom}/${slotKey(slot.itemKey, slot.departmentCode)}`,
      oldValue: before?.body ?? null,
      newValue: text,
    });
  })();
}
