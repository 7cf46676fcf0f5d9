/**
 * What one department is asked for in a report: the figures of Phụ lục 3 in
 * its column, the outline items it writes (with the text in force), and the
 * items expecting evidence (with the documents linked so far). The same part
 * is what a package sends and what a reply may answer.
 */
import type { AppContext } from "../context";
import { activeCatalogue } from "../indicators/active-catalogue";
import { buildReport } from "../indicators/report";
import { reportRows, type Report } from "../indicators/report-types";
import { fillOutline } from "../outline/fill";
import type { EvidenceDocument, FilledNode, FilledOutline } from "../outline/filled-types";
import type { OutlineSource } from "../outline/open";
import type { ResolvedPeriod } from "../periods";
import type { DepartmentPart } from "./format";

const refOf = (d: EvidenceDocument) => ({ numberSymbol: d.numberSymbol, date: d.date, summary: d.summary });

/** Each node with the documents linked at the headings above it. */
function withCovering(nodes: FilledNode[], above: EvidenceDocument[] = []): { node: FilledNode; above: EvidenceDocument[] }[] {
  return nodes.flatMap((node) => [{ node, above }, ...withCovering(node.children, [...above, ...node.evidence])]);
}

export function departmentPart(outline: FilledOutline, report: Report, departmentCode: string): DepartmentPart {
  const mine = withCovering(outline.sections).filter(({ node }) => node.departments.includes(departmentCode));
  return {
    figures: reportRows(report)
      .filter((r) => r.dept === departmentCode)
      .map((r) => ({ code: r.code, label: r.label, unit: r.unit, source: r.source, current: r.value, answer: null })),
    texts: mine.flatMap(({ node: n }) =>
      n.narrative
        ? [{ itemKey: n.key, wording: n.text, current: n.narrative.departments.find((d) => d.departmentCode === departmentCode)?.current?.body ?? null, answer: null }]
        : [],
    ),
    evidence: mine
      .filter(({ node: n }) => n.evidenceExpected && n.children.length === 0)
      .map(({ node: n, above }) => ({ itemKey: n.key, wording: n.text, current: n.evidence.map(refOf), coveredAbove: above.map(refOf), answer: [] })),
  };
}

export interface CurrentPart {
  report: Report;
  filled: FilledOutline;
  part: DepartmentPart;
}

/** The department's part as the app would send it now, with the report and the filled outline it comes from. */
export function currentPart(ctx: AppContext, source: OutlineSource, period: ResolvedPeriod, departmentCode: string): CurrentPart {
  const report = buildReport(ctx, period, { catalogue: activeCatalogue(ctx) });
  const filled = fillOutline(ctx, source, period, report);
  return { report, filled, part: departmentPart(filled, report, departmentCode) };
}
