import type { AppContext } from "../context";
import { recordAudit } from "../audit";
import { AppError } from "../../shared/errors";

export interface ProcedureEntry {
  id: number;
  code: string;
  name: string;
  field: string | null;
  atCentre: boolean | null;
  onlineEligible: boolean | null;
  onlineFull: boolean | null;
  locationIndependent: boolean | null;
  active: boolean;
}

type Row = Omit<ProcedureEntry, "atCentre" | "onlineEligible" | "onlineFull" | "locationIndependent" | "active"> &
  Record<"atCentre" | "onlineEligible" | "onlineFull" | "locationIndependent" | "active", number | null>;

const SELECT = `SELECT id, code, name, field, at_centre AS atCentre, online_eligible AS onlineEligible, online_full AS onlineFull,
  location_independent AS locationIndependent, active FROM procedures`;

const asBool = (v: number | null) => (v === null ? null : v === 1);
const fromRow = (r: Row): ProcedureEntry => ({
  ...r,
  atCentre: asBool(r.atCentre),
  onlineEligible: asBool(r.onlineEligible),
  onlineFull: asBool(r.onlineFull),
  locationIndependent: asBool(r.locationIndependent),
  active: r.active === 1,
});

/** The catalogue, by field then name; `search` ignores diacritics and case. */
export function listProcedures(ctx: AppContext, search?: string): ProcedureEntry[] {
  const where = search?.trim() ? " WHERE fold(code || ' ' || name || ' ' || coalesce(field, '')) LIKE '%' || fold(?) || '%'" : "";
  const stmt = ctx.store.sqlite.prepare(`${SELECT}${where} ORDER BY fold(coalesce(field, '')), fold(name)`);
  return ((where ? stmt.all(search!.trim()) : stmt.all()) as Row[]).map(fromRow);
}

export type ProcedureInput = Omit<ProcedureEntry, "id"> & { id?: number };

const toSql = (v: boolean | null) => (v === null ? null : v ? 1 : 0);

/** Adds or edits one procedure; the code stays unique. Audited. */
export function saveProcedure(ctx: AppContext, input: ProcedureInput): ProcedureEntry {
  const sqlite = ctx.store.sqlite;
  return sqlite.transaction(() => {
    const clash = sqlite.prepare("SELECT id FROM procedures WHERE code = ? AND id IS NOT ?").get(input.code, input.id ?? null) as { id: number } | undefined;
    if (clash) throw new AppError("procedure_code_taken", `Mã thủ tục “${input.code}” đã có trong danh mục.`);
    const before = input.id ? (sqlite.prepare(`${SELECT} WHERE id = ?`).get(input.id) as Row | undefined) : undefined;
    if (input.id && !before) throw new AppError("procedure_unknown", "Thủ tục này không còn trong danh mục (có thể đã bị xóa).");
    const params = [input.code, input.name, input.field, toSql(input.atCentre), toSql(input.onlineEligible), toSql(input.onlineFull), toSql(input.locationIndependent), input.active ? 1 : 0];
    const id = before
      ? (sqlite
          .prepare("UPDATE procedures SET code = ?, name = ?, field = ?, at_centre = ?, online_eligible = ?, online_full = ?, location_independent = ?, active = ? WHERE id = ?")
          .run(...params, input.id!),
        input.id!)
      : Number(
          sqlite.prepare("INSERT INTO procedures (code, name, field, at_centre, online_eligible, online_full, location_independent, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").run(...params)
            .lastInsertRowid,
        );
    const after = fromRow(sqlite.prepare(`${SELECT} WHERE id = ?`).get(id) as Row);
    recordAudit(ctx.store.db, { userName: ctx.userName, action: before ? "sua" : "tao", entity: "procedures", entityId: id, oldValue: before ? fromRow(before) : null, newValue: after });
    return after;
  })();
}

export function deleteProcedure(ctx: AppContext, id: number): void {
  const sqlite = ctx.store.sqlite;
  sqlite.transaction(() => {
    const before = sqlite.prepare(`${SELECT} WHERE id = ?`).get(id) as Row | undefined;
    if (!before) throw new AppError("procedure_unknown", "Thủ tục này không còn trong danh mục (có thể đã bị xóa).");
    sqlite.prepare("DELETE FROM procedures WHERE id = ?").run(id);
    recordAudit(ctx.store.db, { userName: ctx.userName, action: "xoa", entity: "procedures", entityId: id, oldValue: fromRow(before) });
  })();
}
