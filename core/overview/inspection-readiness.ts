/**
 * The next inspection visit the unit prepares for: an inspection outline
 * (đề cương) with its date set, today or later, and what is still missing
 * for it – department parts not returned, outline items without evidence,
 * and items whose documents are entries without their files.
 */
import type { AppContext } from "../context";
import { daysUntil, type IsoDate } from "../../shared/dates";
import { packageDashboard, type PartState } from "../packages/dashboard";
import { checklistRows, itemsWithoutFiles } from "../outline/checklist";
import { filledOutline } from "../outline/open";
import { getInspection } from "../outline/inspection";
import { listOutlines, type OutlineInfo } from "../outline/outlines";
import { shortfall, type Shortfall } from "./shortfall";

export interface InspectionReadiness {
  outlineId: string;
  outlineName: string;
  /** The window the outline is answered for, as the API names it. */
  period: string;
  periodLabel: string;
  date: IsoDate;
  timeFrom: string | null;
  daysLeft: number;
  /** Departments whose part has not come back complete. */
  partsNotReturned: { code: string; name: string; state: Exclude<PartState, "da_nhan"> }[];
  /** Items the evidence checklist flags as still without a document. */
  evidenceMissing: Shortfall;
  /** Items with documents of which one has no file attached yet: not ready either, the team reads files, not entries. */
  filesMissing: Shortfall;
}

/** The window the Đề cương page opens an outline for: the one the province asked for, else this year's report of its kind. */
const windowOf = (info: OutlineInfo, today: IsoDate): string => info.defaultPeriod ?? `${today.slice(0, 4)}-${info.periods?.find((k) => k !== "custom") ?? "Y"}`;

export function nextInspection(ctx: AppContext, today: IsoDate): InspectionReadiness | null {
  const visits = listOutlines(ctx)
    .filter((o) => o.kind === "de_cuong")
    .map((info) => ({ info, inspection: getInspection(ctx, info.id) }))
    .filter((v): v is typeof v & { inspection: { date: IsoDate } } => v.inspection.date !== null && v.inspection.date >= today)
    .sort((a, b) => a.inspection.date.localeCompare(b.inspection.date));
  const next = visits[0];
  if (!next) return null;
  const request = { outlineId: next.info.id, period: windowOf(next.info, today) };
  const filled = filledOutline(ctx, request);
  const parts = packageDashboard(ctx, request).departments;
  const rows = checklistRows(filled);
  const unsupported = rows.filter((r) => r.kind === "item" && r.documents.length === 0);
  return {
    outlineId: next.info.id,
    outlineName: next.info.name,
    period: request.period,
    periodLabel: filled.period.label,
    date: next.inspection.date,
    timeFrom: next.inspection.timeFrom,
    daysLeft: daysUntil(today, next.inspection.date),
    partsNotReturned: parts.flatMap((p) => (p.state === "da_nhan" ? [] : [{ code: p.code, name: p.name, state: p.state }])),
    evidenceMissing: shortfall(unsupported.map((r) => `Mục ${r.node.key}`)),
    filesMissing: shortfall(itemsWithoutFiles(rows).map((r) => `Mục ${r.node.key}`)),
  };
}
