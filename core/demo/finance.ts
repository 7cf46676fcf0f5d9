import { financeFigures } from "../../db/schema";
import type { DemoContext } from "./context";

/** Public service units under the commune by autonomy group 1–4 (the culture centre and the public schools). */
const SERVICE_UNITS = { nhom_1: 0, nhom_2: 0, nhom_3: 2, nhom_4: 9 };

/** Cut-off days of the Hải Phòng reports (09/03, 09/06, 09/09, 09/12): the finance office's figures are taken then. */
const CUT_OFFS = ["03-09", "06-09", "09-09", "12-09"];

/**
 * Public finance figures in million đồng, cumulative within the year, at each
 * cut-off up to `until`; 2025's start with the new commune. The groups add up
 * to the total.
 */
export function insertFinanceFigures(ctx: DemoContext): void {
  const rng = ctx.random("finance");
  const lastYear = Number(ctx.until.slice(0, 4));
  for (let year = 2025; year <= lastYear; year++) {
    const newCommune = year === 2025;
    // A half-year budget for the new commune in 2025, a whole one after.
    const revenuePlan = (newCommune ? 42_000 : 88_000) * (0.92 + rng.next() * 0.16);
    const spendingPlan = revenuePlan * (0.86 + rng.next() * 0.08);
    const investmentPlan = (newCommune ? 48_000 : 95_000) * (0.9 + rng.next() * 0.2);
    const cutOffs = CUT_OFFS.filter((md) => !newCommune || md >= "09");
    cutOffs.forEach((md, i) => {
      const asOf = `${year}-${md}`;
      if (asOf > ctx.until) return;
      const done = (i + 1) / cutOffs.length;
      const round1 = (n: number) => Math.round(n * 10) / 10;
      const rows: [string, number][] = [
        ["tai_chinh.dvsn.tong", SERVICE_UNITS.nhom_1 + SERVICE_UNITS.nhom_2 + SERVICE_UNITS.nhom_3 + SERVICE_UNITS.nhom_4],
        ["tai_chinh.dvsn.nhom_1", SERVICE_UNITS.nhom_1],
        ["tai_chinh.dvsn.nhom_2", SERVICE_UNITS.nhom_2],
        ["tai_chinh.dvsn.nhom_3", SERVICE_UNITS.nhom_3],
        ["tai_chinh.dvsn.nhom_4", SERVICE_UNITS.nhom_4],
        ["tai_chinh.ngan_sach.thu", round1(revenuePlan * done * (0.85 + rng.next() * 0.1))],
        ["tai_chinh.ngan_sach.chi", round1(spendingPlan * done * (0.8 + rng.next() * 0.12))],
        ["tai_chinh.dau_tu_cong.ke_hoach", round1(investmentPlan)],
        ["tai_chinh.dau_tu_cong.giai_ngan", round1(investmentPlan * Math.min(0.97, done * done * (0.8 + rng.next() * 0.15)))],
      ];
      for (const [code, value] of rows) {
        ctx.db
          .insert(financeFigures)
          .values({ year, asOf, code, value, note: null, enteredBy: ctx.userName, enteredAt: `${asOf} 16:00:00` })
          .onConflictDoNothing()
          .run();
      }
    });
  }
}
