import { count } from "drizzle-orm";
import type { AppContext } from "../../context";
import type { HandlersFor } from "./handler-types";
import type { foundationApi } from "../contract/foundation";
import { dossiers, documents, planTasks, staff } from "../../../db/schema";
import { schemaVersion } from "../../../db/migrations";
import { getUnit, saveUnit } from "../../unit";
import { addPerson, knownPeople } from "../../people";
import { getProfile } from "../../profiles";
import { profileSummary } from "./profiles";
import { resolvePeriod, upcomingReports, type ResolvedPeriod } from "../../periods";
import { daysUntil, todayInVietnam, type IsoDate } from "../../../shared/dates";
import { APP_VERSION } from "../../version";
import { currentProfile } from "../../unit-period";
import { buildOverview } from "../../overview/overview";

const tableCount = (ctx: AppContext, table: typeof dossiers | typeof staff | typeof documents | typeof planTasks) => ctx.store.db.select({ n: count() }).from(table).get()?.n ?? 0;

/** The reports coming due for the unit's profile; none before the unit is set up. */
function comingDue(ctx: AppContext, asked: IsoDate | undefined) {
  const unit = getUnit(ctx.store.db);
  const profile = unit ? currentProfile(ctx) : null;
  const today = asked ?? todayInVietnam(ctx.now());
  return { unit, profile, today, upcoming: profile ? upcomingReports(profile, today) : [] };
}

const withDaysLeft = (today: IsoDate) => (p: ResolvedPeriod) => ({ ...p, daysLeft: daysUntil(today, p.due!) });

export const foundationHandlers: HandlersFor<keyof typeof foundationApi> = {
  "app.info": (ctx) => ({
    appVersion: APP_VERSION,
    schemaVersion: schemaVersion(ctx.store.sqlite),
    storePath: ctx.store.path,
    userName: ctx.userName,
  }),
  "people.list": (ctx) => ({ people: knownPeople(ctx.store.db), given: ctx.givenUserName ?? null }),
  "people.add": (ctx, input) => ({ ...addPerson(ctx.store.db, input.name), given: ctx.givenUserName ?? null }),
  "unit.get": (ctx) => getUnit(ctx.store.db),
  "unit.save": (ctx, input) => {
    getProfile(ctx.profiles, input.profileId);
    return saveUnit(ctx.store.db, input, ctx.userName);
  },
  "profiles.list": (ctx) => [...ctx.profiles.values()].map(profileSummary),
  "periods.resolve": (ctx, input) => resolvePeriod(input.spec, currentProfile(ctx, input.profileId)),
  "periods.upcoming": (ctx, input) => {
    const { today, upcoming } = comingDue(ctx, input.today);
    return { today, upcoming: upcoming.map(withDaysLeft(today)) };
  },
  "overview.get": (ctx, input) => {
    const { unit, profile, today, upcoming } = comingDue(ctx, input.today);
    return {
      unit,
      profile: profile ? profileSummary(profile) : null,
      today,
      upcoming: upcoming.map(withDaysLeft(today)),
      counts: {
        dossiers: tableCount(ctx, dossiers),
        staff: tableCount(ctx, staff),
        documents: tableCount(ctx, documents),
        planTasks: tableCount(ctx, planTasks),
      },
      ...(profile ? buildOverview(ctx, profile, upcoming, today) : { statuses: [], inspection: null, figures: null, alerts: [] }),
    };
  },
};
