/**
 * What the evidence checklist lists, shared by the Word file and the print
 * view: the inspection's time as letters write it, who answers for each
 * department, and the rows of the checklist.
 */
import { formatDateVi, weekdayVi } from "../../shared/dates";
import type { EvidenceDocument, FilledNode, FilledOutline, InspectionInfo } from "./filled-types";
import { lowerFirst } from "../../shared/text";

/** "13:30" → "13 giờ 30" */
const clock = (time: string) => time.replace(":", " giờ ");

/** "từ 13 giờ 30 đến 17 giờ 00, ngày 16/10/2025 (Thứ Năm)"; null while no date is set. */
export function inspectionWhen(inspection: InspectionInfo): string | null {
  if (!inspection.date) return null;
  const day = `ngày ${formatDateVi(inspection.date)} (${weekdayVi(inspection.date)})`;
  if (inspection.timeFrom && inspection.timeTo) return `từ ${clock(inspection.timeFrom)} đến ${clock(inspection.timeTo)}, ${day}`;
  if (inspection.timeFrom) return `từ ${clock(inspection.timeFrom)}, ${day}`;
  return day;
}

/** "(Kèm theo Báo cáo kết quả thực hiện … )": the checklist's line under its title. */
export const attachedTo = (filled: FilledOutline): string => `(Kèm theo Báo cáo ${lowerFirst(filled.document.subtitle)})`;

export interface ResponsibleRow {
  code: string;
  departmentName: string;
  /** The person named for the inspection, else the department's head; null when neither is known. */
  person: string | null;
  /** The outline's parts the department answers for as a whole: "I.1", "III". */
  items: string[];
}

/** The largest parts of the outline written wholly by one department (or with it, for the joint ones). */
function partsOf(code: string, nodes: FilledNode[]): string[] {
  const whole = (n: FilledNode): boolean => n.departments.includes(code) && n.children.every(whole);
  return nodes.flatMap((n) => (whole(n) ? [n.key] : partsOf(code, n.children)));
}

export function responsibleRows(filled: FilledOutline): ResponsibleRow[] {
  return filled.departments.map((d) => ({
    code: d.code,
    departmentName: d.name,
    person: filled.inspection.responsible[d.code] ?? d.headName,
    items: partsOf(d.code, filled.sections),
  }));
}

export type ChecklistRow =
  | { kind: "part"; node: FilledNode }
  /** An item with the documents linked to it; none means it is still without evidence. */
  | { kind: "item"; index: number; node: FilledNode; documents: EvidenceDocument[] };

const byDate = (a: EvidenceDocument, b: EvidenceDocument) => a.date.localeCompare(b.date) || a.numberSymbol.localeCompare(b.numberSymbol, "vi");

/**
 * The rows of the checklist in the outline's order: each part that expects
 * evidence, then every item with documents of its own, and every item that
 * neither it nor a heading above it has evidence for. Items covered by a
 * heading's documents are not repeated.
 */
export function checklistRows(filled: FilledOutline): ChecklistRow[] {
  const rows: ChecklistRow[] = [];
  let index = 0;
  const expects = (n: FilledNode): boolean => n.evidenceExpected || n.children.some(expects);
  const visit = (node: FilledNode, covered: boolean) => {
    if (node.evidence.length > 0) rows.push({ kind: "item", index: ++index, node, documents: [...node.evidence].sort(byDate) });
    else if (!covered && node.children.length === 0 && node.evidenceExpected && node.status.evidence === "thieu") rows.push({ kind: "item", index: ++index, node, documents: [] });
    for (const child of node.children) visit(child, covered || node.evidence.length > 0);
  };
  for (const part of filled.sections.filter(expects)) {
    rows.push({ kind: "part", node: part });
    for (const child of part.children) visit(child, part.evidence.length > 0);
  }
  return rows;
}

/** Whether the register holds the document's file, as the checklist's rows say it. */
export const fileMark = (doc: EvidenceDocument): string => (doc.fileCount > 0 ? "Có tệp" : "Chưa có tệp");

type ItemRow = Extract<ChecklistRow, { kind: "item" }>;

/** Items with documents of which at least one has no file attached yet: an entry is not yet a document the team can read. */
export const itemsWithoutFiles = (rows: ChecklistRow[]): ItemRow[] => rows.filter((r): r is ItemRow => r.kind === "item" && r.documents.some((d) => d.fileCount === 0));

/**
 * "8/24 nội dung đã có tài liệu minh chứng; 16 nội dung chưa có (in đậm trong
 * danh mục); 2 nội dung còn văn bản chưa có tệp.": counted over the rows the
 * checklist prints.
 */
export function evidenceSummary(filled: FilledOutline): string {
  const rows = checklistRows(filled);
  const items = rows.filter((r) => r.kind === "item");
  const done = items.filter((r) => r.documents.length > 0).length;
  const total = items.length;
  const withoutFiles = itemsWithoutFiles(rows).length;
  return (
    `${done}/${total} nội dung đã có tài liệu minh chứng` +
    (total > done ? `; ${total - done} nội dung chưa có (in đậm trong danh mục)` : "") +
    (withoutFiles > 0 ? `; ${withoutFiles} nội dung còn văn bản chưa có tệp` : "") +
    "."
  );
}
