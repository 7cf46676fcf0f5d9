import { formatNumber } from "../number-format";

const SHOWN_ROWS = 10;

/** Rows an import left out on purpose, as the clerk reads it: "Bỏ qua 1 dòng tổng cộng (dòng 1.503)". */
export interface SkippedRows {
  count: number;
  /** The first row numbers, as the text shows them. */
  rows: number[];
  text: string;
}

/** Counts the rows of one reason to skip as they stream in, keeping only the first numbers. */
export function skippedRowsOf(what: string) {
  let count = 0;
  const rows: number[] = [];
  return {
    add(row: number) {
      count++;
      if (rows.length < SHOWN_ROWS) rows.push(row);
    },
    /** null when no row was skipped for this reason. */
    list(): SkippedRows | null {
      if (count === 0) return null;
      const more = count > rows.length ? `, … và ${formatNumber(count - rows.length)} dòng khác` : "";
      return { count, rows, text: `Bỏ qua ${formatNumber(count)} ${what} (dòng ${rows.map((r) => formatNumber(r)).join(", ")}${more})` };
    },
  };
}
