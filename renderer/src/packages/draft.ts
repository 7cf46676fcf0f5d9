/**
 * A department's answers while it types them: figures as typed ("1.234,5"),
 * texts as in their boxes, documents as rows. Turned into the part's answers
 * only when saved; a figure that is not a number stops the save at its row.
 */
import { numberToInput, parseVietnameseNumber } from "../../../core/vietnamese-number";
import type { Part } from "./types";

export interface DocumentRow {
  numberSymbol: string;
  /** ISO date, or null until picked. */
  date: string | null;
  summary: string;
}

export interface Draft {
  figures: string[];
  texts: string[];
  evidence: DocumentRow[][];
}

/** What the boxes start with: the answers already given, else a text box holds the text in force. */
export const draftOf = (part: Part): Draft => ({
  figures: part.figures.map((f) => numberToInput(f.answer)),
  texts: part.texts.map((t) => t.answer ?? t.current ?? ""),
  evidence: part.evidence.map((e) => e.answer.map((d) => ({ ...d }))),
});

export const figureInvalid = (typed: string) => parseVietnameseNumber(typed).kind === "invalid";

/** The part with the draft's answers, or the first row that cannot be read. */
export function answersOf(part: Part, draft: Draft): { part: Part } | { problem: string } {
  const bad = part.figures.findIndex((_, i) => figureInvalid(draft.figures[i]!));
  if (bad >= 0) return { problem: `Số liệu “${part.figures[bad]!.label}” không phải là số: "${draft.figures[bad]}". Viết số kiểu 1.234 hoặc 97,5.` };
  for (const [i, rows] of draft.evidence.entries()) {
    const undated = rows.findIndex((d) => d.numberSymbol.trim() && !d.date);
    if (undated >= 0) return { problem: `Minh chứng mục ${part.evidence[i]!.itemKey}, văn bản thứ ${undated + 1}: chưa chọn ngày ban hành.` };
  }
  return {
    part: {
      figures: part.figures.map((f, i) => {
        const typed = parseVietnameseNumber(draft.figures[i]!);
        return { ...f, answer: typed.kind === "number" ? typed.value : null };
      }),
      texts: part.texts.map((t, i) => ({ ...t, answer: draft.texts[i]!.trim() || null })),
      evidence: part.evidence.map((e, i) => ({
        ...e,
        answer: draft.evidence[i]!.filter((d) => d.numberSymbol.trim() || d.date).map((d) => ({ numberSymbol: d.numberSymbol, date: d.date ?? "", summary: d.summary })),
      })),
    },
  };
}

/** How much of the part has an answer, for the heading. */
export const filledCounts = (draft: Draft) => ({
  figures: draft.figures.filter((t) => t.trim() !== "").length,
  texts: draft.texts.filter((t) => t.trim() !== "").length,
  evidence: draft.evidence.filter((rows) => rows.some((d) => d.numberSymbol.trim())).length,
});
