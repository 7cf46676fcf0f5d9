/**
 * Checking a department's answers, before they are written into a reply and
 * again when the reply is taken back: figures within their unit's range
 * (rates 0–100 %, whole numbers where counted, nothing negative, nothing
 * absurdly large), texts within length, documents named by a number and a
 * real date no later than the window's last day (a document issued after it
 * is not evidence for the window), no figure, item or document answered
 * twice. Every problem names the item it is about; the .xlsx form adds the
 * cell.
 */
import { formatDateVi, parseIsoDate } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { FIELD_LIMITS, tooLong } from "../field-limits";
import { formatFigure } from "../indicators/format";
import { figureProblem } from "../indicators/set-value";
import { nfc } from "../../shared/text";
import type { DepartmentPart } from "./format";

/** Far above any commune's figure (dossiers, people, million đồng): a larger one is a slip or a forged reply, and would break sums and printed cells. */
export const MAX_FIGURE = 1_000_000_000;

export interface AnswerProblem {
  kind: "figure" | "text" | "evidence";
  /** The item's place in its list of the part. */
  index: number;
  /** For evidence: the document's place among the item's answers; none when the problem is the item itself. */
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
      answer: e.answer.map((d) => ({ ...d, numberSymbol: nfc(d.numberSymbol).trim(), summary: nfc(d.summary).trim() })),
    })),
  };
}

/** What is wrong with a figure a department answers, or null: the rule of a figure typed in the app, and a ceiling. */
function figureAnswerProblem(f: DepartmentPart["figures"][number], value: number): string | null {
  const problem = figureProblem(f, value) ?? (value > MAX_FIGURE ? `Số liệu “${f.label}” không được lớn hơn ${formatFigure(MAX_FIGURE, "")}.` : null);
  return problem && `${problem.replace(/\.$/, "")} (mã ${f.code}).`;
}

/** For each element whose key came earlier in the list: its place, and the place of the first. */
function repeats<T>(items: T[], key: (item: T) => string): { index: number; first: number }[] {
  const seen = new Map<string, number>();
  return items.flatMap((item, index) => {
    const first = seen.get(key(item));
    if (first === undefined) seen.set(key(item), index);
    return first === undefined ? [] : [{ index, first }];
  });
}

const TWICE = "có hai lần trong phần trả lời";

export function answerProblems(part: DepartmentPart, windowTo: string): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const { index } of repeats(part.figures, (f) => f.code)) problems.push({ kind: "figure", index, message: `Chỉ tiêu mã ${part.figures[index]!.code} ${TWICE}.` });
  for (const { index } of repeats(part.texts, (t) => t.itemKey)) problems.push({ kind: "text", index, message: `Nội dung mục ${part.texts[index]!.itemKey} ${TWICE}.` });
  for (const { index } of repeats(part.evidence, (e) => e.itemKey)) problems.push({ kind: "evidence", index, message: `Minh chứng mục ${part.evidence[index]!.itemKey} ${TWICE}.` });
  part.figures.forEach((f, index) => {
    const problem = f.answer === null ? null : figureAnswerProblem(f, f.answer);
    if (problem) problems.push({ kind: "figure", index, message: problem });
  });
  part.texts.forEach((t, index) => {
    if (t.answer !== null && t.answer.length > FIELD_LIMITS.body) problems.push({ kind: "text", index, message: `${tooLong(`Nội dung mục ${t.itemKey}`, FIELD_LIMITS.body)}.` });
  });
  part.evidence.forEach((e, index) => {
    for (const { index: ref, first } of repeats(e.answer, (d) => `${d.numberSymbol}|${d.date}`)) {
      problems.push({ kind: "evidence", index, ref, message: `Minh chứng mục ${e.itemKey}, văn bản thứ ${ref + 1}: trùng với văn bản thứ ${first + 1} (${e.answer[ref]!.numberSymbol}).` });
    }
    e.answer.forEach((d, ref) => {
      const where = `Minh chứng mục ${e.itemKey}, văn bản thứ ${ref + 1}`;
      if (!d.numberSymbol) problems.push({ kind: "evidence", index, ref, message: `${where}: thiếu số, ký hiệu văn bản.` });
      if (!parseIsoDate(d.date)) problems.push({ kind: "evidence", index, ref, message: `${where}: ngày ban hành "${d.date}" không tồn tại.` });
      else if (d.date > windowTo)
        problems.push({
          kind: "evidence",
          index,
          ref,
          message: `${where}: văn bản ngày ${formatDateVi(d.date)} ban hành sau ngày cuối kỳ báo cáo (${formatDateVi(windowTo)}), không dùng làm minh chứng cho kỳ này.`,
        });
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
