/**
 * How long Tổng quan takes to answer on a commune-sized store (20 000 demo
 * dossiers) and on large ones (200 000 and 1 000 000): the whole overview.get
 * (four reports' Phụ lục 3 with their status, the year's figures against last
 * year, 24 monthly rates, the fields, the alerts), and periods.upcoming, the
 * light call the period pickers make. Run: npx tsx bench/overview.ts (the
 * stores are made as bench/figures.ts makes its own).
 */
import { createAppContext } from "../core/app-context";
import { dispatch } from "../core/api/dispatch";
import type { AppContext } from "../core/context";
import { ensureDemoStore } from "./demo-stores";

const SIZES = [20_000, 200_000, 1_000_000];
const RUNS = 5;
/** Inside the demo stores' data (they end on 30/06/2026). */
const TODAY = "2026-06-20";

async function timeCall(ctx: AppContext, method: string): Promise<{ first: number; median: number }> {
  const once = async () => {
    const t = performance.now();
    const r = await dispatch(ctx, method, { today: TODAY });
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
  for (const method of ["overview.get", "periods.upcoming"]) {
    const t = await timeCall(ctx, method);
    console.log(`  ${method.padEnd(20)} ${ms(t.first)} ${ms(t.median)}`);
  }
  ctx.store.close();
}
