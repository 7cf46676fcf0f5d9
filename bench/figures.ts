/**
 * How long the TTHC figures, a dossier-list page and a search take on large
 * stores (200 000 and 1 000 000 demo dossiers). Run: npx tsx bench/figures.ts
 * The stores are generated once into the temp folder and reused.
 */
import { openStore, type Store } from "../db/store";
import { loadProfiles, getProfile } from "../core/profiles";
import { resolvePeriod } from "../core/periods";
import { defaultCatalogue, indicatorsOf } from "../core/indicators/catalogue";
import { tthcFigures } from "../core/indicators/tthc";
import { drilldown } from "../core/indicators/drilldown";
import { formatFigure } from "../core/indicators/format";
import { listDossiers } from "../core/dossiers/query";
import { ensureDemoStore } from "./demo-stores";

const SIZES = [200_000, 1_000_000];
const RUNS = 7;
const FIGURES_TARGET_MS = 1000;

interface Timing {
  first: number;
  median: number;
}

/** The first run (cold caches), then the median of RUNS more. */
function time(run: () => unknown): Timing {
  const once = () => {
    const t = performance.now();
    run();
    return performance.now() - t;
  };
  const first = once();
  const runs = Array.from({ length: RUNS }, once).sort((a, b) => a - b);
  return { first, median: runs[Math.floor(RUNS / 2)]! };
}

const ms = (t: number) => `${t.toFixed(0).padStart(6)} ms`;

type Sqlite = Store["sqlite"];

const period = resolvePeriod("2025-Y", getProfile(loadProfiles(), "hai-phong"));
const page = { offset: 0, limit: 100, sort: "-receivedAt" } as const;

const figures = (sqlite: Sqlite) => tthcFigures(sqlite, period);

const LIST_CASES: [string, (sqlite: Sqlite) => unknown][] = [
  ["Danh sách hồ sơ, trang đầu", (s) => listDossiers(s, page, period.to)],
  ["Danh sách hồ sơ, trang thứ 101", (s) => listDossiers(s, { ...page, offset: 10_000 }, period.to)],
  ["Lọc lĩnh vực Đất đai + trực tuyến", (s) => listDossiers(s, { ...page, field: "Đất đai", channel: "online" }, period.to)],
  ["Lọc hồ sơ quá hạn, xếp theo ngày hẹn", (s) => listDossiers(s, { ...page, lateOnly: true, sort: "dueAt" }, period.to)],
  ['Tìm "ho tich"', (s) => listDossiers(s, { ...page, search: "ho tich" }, period.to)],
  ['Tìm "nguyen van hung"', (s) => listDossiers(s, { ...page, search: "nguyen van hung" }, period.to)],
  ['Tìm theo mã "250305-00"', (s) => listDossiers(s, { ...page, search: "250305-00" }, period.to)],
  ["Danh sách sau chỉ tiêu đang giải quyết quá hạn", (s) => drilldown(s, period, "tthc.ho_so.dang_qua_han", page, period.to)],
];

const line = (label: string, t: Timing) => console.log(`  ${label.padEnd(52)} ${ms(t.first)} ${ms(t.median)}`);
const verdict = (t: Timing) => `${ms(t.median).trim()} (mục tiêu ≤ ${FIGURES_TARGET_MS} ms: ${t.median <= FIGURES_TARGET_MS ? "đạt" : "KHÔNG đạt"})`;

for (const size of SIZES) {
  const store = openStore(ensureDemoStore(size), { mustExist: true });
  const count = size.toLocaleString("vi-VN");
  console.log(`\n${count} hồ sơ (lần đầu / trung vị ${RUNS} lần):`);
  const indexed = time(() => figures(store.sqlite));
  line(`Chỉ tiêu TTHC, ${period.label}`, indexed);
  // Without migration 2's covering index, dropped inside a transaction that is rolled back: the file stays as generated.
  store.sqlite.exec("BEGIN");
  store.sqlite.exec("DROP INDEX dossiers_figures");
  const plain = time(() => figures(store.sqlite));
  store.sqlite.exec("ROLLBACK");
  line(`Chỉ tiêu TTHC, ${period.label}, không có chỉ mục dossiers_figures`, plain);
  for (const [label, run] of LIST_CASES)
    line(
      label,
      time(() => run(store.sqlite)),
    );

  if (size === SIZES.at(-1)) {
    const values = figures(store.sqlite).values;
    console.log(`\nSố liệu mục III (${count} hồ sơ), ${period.label}, từ ${period.from} đến ${period.to}:`);
    for (const i of indicatorsOf(defaultCatalogue()).filter((x) => x.code.startsWith("tthc."))) {
      console.log(`  ${i.code.padEnd(40)} ${formatFigure(values[i.code], i.unit).padStart(12)}`);
    }
    console.log(`\nChỉ tiêu TTHC trên ${count} hồ sơ: ${verdict(indexed)}; không có chỉ mục dossiers_figures: ${verdict(plain)}.`);
  }
  store.close();
}
