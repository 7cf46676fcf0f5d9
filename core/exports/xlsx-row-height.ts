/**
 * Row heights for wrapped text. Excel keeps the height saved in the file and
 * LibreOffice does not grow rows of merged cells, so a wrapped cell gets the
 * height of the lines it will take, measured with Times New Roman's glyph
 * widths against the column's width.
 */

export interface TextBox {
  /** Column width(s) in Excel's units. */
  widthChars: number;
  fontPt: number;
  bold?: boolean;
  /** Excel's indent level. */
  indent?: number;
}

/** Advance widths of a–z and A–Z in 1/1000 em (the metrics Times New Roman shares with Adobe's Times). */
const LETTERS = {
  regular: {
    lower: "444 500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 389 278 500 500 722 500 500 444",
    upper: "722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 556 722 667 556 611 722 722 944 722 722 611",
  },
  bold: {
    lower: "500 556 444 556 444 333 500 556 278 333 556 278 833 556 500 556 556 444 389 333 556 500 722 500 500 444",
    upper: "722 667 722 722 667 611 778 778 389 500 778 667 944 722 778 611 778 722 556 667 722 722 1000 722 722 667",
  },
};
const OTHERS: Record<string, number> = { " ": 250, ".": 250, ",": 250, ":": 278, ";": 278, "(": 333, ")": 333, "-": 333, "–": 500, "/": 278, "%": 833 };

function widthTable(letters: { lower: string; upper: string }): Map<string, number> {
  const table = new Map(Object.entries(OTHERS));
  const add = (first: string, widths: string) => widths.split(" ").forEach((w, i) => table.set(String.fromCharCode(first.charCodeAt(0) + i), Number(w)));
  add("a", letters.lower);
  add("A", letters.upper);
  return table;
}
const WIDTHS = { regular: widthTable(LETTERS.regular), bold: widthTable(LETTERS.bold) };
const DEFAULT_WIDTH = 500;

/** A column of width w is 7w + 5 px wide in Excel (Calibri 11, the workbook's default font), about 4 px of it padding. */
const roomPx = (box: TextBox) => box.widthChars * 7 + 1 - (box.indent ?? 0) * 9;

/** Vietnamese marks take no width of their own: "ộ" is as wide as "o", "Đ" as "D". */
const baseLetters = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");

function textPx(text: string, box: TextBox): number {
  const table = box.bold ? WIDTHS.bold : WIDTHS.regular;
  let thousandths = 0;
  for (const c of baseLetters(text)) thousandths += table.get(c) ?? DEFAULT_WIDTH;
  return (thousandths / 1000) * box.fontPt * (96 / 72);
}

/** The lines `text` takes when wrapped word by word in the box. */
export function wrappedLineCount(text: string, box: TextBox): number {
  const room = roomPx(box);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = "";
    lines += 1;
    for (const word of paragraph.split(" ")) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && textPx(candidate, box) > room) {
        lines += 1;
        line = word;
      } else line = candidate;
    }
  }
  return lines;
}

/** Points for `lines` lines of a font, with a little air above and below. */
export const rowHeightPt = (lines: number, fontPt: number) => Math.ceil(lines * fontPt * 1.3 + 4);
