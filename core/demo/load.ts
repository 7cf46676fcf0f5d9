import type Database from "better-sqlite3";
import type { AppContext } from "../context";
import { todayInVietnam } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { formatFigure } from "../indicators/format";
import { recordLabel } from "../record-labels";
import { generateDemo, type DemoSummary } from "./index";

/** The seed `cchc demo` uses when none is given: the app shows the same commune. */
export const APP_DEMO_SEED = 1;

/** The unit's own set-up and the app's bookkeeping: a store holding only these has no records of its own yet. */
const SET_UP_TABLES = new Set(["unit", "departments", "signers", "people", "settings", "saved_mappings", "audit_log"]);

/** The tables that already hold records, with their row counts. */
function heldRecords(sqlite: Database.Database): { table: string; rows: number }[] {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return tables
    .filter((t) => !SET_UP_TABLES.has(t))
    .map((table) => ({ table, rows: sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number }))
    .filter((t) => t.rows > 0);
}

/**
 * The demo commune, up to today, loaded from the app into the open store; the
 * unit the clerk set up is kept. Refused, changing nothing, as soon as the
 * store holds any record, so demo rows never mix with real ones.
 */
export function loadDemo(ctx: AppContext): DemoSummary {
  const { sqlite } = ctx.store;
  return sqlite
    .transaction(() => {
      const held = heldRecords(sqlite);
      if (held.length > 0) {
        const list = held.map((h) => `${recordLabel(h.table)} (${formatFigure(h.rows, "")})`).join(", ");
        throw new AppError(
          "demo_not_empty",
          `Không nạp dữ liệu mẫu: dữ liệu này đã có ${list}. Dữ liệu mẫu chỉ nạp được khi chưa có hồ sơ hay sổ sách nào, để không lẫn vào số liệu thật. Không có gì bị thay đổi.`,
        );
      }
      return generateDemo(ctx.store, { seed: APP_DEMO_SEED, until: todayInVietnam(ctx.now()), userName: ctx.userName });
    })
    .immediate();
}
