import type { AppContext } from "./context";
import { resolvePeriod, type ResolvedPeriod } from "./periods";
import { getProfile, type ProvinceProfile } from "./profiles";
import { getUnit } from "./unit";

/** The profile asked for, else the one saved for the unit, else Hải Phòng's. */
export function currentProfile(ctx: AppContext, profileId?: string): ProvinceProfile {
  return getProfile(ctx.profiles, profileId ?? getUnit(ctx.store.db)?.profileId ?? "hai-phong");
}

/** The window a call names ("2025-Q3", "2025-07-01..2025-10-09"), through the given or the unit's profile. */
export const periodOf = (ctx: AppContext, input: { period: string; profileId?: string }): ResolvedPeriod => resolvePeriod(input.period, currentProfile(ctx, input.profileId));
