import type { AppContext } from "../core/context";
import type { ProvinceProfile } from "../core/profiles";
import { resolvePeriod, type ResolvedPeriod } from "../core/periods";
import { currentProfile } from "../core/unit-period";
import { activeCatalogue } from "../core/indicators/active-catalogue";
import { loadCatalogue, type Catalogue } from "../core/indicators/catalogue";
import { requireOption, stringOption, type ParsedArgs } from "./args";
import type { CliIO } from "./io";

/** The options every report command shares. */
export const REPORT_OPTIONS = ["db", "period", "profile", "estimate", "template", "user", "json"] as const;

export interface ReportOptions {
  profile: ProvinceProfile;
  period: ResolvedPeriod;
  /** --template FILE, else the template loaded in the app, else the built-in Phụ lục 3. */
  catalogue: Catalogue;
  estimate: boolean;
}

/** --period through --profile (else the unit's profile, else hai-phong), --template and --estimate. */
export function reportOptions(ctx: AppContext, args: ParsedArgs): ReportOptions {
  const spec = requireOption(args, "period", "2025-Q1");
  const profile = currentProfile(ctx, stringOption(args, "profile"));
  const template = stringOption(args, "template");
  return {
    profile,
    period: resolvePeriod(spec, profile),
    catalogue: template ? loadCatalogue(template) : activeCatalogue(ctx),
    estimate: args.options.get("estimate") === true,
  };
}

/** Says on stderr when --estimate was asked for a period that has no estimate date. */
export function warnIfNoEstimate(io: CliIO, o: { estimate: boolean; period: Pick<ResolvedPeriod, "label" | "estimateTo">; profile: Pick<ProvinceProfile, "name"> }): void {
  if (o.estimate && !o.period.estimateTo) io.err(`${o.period.label} theo hồ sơ tỉnh ${o.profile.name} không có số liệu ước đạt; chỉ có số liệu thực tế.`);
}
