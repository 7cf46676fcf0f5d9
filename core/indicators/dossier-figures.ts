import type Database from "better-sqlite3";
import { COUNT_RATES, countedDossiers, countedParams, countRate, DOSSIER_COUNTS, RESOLVED, type CountRateCode } from "./dossier-rules";
import { emptyFigures, putNoData, putRate, type Figures } from "./rates";
import type { Window } from "./window";

/** Rates from per-dossier flags: the flag column, and which counted dossiers make the denominator. */
const FLAG_RATES = {
  "tthc.ho_so.so_hoa_ty_le": { flag: "digitised", among: "fresh" },
  "tthc.ho_so.ket_qua_dien_tu_ty_le": { flag: "electronic_result", among: RESOLVED },
  "tthc.ho_so.thanh_toan_truc_tuyen_ty_le": { flag: "paid_online", among: "fresh AND has_payment = 1" },
  "tthc.ho_so.cap_nhat_he_thong_ty_le": { flag: "on_province_system", among: "fresh" },
  "tthc.ho_so.dong_bo_dvcqg_ty_le": { flag: "synced_national_portal", among: "fresh" },
  "tthc.ho_so.tai_su_dung_ty_le": { flag: "reused_data", among: "fresh" },
} as const;

const COUNT_CODES = Object.keys(DOSSIER_COUNTS) as (keyof typeof DOSSIER_COUNTS)[];
const FLAG_CODES = Object.keys(FLAG_RATES) as (keyof typeof FLAG_RATES)[];
const COUNT_RATE_CODES = Object.keys(COUNT_RATES) as CountRateCode[];
const RATE_CODES = [...COUNT_RATE_CODES, ...FLAG_CODES];

// A flag's denominator counts only the dossiers whose flag is known (not NULL): an export without the column gives no rate rather than 0 %.
// The LIMIT keeps the subquery a co-routine: each dossier's standing is worked out once, not once per figure.
const FIGURES_SQL = `SELECT
  ${[
    ...COUNT_CODES.map((code) => `count(*) FILTER (WHERE ${DOSSIER_COUNTS[code]})`),
    ...FLAG_CODES.flatMap((code) => {
      const { flag, among } = FLAG_RATES[code];
      return [`count(*) FILTER (WHERE ${among} AND ${flag} = 1)`, `count(${flag}) FILTER (WHERE ${among})`];
    }),
  ].join(",\n  ")}
FROM (${countedDossiers(`channel, has_payment, ${FLAG_CODES.map((c) => FLAG_RATES[c].flag).join(", ")}`)} LIMIT -1)`;

/** The dossier figures of section III (tthc.ho_so.*) for the window, in one pass over the dossiers counted in it. */
export function dossierFigures(sqlite: Database.Database, window: Window): Figures {
  const figures = emptyFigures();
  if (!sqlite.prepare("SELECT EXISTS (SELECT 1 FROM dossiers)").pluck().get()) {
    putNoData(figures, [...COUNT_CODES, ...RATE_CODES]);
    return figures;
  }
  const row = sqlite.prepare(FIGURES_SQL).raw().get(countedParams(window)) as number[];
  COUNT_CODES.forEach((code, i) => (figures.values[code] = row[i]!));
  for (const code of COUNT_RATE_CODES) {
    const { part, whole } = countRate(code, (c) => figures.values[c] as number);
    putRate(figures, code, part, whole);
  }
  FLAG_CODES.forEach((code, i) => {
    const at = COUNT_CODES.length + 2 * i;
    putRate(figures, code, row[at]!, row[at + 1]!);
  });
  return figures;
}
