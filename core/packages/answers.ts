/**
 * Checking a department's answers before they are written into a reply:
 * figures within their unit's range (rates 0–100 %, whole numbers where
 * counted, nothing negative), texts within length, documents named by a
 * number and a real date no later than the window's last day (a document
 * issued after it is not evidence for the window). Every problem names the
 * item it is about; the .xlsx form adds the cell.
 */
import { formatDateVi, parseIsoDate } from "../dates";
import { AppError } from "../errors";
import { figureProblem } from "../indicators/set-value";
import { nfc } from "../text";
import type { DepartmentPart } from "./format";

export const MAX_TEXT_LENGTH = 100_000;

export interface AnswerProblem {
  kind: "figure" | "text" | "evidence";
  /** The item's place in its list of the part. */
  index: number;
  /** For evidence: the document's place among the item's answers. */
  ref?: number;
  message: string;
}

/** The answers tidied: texts trimmed and in NFC, an empty text no answer, document numbers trimmed. */
export function tidyAnswers(part: DepartmentPart): DepartmentPart {
  return {
    figures: part.figures.map((f) => ({ ...f })),
    texts: part.texts.map((t) => ({ ...t, answer: t.answer === null ? null : nfc(t.answer).trim() || null })),
    evidence: part.evidence.map((e) => ({
      ...e,
      answer: e.answer.map((d) => ({ numberSymbol: nfc(d.numberSymbol).trim(), date: d.date, summary: nfc(d.summary).trim() })),
    })),
  };
}

export function answerProblems(part: DepartmentPart, windowTo: string): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  part.figures.forEach((f, index) => {
    const problem = f.answer === null ? null : figureProblem(f, f.answer);
    if (problem) problems.push({ kind: "figure", index, message: `${problem.replace(/\.$/, "")} (mã ${f.code}).` });
  });
  part.texts.forEach((t, index) => {
    if (t.answer !== null && t.answer.length > MAX_TEXT_LENGTH) problems.push({ kind: "text", index, message: `Nội dung mục ${t.itemKey} dài quá ${MAX_TEXT_LENGTH.toLocaleString("vi-VN")} ký tự.` });
  });
  part.evidence.forEach((e, index) => {
    e.answer.forEach((d, ref) => {
      const where = `Minh chứng mục ${e.itemKey}, văn bản thứ ${ref + 1}`;
      if (!d.numberSymbol) problems.push({ kind: "evidence", index, ref, message: `${where}: thiếu số, ký hiệu văn bản.` });
      if (!parseIsoDate(d.date)) problems.push({ kind: "evidence", index, ref, message: `${where}: ngày ban hành "${d.date}" không tồn tại.` });
      else if (d.date > windowTo)
        problems.push({ kind: "evidence", index, ref, message: `${where}: văn bản ngày ${formatDateVi(d.date)} ban hành sau ngày cuối kỳ báo cáo (${formatDateVi(windowTo)}), không dùng làm minh chứng cho kỳ này.` });
    });
  });
  return problems;
}

/** The answers tidied, or a refusal listing the first problems found. */
export function checkedAnswers(part: DepartmentPart, windowTo: string): DepartmentPart {
  const tidy = tidyAnswers(part);
  const problems = answerProblems(tidy, windowTo);
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).map((p) => `- ${p.message}`);
    const more = problems.length > 5 ? [`- và ${problems.length - 5} lỗi khác.`] : [];
    throw new AppError("answer_invalid", [`Phần trả lời còn ${problems.length} chỗ chưa đúng:`, ...shown, ...more].join("\n"));
  }
  return tidy;
}
