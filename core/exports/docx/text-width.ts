/**
 * How wide a line of Times New Roman is on paper, near enough to size the
 * short rules of Nghị định 30 (a third to a half of the line above them) and
 * the DỰ THẢO box: the advance widths of the standard Times metrics, in
 * thousandths of an em, with a Vietnamese letter measured as its base letter
 * (the marks sit above or below it and take no width of their own).
 */

const REGULAR_UPPER = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611];
const REGULAR_LOWER = [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444];
const BOLD_UPPER = [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667];
const BOLD_LOWER = [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444];

const PUNCTUATION: Record<string, [regular: number, bold: number]> = {
  " ": [250, 250],
  ".": [250, 250],
  ",": [250, 250],
  ":": [278, 333],
  ";": [278, 333],
  "-": [333, 333],
  "–": [500, 500],
  "/": [278, 278],
  "(": [333, 333],
  ")": [333, 333],
  "…": [1000, 1000],
};

const OTHER = 500;

function advance(char: string, bold: boolean): number {
  const base = char === "đ" ? "d" : char === "Đ" ? "D" : char.normalize("NFD").charAt(0);
  const code = base.charCodeAt(0);
  if (code >= 65 && code <= 90) return (bold ? BOLD_UPPER : REGULAR_UPPER)[code - 65]!;
  if (code >= 97 && code <= 122) return (bold ? BOLD_LOWER : REGULAR_LOWER)[code - 97]!;
  const punctuation = PUNCTUATION[base];
  return punctuation ? punctuation[bold ? 1 : 0] : OTHER;
}

const MM_PER_POINT = 25.4 / 72;

/** The width of one line of text in millimetres, at `sizePt`. */
export function textWidthMm(text: string, sizePt: number, bold = false): number {
  const ems = [...text].reduce((sum, char) => sum + advance(char, bold), 0) / 1000;
  return ems * sizePt * MM_PER_POINT;
}
