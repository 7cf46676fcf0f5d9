/**
 * A department's answers while it types them: figures as typed ("1.234,5"),
 * texts as in their boxes, documents as rows with their files. Turned into
 * the part's answers only when saved; a figure that is not a number stops the
 * save at its row.
 */
import type { ApiInput } from "../../../core/api/contract";
import type { PackageFileRef } from "../../../core/packages/format";
import { numberToInput, parseVietnameseNumber } from "../../../core/vietnamese-number";
import type { Part } from "./types";

/** A file the department picked for a document, read and checked, not sent yet. */
export interface AddedFile {
  fileName: string;
  size: number;
  contentBase64: string;
}

export interface DocumentRow {
  numberSymbol: string;
  /** ISO date, or null until picked. */
  date: string | null;
  summary: string;
  /** Files of the reply reopened: they travel again from the package while the row names its document. */
  files: PackageFileRef[];
  /** Files picked since the package was opened. */
  added: AddedFile[];
}

export interface Draft {
  figures: string[];
  texts: string[];
  evidence: DocumentRow[][];
}

export type AnswerFileInput = NonNullable<ApiInput<"packages.answer">["files"]>[number];

/** A row for a document: empty, or one the commune already shows, named again to send its files. */
export const documentRow = (d?: { numberSymbol: string; date: string; summary: string }): DocumentRow => ({
  numberSymbol: d?.numberSymbol ?? "",
  date: d?.date ?? null,
  summary: d?.summary ?? "",
  files: [],
  added: [],
});

/** What the boxes start with: the answers already given (with their files), else a text box holds the text in force. */
export const draftOf = (part: Part): Draft => ({
  figures: part.figures.map((f) => numberToInput(f.answer)),
  texts: part.texts.map((t) => t.answer ?? t.current ?? ""),
  evidence: part.evidence.map((e) => e.answer.map((d) => ({ ...documentRow(d), files: d.files ?? [] }))),
});

export const figureInvalid = (typed: string) => parseVietnameseNumber(typed).kind === "invalid";

const kept = (d: DocumentRow) => d.numberSymbol.trim() || d.date || d.files.length > 0 || d.added.length > 0;

/** The part with the draft's answers and the files picked for them, or the first row that cannot be read. */
export function answersOf(part: Part, draft: Draft): { part: Part; files: AnswerFileInput[] } | { problem: string } {
  const bad = part.figures.findIndex((_, i) => figureInvalid(draft.figures[i]!));
  if (bad >= 0) return { problem: `Số liệu “${part.figures[bad]!.label}” không phải là số: "${draft.figures[bad]}". Viết số kiểu 1.234 hoặc 97,5.` };
  for (const [i, rows] of draft.evidence.entries()) {
    const undated = rows.findIndex((d) => (d.numberSymbol.trim() || d.files.length > 0 || d.added.length > 0) && !d.date);
    if (undated >= 0) return { problem: `Minh chứng mục ${part.evidence[i]!.itemKey}, văn bản thứ ${undated + 1}: chưa chọn ngày ban hành.` };
  }
  const answers = part.evidence.map((e, i) => draft.evidence[i]!.filter(kept));
  return {
    part: {
      figures: part.figures.map((f, i) => {
        const typed = parseVietnameseNumber(draft.figures[i]!);
        return { ...f, answer: typed.kind === "number" ? typed.value : null };
      }),
      texts: part.texts.map((t, i) => ({ ...t, answer: draft.texts[i]!.trim() || null })),
      evidence: part.evidence.map((e, i) => ({
        ...e,
        answer: answers[i]!.map((d) => ({ numberSymbol: d.numberSymbol, date: d.date ?? "", summary: d.summary, ...(d.files.length > 0 ? { files: d.files } : {}) })),
      })),
    },
    files: part.evidence.flatMap((e, i) =>
      answers[i]!.flatMap((d) => d.added.map((f) => ({ itemKey: e.itemKey, numberSymbol: d.numberSymbol, date: d.date ?? "", fileName: f.fileName, contentBase64: f.contentBase64 }))),
    ),
  };
}

/** How much of the part has an answer, for the heading. */
export const filledCounts = (draft: Draft) => ({
  figures: draft.figures.filter((t) => t.trim() !== "").length,
  texts: draft.texts.filter((t) => t.trim() !== "").length,
  evidence: draft.evidence.filter((rows) => rows.some((d) => d.numberSymbol.trim())).length,
});
