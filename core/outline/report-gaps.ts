/**
 * What keeps a report answering an outline from being final: an item whose
 * text a department has not written, an item whose figures are not known,
 * and, when Phụ lục 3 is appended, each error its checks find. A report with
 * any gap goes out as a draft (DỰ THẢO) with the gaps marked; a report
 * without one is final and carries no mark.
 */
import type { Report } from "../indicators/report-types";
import { flattenNodes, type DepartmentText, type FilledFigure, type FilledNode, type FilledOutline } from "./filled-types";

export interface ReportGap {
  kind: "noi_dung" | "so_lieu" | "phu_luc_3";
  /** The item's key ("II.5.6"); null for a check of Phụ lục 3. */
  item: string | null;
  /** The departments that owe it, by name; empty for a check of Phụ lục 3. */
  departments: string[];
  /** One Vietnamese line naming the item, who owes it and what is missing. */
  message: string;
}

/** The departments still to write an item's text; none once the compiling officer has merged one. */
export const missingWriters = (node: FilledNode): DepartmentText[] => (!node.narrative || node.narrative.merged ? [] : node.narrative.departments.filter((d) => !d.current));

const isKnown = (figure: FilledFigure) => figure.value !== null || figure.nothingToRate;

const MAX_WORDING = 70;

/** "II.5.6 “Triển khai các nội dung …”": the item as the screen and the checklist name it. */
function itemName(node: FilledNode): string {
  const wording = node.template.length > MAX_WORDING ? `${node.template.slice(0, MAX_WORDING).replace(/\s+\S*$/, "")} …` : node.template;
  return `${node.key} “${wording}”`;
}

function nodeGaps(node: FilledNode, departmentName: (code: string) => string): ReportGap[] {
  const gaps: ReportGap[] = [];
  const writers = missingWriters(node).map((d) => d.departmentName);
  if (writers.length > 0) {
    gaps.push({ kind: "noi_dung", item: node.key, departments: writers, message: `${itemName(node)} – ${writers.join("; ")}: chưa có nội dung.` });
  }
  const unknown = [...node.figures, ...node.facts.flatMap((f) => f.figures)].filter((f) => !isKnown(f));
  if (unknown.length > 0) {
    const owners = node.departments.map(departmentName);
    const labels = unknown.flatMap((f) => (f.label ? [`“${f.label}”`] : []));
    const what = labels.length > 0 ? `chưa có số liệu ${labels.join(", ")}` : `chưa có ${unknown.length} số liệu`;
    gaps.push({ kind: "so_lieu", item: node.key, departments: owners, message: `${itemName(node)} – ${owners.join("; ")}: ${what}.` });
  }
  return gaps;
}

/** The gaps of a filled outline in document order, then the errors of the Phụ lục 3 appended to it. */
export function reportGaps(filled: FilledOutline, phuLuc3?: Report): ReportGap[] {
  const names = new Map(filled.departments.map((d) => [d.code, d.name]));
  const departmentName = (code: string) => names.get(code) ?? code;
  const checks = (phuLuc3?.checks ?? []).filter((c) => c.level === "error");
  return [
    ...flattenNodes(filled.sections).flatMap((node) => nodeGaps(node, departmentName)),
    ...checks.map((c): ReportGap => ({ kind: "phu_luc_3", item: null, departments: [], message: `Phụ lục 3: ${c.message}` })),
  ];
}
