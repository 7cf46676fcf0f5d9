import type { ApiOutput } from "../../../core/api/contract";

export type Report = ApiOutput<"report.get">;
export type ReportRow = Report["sections"][number]["rows"][number];
export type ReportCheck = Report["checks"][number];
export type HistoryEntry = ApiOutput<"report.history">[number];
export type TemplateInfo = ApiOutput<"report.template.get">;

/** Which figure of a row is being entered: the figure of the period, or its "ước đạt". */
export interface EditTarget {
  row: ReportRow;
  estimate: boolean;
}
