import type Database from "better-sqlite3";
import { emptyFigures, putNoData, putRate, type Figures } from "./rates";

const CODES = ["tthc.danh_muc.tong", "tthc.danh_muc.tai_ttpvhcc_ty_le", "tthc.danh_muc.toan_trinh_ty_le", "tthc.danh_muc.khong_dia_gioi_ty_le"] as const;

// As with the dossier flags, a rate counts only the procedures whose flag is known.
const SQL = `SELECT count(*) AS total,
  count(*) FILTER (WHERE at_centre = 1) AS atCentre, count(at_centre) AS atCentreKnown,
  count(*) FILTER (WHERE online_eligible = 1 AND online_full = 1) AS onlineFull, count(online_full) FILTER (WHERE online_eligible = 1) AS onlineFullKnown,
  count(*) FILTER (WHERE location_independent = 1) AS independent, count(location_independent) AS independentKnown
FROM procedures WHERE active = 1`;

interface Row {
  total: number;
  atCentre: number;
  atCentreKnown: number;
  onlineFull: number;
  onlineFullKnown: number;
  independent: number;
  independentKnown: number;
}

/** The procedure catalogue's figures (tthc.danh_muc.*): the active procedures as they stand now, whatever the window. */
export function procedureFigures(sqlite: Database.Database): Figures {
  const figures = emptyFigures();
  const r = sqlite.prepare(SQL).get() as Row;
  if (r.total === 0) {
    putNoData(figures, CODES);
    return figures;
  }
  figures.values["tthc.danh_muc.tong"] = r.total;
  putRate(figures, "tthc.danh_muc.tai_ttpvhcc_ty_le", r.atCentre, r.atCentreKnown);
  putRate(figures, "tthc.danh_muc.toan_trinh_ty_le", r.onlineFull, r.onlineFullKnown);
  putRate(figures, "tthc.danh_muc.khong_dia_gioi_ty_le", r.independent, r.independentKnown);
  return figures;
}
