/**
 * What one department is asked for in a report: the figures of Phụ lục 3 in
 * its column, the outline items it writes (with the text in force), and the
 * items expecting evidence (with the documents linked so far). The same part
 * is what a package sends and what a reply may answer.
 */
import type { AppContext } from "../context";
import { formatDateVi } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { FIELD_LIMITS, tooLong } from "../field-limits";
import { activeCatalogue } from "../indicators/active-catalogue";
import { buildReport } from "../indicators/report";
import { reportRows, type Report } from "../indicators/report-types";
import { fillOutline } from "../outline/fill";
import type { EvidenceDocument, FilledNode, FilledOutline } from "../outline/filled-types";
import type { OutlineSource } from "../outline/open";
import { OUTLINE_LIMITS } from "../outline/template";
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
      .map((r) => ({ code: r.code, label: r.label, unit: r.unit, unitName: r.unitName, source: r.source, current: r.value, answer: null })),
    texts: mine.flatMap(({ node: n }) =>
      n.narrative ? [{ itemKey: n.key, wording: n.text, current: n.narrative.departments.find((d) => d.departmentCode === departmentCode)?.current?.body ?? null, answer: null }] : [],
    ),
    evidence: mine
      .filter(({ node: n }) => n.evidenceExpected && n.children.length === 0)
      .map(({ node: n, above }) => ({ itemKey: n.key, wording: n.text, current: n.evidence.map(refOf), coveredAbove: above.map(refOf), answer: [] })),
  };
}

const NOT_MADE = "Chưa tạo gói, dữ liệu không thay đổi.";

/**
 * Refuses a part the department's app would refuse, naming what to shorten:
 * a document stored before the field limits existed, or an item's wording
 * grown past the limit once its figures and the unit's name were written in.
 */
export function checkPartFits(part: DepartmentPart): void {
  for (const item of [...part.texts, ...part.evidence]) {
    if (item.wording.length > OUTLINE_LIMITS.wording) {
      throw new AppError(
        "package_too_long",
        `${tooLong(`Nội dung mục "${item.itemKey}" của đề cương, khi đã điền số liệu,`, OUTLINE_LIMITS.wording)} nên gói phòng ban không chứa được: hãy rút gọn mục này trong tệp đề cương. ${NOT_MADE}`,
      );
    }
  }
  for (const item of part.evidence) {
    for (const doc of [...item.current, ...item.coveredAbove]) {
      const field =
        doc.numberSymbol.length > FIELD_LIMITS.code ? tooLong("số ký hiệu", FIELD_LIMITS.code) : doc.summary.length > FIELD_LIMITS.summary ? tooLong("trích yếu", FIELD_LIMITS.summary) : null;
      if (field) {
        throw new AppError(
          "package_too_long",
          `Văn bản số "${doc.numberSymbol}" ngày ${formatDateVi(doc.date)} (minh chứng của mục "${item.itemKey}") có ${field} nên gói phòng ban không chứa được: hãy rút gọn ở Sổ văn bản rồi tạo lại gói. ${NOT_MADE}`,
        );
      }
    }
  }
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
