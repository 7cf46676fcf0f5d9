/**
 * A department's reply refused whole: one problem on one line, several as a
 * list – every one found, so the department corrects them all in one go.
 */
import { AppError } from "../../shared/errors";

/** Beyond this a list stops helping: a form pasted over or rows moved gives hundreds of lines saying the same. */
const MAX_LISTED = 50;

const KEPT = "Dữ liệu của ứng dụng giữ nguyên.";

const sentence = (why: string) => `${why.trim().replace(/\.$/, "")}.`;

export function replyRefused(fileName: string, problems: string[]): AppError {
  const head = `Không nhận gói "${fileName}": `;
  if (problems.length === 1) return new AppError("package_refused", `${head}${sentence(problems[0]!)} ${KEPT}`);
  const listed = problems.slice(0, MAX_LISTED).map((p) => `- ${sentence(p)}`);
  const more = problems.length > MAX_LISTED ? [`- và ${problems.length - MAX_LISTED} chỗ khác.`] : [];
  return new AppError("package_refused", [`${head}có ${problems.length} chỗ chưa đúng, hãy sửa hết rồi gửi lại:`, ...listed, ...more, KEPT].join("\n"));
}
