import { daysInclusive } from "../../shared/dates";
import { standardPeriod } from "../periods";
import { loadProfiles, REPORT_KINDS } from "../profiles";
import { saveEntry } from "../indicators/entries";
import { DEMO_START, TWO_TIER_START } from "./calendar";
import type { DemoContext } from "./context";
import { demoOutlineWindows } from "./outline-work";

/**
 * The figures no register holds, typed in by the departments for every
 * standard report of the unit's profile, and for the window of the inspection
 * outline, that has closed by `until`: the
 * commune's CCHC initiatives, feedback on its legal documents, its offices,
 * and training attendance.
 */
export function insertManualFigures(ctx: DemoContext, profileId: string): void {
  const profiles = loadProfiles();
  const profile = profiles.get(profileId) ?? profiles.get("hai-phong")!;
  const rng = ctx.random("manual-figures");
  const entryCtx = { store: ctx.store, profiles, userName: ctx.userName, now: () => new Date(`${ctx.until}T10:00:00Z`) };
  const years = Array.from({ length: Number(ctx.until.slice(0, 4)) - Number(DEMO_START.slice(0, 4)) + 1 }, (_, i) => Number(DEMO_START.slice(0, 4)) + i);
  const windows = [...years.flatMap((year) => REPORT_KINDS.map((kind) => standardPeriod(year, kind, profile))), ...demoOutlineWindows(ctx.until, profile)];
  for (const period of windows) {
    if (period.to > ctx.until) continue;
    const months = daysInclusive(period.from, period.to) / 30;
    const feedback = rng.int(0, Math.max(1, Math.round(months / 4)));
    const figures: [string, number][] = [
      ["chidao.sang_kien.so", rng.int(0, Math.max(1, Math.round(months / 6)))],
      ["the_che.pakn_vbqppl.tiep_nhan", feedback],
      ["the_che.pakn_vbqppl.da_xu_ly", feedback - (feedback > 0 && rng.chance(0.2) ? 1 : 0)],
      ["to_chuc.don_vi", period.to >= TWO_TIER_START ? ctx.departments.size : 0],
      ["cong_vu.boi_duong", Math.round(months * rng.int(2, 5))],
    ];
    for (const [code, value] of figures) saveEntry(entryCtx, period, { code, kind: "manual", value, computedValue: null, reason: null, source: "Dữ liệu mẫu" });
  }
}
