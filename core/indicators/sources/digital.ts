import type Database from "better-sqlite3";
import { putRate, type Figures } from "../rates";
import { keptBy, runQueries, type ReportWindow } from "./scope";

/** Section VII (chính quyền số): shares of the outgoing documents of the window sent electronically and signed digitally. */
export function digitalFigures(sqlite: Database.Database, w: ReportWindow): Figures {
  const counts = runQueries(sqlite, w, [
    {
      codes: ["all", "electronic", "signed"],
      sql: "SELECT count(*), count(*) FILTER (WHERE electronic = 1), count(*) FILTER (WHERE digitally_signed = 1) FROM documents WHERE direction = 'di' AND date >= @from AND date < @after",
      covered: keptBy("documents", "date"),
    },
  ]).values;
  const figures: Figures = { values: { "cds.van_ban_dien_tu_ty_le": null, "cds.ky_so_ty_le": null }, denominators: {} };
  if (counts.all === null) return figures;
  putRate(figures, "cds.van_ban_dien_tu_ty_le", counts.electronic!, counts.all!);
  putRate(figures, "cds.ky_so_ty_le", counts.signed!, counts.all!);
  return figures;
}
