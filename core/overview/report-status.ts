/**
 * Where a report coming due stands: figures complete or not, exported to the
 * outbox, sent – and what is still missing, so the overview can say what to
 * do next.
 */
import type Database from "better-sqlite3";
import type { AppContext } from "../context";
import type { Catalogue } from "../indicators/catalogue";
import { awaitsEntry, rowName } from "../indicators/checks";
import { buildReport } from "../indicators/report";
import { reportRows, type Report } from "../indicators/report-types";
import type { ResolvedPeriod } from "../periods";
import { shortfall, type Shortfall } from "./shortfall";

export type ReportState = "thieu" | "du" | "da_xuat" | "da_gui";

export interface ReportStatus {
  state: ReportState;
  /** Manual figures (source M or C/M) that have no value yet. */
  missingFigures: Shortfall;
  /** Consistency errors besides the missing figures themselves. */
  checkErrors: Shortfall;
  /** 'YYYY-MM-DD HH:mm:ss' of the newest export of the window still waiting in the outbox, or of the one sent. */
  exportedAt: string | null;
  sentAt: string | null;
}

interface OutboxRow {
  state: "cho_gui" | "da_gui";
  created_at: string;
  sent_at: string | null;
}

/** The newest Phụ lục 3 export of exactly this window, sent or not. */
function latestExport(sqlite: Database.Database, period: ResolvedPeriod): { sent: OutboxRow | undefined; waiting: OutboxRow | undefined } {
  const rows = sqlite
    .prepare<[string, string], OutboxRow>("SELECT state, created_at, sent_at FROM outbox_entries WHERE kind = 'phu_luc_3' AND period_from = ? AND period_to = ? ORDER BY id DESC")
    .all(period.from, period.to);
  return { sent: rows.find((r) => r.state === "da_gui"), waiting: rows.find((r) => r.state === "cho_gui") };
}

function statusOfReport(report: Report, sqlite: Database.Database, period: ResolvedPeriod): ReportStatus {
  const rows = reportRows(report);
  const missing = rows.filter(awaitsEntry);
  const missingCodes = new Set(missing.map((r) => r.code));
  const errors = report.checks.filter((c) => c.level === "error" && !c.codes.every((code) => missingCodes.has(code)));
  const { sent, waiting } = latestExport(sqlite, period);
  const complete = missing.length === 0 && errors.length === 0;
  return {
    state: sent ? "da_gui" : waiting ? "da_xuat" : complete ? "du" : "thieu",
    missingFigures: shortfall(missing.map(rowName)),
    checkErrors: shortfall(errors.map((c) => c.message)),
    exportedAt: (waiting ?? sent)?.created_at ?? null,
    sentAt: sent?.sent_at ?? null,
  };
}

/** The status of each report coming due, from Phụ lục 3 as report.get builds it (last year's column aside: it only warns). */
export const reportStatus = (ctx: AppContext, period: ResolvedPeriod, catalogue: Catalogue): ReportStatus =>
  statusOfReport(buildReport(ctx, period, { catalogue, withoutLastYear: true }), ctx.store.sqlite, period);
