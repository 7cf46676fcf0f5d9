import { fold } from "../../shared/text";

/** "Tổng cộng", "Tổng số: 1.500", "Cộng: 12", "Tổng số 12 hồ sơ" – but not "Cộng đồng dân cư" or "Tổng hợp". */
const LABEL = /^(tong cong|tong so|tong|cong so|cong)(\s*[:(]|\s+\d|\s+(ho so|hs)\b|$)/;

/** "1500", "1.500", "1 500 hồ sơ", "12 dòng": a count and at most the word for what it counts. */
const COUNT = /^\d{1,3}(?:[.,\s]\d{3})*(?:\s*(ho so|hs|dong|ban ghi|thu tuc))?$|^\d+(?:\s*(ho so|hs|dong|ban ghi|thu tuc))?$/;

/** A text starting with a plain letter or digit other than t or c cannot fold to a label: most cells are told without folding them. */
const cannotBeLabel = (text: string) => {
  const first = text.charCodeAt(0);
  return first > 0x20 && first < 0x80 && (first | 0x20) !== 0x74 && (first | 0x20) !== 0x63;
};

const isLabel = (text: string) => !cannotBeLabel(text) && LABEL.test(fold(text));

/**
 * A row under the data that sums it up rather than being a record: its first
 * cell or a key cell says "Tổng cộng"/"Cộng", or, with every key cell blank,
 * a cell says so or the row holds nothing but counts ("1500 hồ sơ").
 * `keyTexts` are the row's cells in the columns a record cannot do without.
 */
export function isSummaryRow(texts: string[], keyTexts: string[]): boolean {
  const first = texts.find((t) => t !== "");
  if (first === undefined) return false;
  if (isLabel(first) || keyTexts.some((t) => t !== "" && isLabel(t))) return true;
  if (keyTexts.some((t) => t !== "")) return false;
  const filled = texts.filter((t) => t !== "");
  return filled.some(isLabel) || filled.every((t) => COUNT.test(fold(t)));
}
