import type Database from "better-sqlite3";
import { dossierFigures } from "./dossier-figures";
import { paknFigures } from "./pakn";
import { procedureFigures } from "./procedures";
import type { Figures } from "./rates";
import { satisfactionFigures } from "./satisfaction";
import type { Window } from "./window";

/** Every figure of section III (cải cách TTHC) for the window: dossiers, the procedure catalogue, PAKN, satisfaction. */
export function tthcFigures(sqlite: Database.Database, window: Window): Figures {
  const parts = [procedureFigures(sqlite), dossierFigures(sqlite, window), paknFigures(sqlite, window), satisfactionFigures(sqlite, window)];
  return {
    values: Object.assign({}, ...parts.map((p) => p.values)),
    denominators: Object.assign({}, ...parts.map((p) => p.denominators)),
  };
}
