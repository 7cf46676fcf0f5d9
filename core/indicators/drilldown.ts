import type Database from "better-sqlite3";
import type { IsoDate } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { listDossiers, type DossierPage, type DossierRow, type DossierSource } from "../dossiers/query";
import { countedDossiers, countedParams, DOSSIER_COUNTS, isDossierCount } from "./dossier-rules";
import type { Window } from "./window";

/** The dossiers a dossier count of the window counts, as a source the dossier list can filter further. */
export function countedSource(window: Window, code: string): DossierSource {
  if (!isDossierCount(code)) {
    throw new AppError("figure_not_drillable", `Chỉ tiêu "${code}" không có danh sách hồ sơ đi kèm; chỉ các chỉ tiêu đếm số hồ sơ TTHC mới xem được danh sách hồ sơ.`);
  }
  return { from: `(${countedDossiers("*")})`, where: DOSSIER_COUNTS[code], params: countedParams(window) };
}

/** One page of the dossiers behind a dossier count of the window: the very ones the figure counts, overdue days as of `today`. */
export const drilldown = (sqlite: Database.Database, window: Window, code: string, page: DossierPage, today: IsoDate): { total: number; rows: DossierRow[] } =>
  listDossiers(sqlite, page, today, countedSource(window, code));
