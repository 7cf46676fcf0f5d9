/**
 * Rows whose label names the indicators they add up: "Tổng số PAKN về TTHC
 * (kỳ trước chuyển sang và tiếp nhận mới)", "Tổng số lượt tiếp công dân
 * (gồm thường xuyên, định kỳ và đột xuất)", "Số hồ sơ gồm: trực tuyến, trực
 * tiếp".
 */
import { fold } from "../../shared/text";
import { labelKey } from "./label-match";

export interface SumParts {
  /** What is counted, "Tổng số" left off: "phan anh kien nghi ve tthc". */
  subject: string;
  /** Each part as a label key: ["ky truoc chuyen sang", "tiep nhan moi"]. */
  parts: string[];
}

const INTRO = /^\s*(?:bao gom|gom|tong cua|la tong)\s*:?\s*/;

/** The subject and its parts, when the label names two or more; null otherwise ("(gồm trước hạn)", "(%)"). */
export function sumParts(label: string): SumParts | null {
  const text = fold(label);
  const m = /^(.*?)\(([^()]*)\)\s*[:.]?\s*$/.exec(text) ?? /^(.*?)[,:]?\s+(?:bao gom|gom)\s*:?\s+(.*)$/.exec(text);
  if (!m) return null;
  const parts = m[2]!
    .replace(INTRO, "")
    .split(/\s*(?:,|;|\+|\bva\b)\s*/)
    .map((p) => labelKey(p))
    .filter(Boolean);
  const subject = labelKey(m[1]!).replace(/^tong(?: so)?\s+/, "");
  return parts.length >= 2 && subject ? { subject, parts } : null;
}
