/** Everything the Tổng quan screen shows beyond the unit: where each report coming due stands, the figures, the charts and the alerts. */
import type { AppContext } from "../context";
import type { IsoDate } from "../../shared/dates";
import { activeCatalogue } from "../indicators/active-catalogue";
import type { ResolvedPeriod } from "../periods";
import type { ProvinceProfile } from "../profiles";
import { overviewAlerts, type Alert } from "./alerts";
import { currentWindow } from "./current-window";
import { fieldCounts, type FieldCount } from "./field-counts";
import { nextInspection, type InspectionReadiness } from "./inspection-readiness";
import { keyFigures, type KeyFigures } from "./key-figures";
import { monthlyRates, type MonthlyRates } from "./monthly-rates";
import { reportStatus, type ReportStatus } from "./report-status";

export interface Overview {
  /** By the report's spec ("2026-Q1"), for the reports coming due whose window has begun: one not begun has nothing to show yet. */
  statuses: (ReportStatus & { spec: string })[];
  inspection: InspectionReadiness | null;
  /** Null when no report is coming due (no profile). */
  figures: (KeyFigures & { fields: { top: FieldCount[]; others: number }; monthly: MonthlyRates }) | null;
  alerts: Alert[];
}

export function buildOverview(ctx: AppContext, profile: ProvinceProfile, upcoming: ResolvedPeriod[], today: IsoDate): Overview {
  const catalogue = activeCatalogue(ctx);
  const sqlite = ctx.store.sqlite;
  const nearest = upcoming[0];
  const window = nearest ? currentWindow(profile, nearest, today) : null;
  const figures = window ? keyFigures(sqlite, window) : null;
  return {
    statuses: upcoming.filter((p) => p.from <= today).map((p) => ({ spec: p.spec, ...reportStatus(ctx, p, catalogue) })),
    inspection: nextInspection(ctx, today),
    figures: window && figures ? { ...figures, fields: fieldCounts(sqlite, window), monthly: monthlyRates(sqlite, window.year, today) } : null,
    alerts: overviewAlerts(sqlite, figures?.values ?? {}, catalogue, today),
  };
}
