import type { AppContext } from "../context";
import type { ResolvedPeriod } from "../periods";
import { getUnit } from "../unit";
import { defaultCatalogue, unitNameOf, type Catalogue } from "./catalogue";
import { estimateChecks, runChecks } from "./checks";
import { computeFigures, isCurrentStateCode } from "./engine";
import { entriesInForce } from "./entries";
import { estimateAll, estimateRatio } from "./estimate";
import { lastYearWindow } from "./last-year";
import { resolveFigures } from "./resolve";
import type { Report, ReportRow } from "./report-types";
import type { ReportWindow } from "./sources/scope";

export interface ReportOptions {
  /** Add the "ước đạt" figures where the period has an estimate date. */
  estimate?: boolean;
  catalogue?: Catalogue;
  /** Leave last year's column empty (it only ever warns): for a caller that reads the figures and their errors alone. */
  withoutLastYear?: boolean;
}

function figuresInForce(ctx: AppContext, catalogue: Catalogue, w: ReportWindow, entries = entriesInForce(ctx.store.sqlite, w)) {
  return resolveFigures(catalogue, computeFigures(ctx.store.sqlite, w), entries);
}

/**
 * Phụ lục 3 for the period from the store: every row of the catalogue with
 * its computed figure, the entry in force, the estimate when asked, last
 * year's figure, and the consistency checks.
 */
export function buildReport(ctx: AppContext, period: ResolvedPeriod, options: ReportOptions = {}): Report {
  const catalogue = options.catalogue ?? defaultCatalogue();
  const entered = entriesInForce(ctx.store.sqlite, period);
  const current = figuresInForce(ctx, catalogue, period, entered);
  const previousWindow = lastYearWindow(period);
  const previous = options.withoutLastYear ? null : figuresInForce(ctx, catalogue, { ...previousWindow, coverage: "whole" });
  const ratio = options.estimate ? estimateRatio(period) : null;
  const estimates =
    ratio === null
      ? new Map()
      : estimateAll(
          catalogue,
          (code) => current.get(code)?.value ?? null,
          ratio,
          (code) => entered.get(code)?.estimate_override?.value,
        );

  const sections = catalogue.sections.map((section) => ({
    stt: section.stt,
    label: section.label,
    rows: section.indicators.map((indicator): ReportRow => {
      const figure = current.get(indicator.code)!;
      const estimate = estimates.get(indicator.code) ?? null;
      return {
        code: indicator.code,
        stt: indicator.stt,
        label: indicator.label,
        unit: indicator.unit,
        unitName: unitNameOf(catalogue, indicator),
        source: indicator.source,
        dept: indicator.dept,
        ...figure,
        estimate: estimate?.value ?? null,
        estimateOrigin: estimate?.origin ?? null,
        lastYear: previous === null || isCurrentStateCode(indicator.code) ? null : previous.get(indicator.code)!.value,
      };
    }),
  }));

  const rows = sections.flatMap((s) => s.rows);
  const unit = getUnit(ctx.store.db);
  const signer = unit?.signers.find((s) => s.isDefault) ?? unit?.signers[0] ?? null;
  return {
    unit: unit ? { name: unit.name, placeName: unit.placeName, provinceName: unit.provinceName } : null,
    period: { spec: period.spec, kind: period.kind, year: period.year, label: period.label, from: period.from, to: period.to, estimateTo: period.estimateTo, due: period.due },
    lastYearPeriod: { from: previousWindow.from, to: previousWindow.to, label: previousWindow.label },
    withEstimate: ratio !== null,
    catalogue: { id: catalogue.id, title: catalogue.title },
    sections,
    checks: [...runChecks(catalogue, rows), ...(ratio === null ? [] : estimateChecks(catalogue, rows))],
    signer: signer ? { name: signer.name, position: signer.position, signMode: signer.signMode } : null,
  };
}

/** The figures in force by code, as `cchc indicators --json` prints them. */
export const reportValues = (report: Report): Record<string, number | null> => Object.fromEntries(report.sections.flatMap((s) => s.rows.map((r) => [r.code, r.value])));

/** The estimates by code (only the rows that have one). */
export const reportEstimates = (report: Report): Record<string, number> =>
  Object.fromEntries(report.sections.flatMap((s) => s.rows.filter((r) => r.estimate !== null).map((r) => [r.code, r.estimate!])));
