import type { AppContext } from "../context";
import { addDays } from "../../shared/dates";
import { defaultCatalogue } from "../indicators/catalogue";
import { resolvePeriod, standardPeriod, type ResolvedPeriod } from "../periods";
import { loadProfiles, type ProvinceProfile } from "../profiles";
import type { UnitDetails } from "../unit";
import { setInspection } from "../outline/inspection";
import { saveText } from "../outline/narratives";
import { builtinOutlineFile, readOutlineFile, type OutlineTemplate } from "../outline/template";
import type { DemoContext } from "./context";
import { DEMO_OUTLINE_TEXTS } from "./outline-texts";
import { wordedFor } from "./place";

/** The inspection of seed 002: Thursday 16/10/2025, 13:30–17:00. */
const INSPECTION = { date: "2025-10-16", timeFrom: "13:30", timeTo: "17:00" } as const;

/** The department whose officer compiles the merged texts of joint items (seed 002: Phòng Văn hóa - Xã hội). */
const COMPILER = "VHXH";

const outlineOf = (id: string): OutlineTemplate => readOutlineFile(builtinOutlineFile(id), defaultCatalogue());

/** The window the demo answers an outline for: the one the province asked for, else this year's annual report. */
function windowOf(outline: OutlineTemplate, profile: ProvinceProfile): ResolvedPeriod {
  return outline.defaultPeriod ? resolvePeriod(outline.defaultPeriod, profile) : standardPeriod(2025, "Y", profile);
}

/** The windows of the outlines the demo answers that have closed by `until`, for the manual figures they quote. */
export function demoOutlineWindows(until: string, profile: ProvinceProfile): ResolvedPeriod[] {
  const ids = [...new Set(DEMO_OUTLINE_TEXTS.map((t) => t.outlineId))];
  return ids.map((id) => windowOf(outlineOf(id), profile)).filter((w) => w.kind === "custom" && w.to <= until);
}

/**
 * What the departments wrote for the inspection outline and the annual report
 * (each signed by its head, two days before the window's end; merged texts by
 * the compiling department's head), and the
 * inspection's details – for the outlines whose window has closed by `until`.
 */
export function insertOutlineWork(ctx: DemoContext, unit: UnitDetails): void {
  const profiles = loadProfiles();
  const profile = profiles.get(unit.profileId) ?? profiles.get("hai-phong")!;
  const headOf = new Map(unit.departments.map((d) => [d.code, d.headName ?? ctx.userName]));
  const windows = new Map<string, ResolvedPeriod>();
  for (const text of DEMO_OUTLINE_TEXTS) {
    if (text.departmentCode !== null && !ctx.departments.has(text.departmentCode)) continue;
    let window = windows.get(text.outlineId);
    if (!window) {
      window = windowOf(outlineOf(text.outlineId), profile);
      windows.set(text.outlineId, window);
    }
    if (window.to > ctx.until) continue;
    const written = new Date(`${addDays(window.to, -2)}T02:00:00Z`);
    const appCtx: AppContext = { store: ctx.store, profiles, userName: headOf.get(text.departmentCode ?? COMPILER) ?? ctx.userName, now: () => written };
    saveText(appCtx, { outlineId: text.outlineId, periodFrom: window.from, periodTo: window.to, itemKey: text.itemKey, departmentCode: text.departmentCode }, wordedFor(ctx.place, text.body));
  }
  const inspected = windows.get("de-cuong-kiem-tra-2025");
  if (inspected && INSPECTION.date <= ctx.until) {
    const appCtx: AppContext = { store: ctx.store, profiles, userName: headOf.get(COMPILER) ?? ctx.userName, now: () => new Date(`${inspected.to}T03:00:00Z`) };
    setInspection(appCtx, "de-cuong-kiem-tra-2025", {
      ...INSPECTION,
      team: `Đoàn kiểm tra cải cách hành chính ${ctx.place.provinceLevel}`,
      place: `Hội trường ${ctx.place.committee}`,
      responsible: Object.fromEntries(unit.departments.filter((d) => d.headName).map((d) => [d.code, d.headName!])),
    });
  }
}
