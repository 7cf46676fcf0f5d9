import type Database from "better-sqlite3";
import { COUNT_RATES, countedDossiers, countedParams, countRate, DOSSIER_COUNTS, RESOLVED, type CountRateCode, type DossierCountCode } from "./dossier-rules";
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

const COUNT_CODES = Object.keys(DOSSIER_COUNTS) as DossierCountCode[];
const FLAG_CODES = Object.keys(FLAG_RATES) as (keyof typeof FLAG_RATES)[];
const COUNT_RATE_CODES = Object.keys(COUNT_RATES) as CountRateCode[];

export type DossierFigureCode = DossierCountCode | CountRateCode | keyof typeof FLAG_RATES;

const ALL_CODES: readonly DossierFigureCode[] = [...COUNT_CODES, ...COUNT_RATE_CODES, ...FLAG_CODES];

export const isDossierFigure = (code: string): code is DossierFigureCode => (ALL_CODES as readonly string[]).includes(code);

interface FiguresQuery {
  sql: string;
  counts: DossierCountCode[];
  countRates: CountRateCode[];
  flags: (keyof typeof FLAG_RATES)[];
}

// A flag's denominator counts only the dossiers whose flag is known (not NULL): an export without the column gives no rate rather than 0 %.
// The LIMIT keeps the subquery a co-routine: each dossier's standing is worked out once, not once per figure.
function figuresQuery(codes: readonly DossierFigureCode[]): FiguresQuery {
  const wanted = new Set<string>(codes);
  const countRates = COUNT_RATE_CODES.filter((c) => wanted.has(c));
  const read = new Set<string>(countRates.flatMap((r) => [...COUNT_RATES[r].part, COUNT_RATES[r].whole]));
  const counts = COUNT_CODES.filter((c) => wanted.has(c) || read.has(c));
  const flags = FLAG_CODES.filter((c) => wanted.has(c));
  const aggregates = [
    ...counts.map((code) => `count(*) FILTER (WHERE ${DOSSIER_COUNTS[code]})`),
    ...flags.flatMap((code) => {
      const { flag, among } = FLAG_RATES[code];
      return [`count(*) FILTER (WHERE ${among} AND ${flag} = 1)`, `count(${flag}) FILTER (WHERE ${among})`];
    }),
  ];
  const columns = ["channel", "has_payment", ...flags.map((c) => FLAG_RATES[c].flag)].join(", ");
  return { sql: `SELECT\n  ${aggregates.join(",\n  ")}\nFROM (${countedDossiers(columns)} LIMIT -1)`, counts, countRates, flags };
}

const queries = new Map<string, FiguresQuery>();
const queryFor = (codes: readonly DossierFigureCode[]) => {
  const key = codes.join(" ");
  if (!queries.has(key)) queries.set(key, figuresQuery(codes));
  return queries.get(key)!;
};

/**
 * The dossier figures of section III (tthc.ho_so.*) for the window, in one
 * pass over the dossiers counted in it: all of them, or only the given ones
 * (with the counts their rates are made of) for a caller that shows a few.
 */
export function dossierFigures(sqlite: Database.Database, window: Window, codes: readonly DossierFigureCode[] = ALL_CODES): Figures {
  const { sql, counts, countRates, flags } = queryFor(codes);
  const figures = emptyFigures();
  if (!sqlite.prepare("SELECT EXISTS (SELECT 1 FROM dossiers)").pluck().get()) {
    putNoData(figures, [...counts, ...countRates, ...flags]);
    return figures;
  }
  const row = sqlite.prepare(sql).raw().get(countedParams(window)) as number[];
  counts.forEach((code, i) => (figures.values[code] = row[i]!));
  for (const code of countRates) {
    const { part, whole } = countRate(code, (c) => figures.values[c] as number);
    putRate(figures, code, part, whole);
  }
  flags.forEach((code, i) => {
    const at = counts.length + 2 * i;
    putRate(figures, code, row[at]!, row[at + 1]!);
  });
  return figures;
}
