/**
 * What a department's reply may answer: its part of the report as the app
 * would send it now, whatever the reply says it was sent. An answer within
 * the part is taken as usual. One for another department's figure or item
 * is a conflict naming that department, taken only when the officer accepts
 * it. One for a figure or an item the report does not have, or for an item
 * that takes no such answer, cannot be applied at all and is left with a
 * warning.
 */
import type { ReportRow } from "../indicators/report-types";
import { flattenNodes, type FilledNode, type FilledOutline } from "../outline/filled-types";
import type { DepartmentPart } from "./format";

/** Where an answer lands: within the part, on someone else's, or nowhere it could be applied. */
export type Reach<Within> = ({ kind: "part" } & Within) | ({ kind: "other"; conflict: string } & Within) | { kind: "outside"; warning: string };

/** An item an answer may be applied to: its wording as the app has it. */
interface ItemReach {
  wording: string;
}

/** A text's item and the department whose text it becomes (null: the officer's merged text of an item several write). */
interface TextReach extends ItemReach {
  departmentCode: string | null;
}

export interface ReplyScope {
  figure(code: string): Reach<{ row: ReportRow }>;
  text(itemKey: string): Reach<TextReach>;
  evidence(itemKey: string): Reach<ItemReach>;
}

export function replyScope(rows: Map<string, ReportRow>, filled: FilledOutline, part: DepartmentPart, departmentCode: string): ReplyScope {
  const nodes = new Map(flattenNodes(filled.sections).map((n) => [n.key, n]));
  const nameOf = (code: string) => filled.departments.find((d) => d.code === code)?.name ?? code;
  const figures = new Set(part.figures.map((f) => f.code));
  const texts = new Set(part.texts.map((t) => t.itemKey));
  const evidence = new Set(part.evidence.map((e) => e.itemKey));
  const outside = (warning: string) => ({ kind: "outside" as const, warning });
  const notInOutline = (itemKey: string, what: string) => outside(`Mục ${itemKey} không có trong đề cương "${filled.outline.name}": bỏ qua ${what} gửi cho mục này.`);
  const othersOf = (n: FilledNode) => `Mục này thuộc phần của ${n.departments.map((c) => `${nameOf(c)} (${c})`).join(", ")}, không phải của ${nameOf(departmentCode)}.`;

  return {
    figure(code) {
      const row = rows.get(code);
      if (!row) return outside(`Chỉ tiêu "${code}" không có trong Phụ lục 3 đang dùng: bỏ qua.`);
      return figures.has(code) ? { kind: "part", row } : { kind: "other", conflict: `Chỉ tiêu này do ${row.dept} phụ trách, không phải ${departmentCode}.`, row };
    },
    text(itemKey) {
      const n = nodes.get(itemKey);
      if (!n) return notInOutline(itemKey, "nội dung");
      if (texts.has(itemKey)) return { kind: "part", wording: n.text, departmentCode };
      if (!n.narrative || n.departments.length === 0) return outside(`Mục ${itemKey} không có ô nội dung cho phòng ban viết: bỏ qua nội dung gửi cho mục này.`);
      // Accepted, the text becomes the one the item prints: its only department's, else the merged text.
      return { kind: "other", conflict: othersOf(n), wording: n.text, departmentCode: n.departments.length === 1 ? n.departments[0]! : null };
    },
    evidence(itemKey) {
      const n = nodes.get(itemKey);
      if (!n) return notInOutline(itemKey, "minh chứng");
      if (evidence.has(itemKey)) return { kind: "part", wording: n.text };
      if (!n.evidenceExpected || n.children.length > 0 || n.departments.length === 0) return outside(`Mục ${itemKey} không nhận minh chứng riêng: bỏ qua minh chứng gửi cho mục này.`);
      return { kind: "other", conflict: othersOf(n), wording: n.text };
    },
  };
}
