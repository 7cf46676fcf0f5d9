import type Database from "better-sqlite3";
import { keptBy, type ReportWindow } from "./sources/scope";
import { directionFigures } from "./sources/direction";
import { institutionFigures } from "./sources/institutions";
import { staffingFigures } from "./sources/staffing";
import { financeFigures } from "./sources/finance";
import { digitalFigures } from "./sources/digital";
import { receptionFigures } from "./sources/reception";
import { dossierFigures } from "./dossier-figures";
import { paknFigures } from "./pakn";
import { procedureFigures } from "./procedures";
import { satisfactionFigures } from "./satisfaction";
import type { Figures } from "./rates";

/** Figures of section III that depend on no window: the procedure catalogue as it stands today (no history is kept). */
export const isCurrentStateCode = (code: string) => code.startsWith("tthc.danh_muc.");

/** Section III's figures where the registers behind them were kept by the window's end; else none (no data, not 0). */
function tthcFiguresCovered(sqlite: Database.Database, w: ReportWindow): Figures[] {
  const covered = (f: Figures, table: string, column: string): Figures => {
    if (keptBy(table, column)(sqlite, w)) return f;
    return { values: Object.fromEntries(Object.keys(f.values).map((code) => [code, null])), denominators: {} };
  };
  return [
    procedureFigures(sqlite),
    covered(dossierFigures(sqlite, w), "dossiers", "received_at"),
    covered(paknFigures(sqlite, w), "pakn", "received_date"),
    covered(satisfactionFigures(sqlite, w), "satisfaction_ratings", "period_to"),
  ];
}

/** Every figure the local records give for the window, by indicator code, with the denominators of the rates. */
export function computeFigures(sqlite: Database.Database, w: ReportWindow): Figures {
  const parts = [
    directionFigures(sqlite, w),
    institutionFigures(sqlite, w),
    ...tthcFiguresCovered(sqlite, w),
    staffingFigures(sqlite, w),
    financeFigures(sqlite, w),
    digitalFigures(sqlite, w),
    receptionFigures(sqlite, w),
  ];
  return {
    values: Object.assign({}, ...parts.map((p) => p.values)),
    denominators: Object.assign({}, ...parts.map((p) => p.denominators)),
  };
}
