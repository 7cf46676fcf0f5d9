/**
 * How long Tổng quan (overview.get) takes against its floor, one year's TTHC
 * figures (tthc.figures for 2025-Y), both through the API in the same run, on
 * a commune-sized store (20 000 demo dossiers) and on large ones (200 000 and
 * 1 000 000); and periods.upcoming, the light call the period pickers make.
 * Run: npx tsx bench/overview.ts [sizes…] (the stores are made as
 * bench/figures.ts makes its own).
 */
import { createAppContext } from "../core/app-context";
import { dispatch } from "../core/api/dispatch";
import type { AppContext } from "../core/context";
import { ensureDemoStore } from "./demo-stores";

const SIZES = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [20_000, 200_000, 1_000_000];
const RUNS = 5;
/** Inside the demo stores' data (they end on 30/06/2026). */
const TODAY = "2026-06-20";
const TARGET_RATIO = 3;

const CALLS: [label: string, method: string, input: unknown][] = [
  ["overview.get", "overview.get", { today: TODAY }],
  ["tthc.figures 2025-Y (mức sàn)", "tthc.figures", { period: "2025-Y" }],
  ["periods.upcoming", "periods.upcoming", { today: TODAY }],
];

async function timeCall(ctx: AppContext, method: string, input: unknown): Promise<{ first: number; median: number }> {
  const once = async () => {
    const t = performance.now();
    const r = await dispatch(ctx, method, input);
    if (!r.ok) throw new Error(r.error.message);
    return performance.now() - t;
  };
  const first = await once();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once());
  runs.sort((a, b) => a - b);
  return { first, median: runs[Math.floor(RUNS / 2)]! };
}

const ms = (t: number) => `${Math.round(t).toLocaleString("vi-VN").padStart(7)} ms`;

for (const size of SIZES) {
  const ctx = createAppContext({ storePath: ensureDemoStore(size), userName: "bench" });
  console.log(`\n${size.toLocaleString("vi-VN")} hồ sơ, hôm nay ${TODAY} (lần đầu / trung vị ${RUNS} lần):`);
  const medians = new Map<string, number>();
  for (const [label, method, input] of CALLS) {
    const t = await timeCall(ctx, method, input);
    medians.set(method, t.median);
    console.log(`  ${label.padEnd(32)} ${ms(t.first)} ${ms(t.median)}`);
  }
  const ratio = medians.get("overview.get")! / medians.get("tthc.figures")!;
  const verdict = ratio <= TARGET_RATIO ? "đạt" : "KHÔNG đạt";
  console.log(`  Tổng quan / mức sàn: ${ratio.toLocaleString("vi-VN", { maximumFractionDigits: 1 })} lần (mục tiêu ≤ ${TARGET_RATIO}: ${verdict})`);
  ctx.store.close();
}
