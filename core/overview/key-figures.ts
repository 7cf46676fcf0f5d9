/** The figures a clerk looks at first, for the current window and the same window a year earlier, from the TTHC engine. */
import type Database from "better-sqlite3";
import { lastYearWindow } from "../indicators/last-year";
import { dossierFigures, isDossierFigure } from "../indicators/dossier-figures";
import { satisfactionFigures } from "../indicators/satisfaction";
import type { Window } from "../indicators/window";
import type { CurrentWindow } from "./current-window";

export const KEY_FIGURES = [
  { code: "tthc.ho_so.tiep_nhan_moi", label: "Hồ sơ tiếp nhận mới", unit: "hồ sơ", higherIsBetter: true },
  { code: "tthc.ho_so.da_giai_quyet", label: "Hồ sơ đã giải quyết", unit: "hồ sơ", higherIsBetter: true },
  { code: "tthc.ho_so.dung_han_ty_le", label: "Tỷ lệ giải quyết đúng hạn", unit: "%", higherIsBetter: true },
  { code: "tthc.ho_so.truc_tuyen_ty_le", label: "Tỷ lệ hồ sơ trực tuyến", unit: "%", higherIsBetter: true },
  { code: "tthc.hai_long.ty_le", label: "Mức độ hài lòng", unit: "%", higherIsBetter: true },
  { code: "tthc.ho_so.dang_qua_han", label: "Hồ sơ đang giải quyết quá hạn", unit: "hồ sơ", higherIsBetter: false },
] as const;

export interface KeyFigure {
  code: (typeof KEY_FIGURES)[number]["code"];
  label: string;
  unit: "hồ sơ" | "%";
  higherIsBetter: boolean;
  /** Null for a rate whose denominator is 0 (shown "–"). */
  value: number | null;
  lastYear: number | null;
  /** value − lastYear: a count's difference, or a rate's difference in percentage points; null when either is missing. */
  change: number | null;
}

export interface KeyFigures {
  window: Window;
  lastYearWindow: Window;
  figures: KeyFigure[];
  /** The window's key figures and satisfaction figures by code, for the alerts that read further ones. */
  values: Record<string, number | null>;
}

const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : Math.round((a - b) * 100) / 100);

const DOSSIER_CODES = KEY_FIGURES.flatMap((f) => (isDossierFigure(f.code) ? [f.code] : []));

/** Only the dossier figures shown, beside satisfaction: the engine works out no other. */
const figuresOf = (sqlite: Database.Database, window: Window) => ({
  ...dossierFigures(sqlite, window, DOSSIER_CODES).values,
  ...satisfactionFigures(sqlite, window).values,
});

export function keyFigures(sqlite: Database.Database, window: CurrentWindow): KeyFigures {
  const previous = lastYearWindow(window);
  const now = figuresOf(sqlite, window);
  const before = figuresOf(sqlite, previous);
  return {
    window: { from: window.from, to: window.to },
    lastYearWindow: { from: previous.from, to: previous.to },
    figures: KEY_FIGURES.map((f) => {
      const value = now[f.code] ?? null;
      const lastYear = before[f.code] ?? null;
      return { ...f, value, lastYear, change: difference(value, lastYear) };
    }),
    values: now,
  };
}
