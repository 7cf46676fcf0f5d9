import type { ApiOutput } from "../../../core/api/contract";

export type OverviewData = ApiOutput<"overview.get">;
export type Upcoming = OverviewData["upcoming"][number];
export type ReportStatus = OverviewData["statuses"][number];
export type Inspection = NonNullable<OverviewData["inspection"]>;
export type OverviewFigures = NonNullable<OverviewData["figures"]>;
export type OverviewAlert = OverviewData["alerts"][number];
