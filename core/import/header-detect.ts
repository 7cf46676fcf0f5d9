import { headerKey, type Columns } from "./column-spec";
import type { RawCell, RawRow } from "./table-reader";

/** Only the first rows are searched for the header: exports put at most a title block above it. */
export const HEADER_SEARCH_ROWS = 30;

export interface DetectedHeader<F extends string> {
  /** Row number of the (last) header row. */
  headerRow: number;
  /** Index in the buffered rows of the first data row. */
  dataIndex: number;
  /** Header text per column ("" where the column has none). */
  headers: string[];
  /** Column index per field found. */
  columns: Columns<F>;
}

/** How a column spec is used here: which field a header names, and which fields a row needs. */
interface HeaderRules<F extends string> {
  fieldOf: (header: string) => F | null;
  required: F[];
}

/** What a cell shows, trimmed (spacing inside is compared loosely where it matters, through fold()). */
export const cellText = (c: RawCell): string => (c === null || c === undefined ? "" : typeof c === "string" ? c.trim() : c instanceof Date ? c.toISOString() : String(c));

function columnsOf<F extends string>(headers: string[], fieldOf: (header: string) => F | null): Columns<F> {
  const columns: Columns<F> = {};
  headers.forEach((h, i) => {
    const f = fieldOf(h);
    if (f && columns[f] === undefined) columns[f] = i;
  });
  return columns;
}

/**
 * A two-row header: a merged parent ("Ngày", spanning several columns, its
 * text only in the first) above children ("Tiếp nhận", "Hẹn trả"). Each child
 * reads as its own name if that is a known column, else as "parent child".
 */
function combinedHeaders(parentRow: RawCell[], childRow: RawCell[], isKnown: (header: string) => boolean): string[] {
  const width = Math.max(parentRow.length, childRow.length);
  const out: string[] = [];
  let parent = "";
  for (let i = 0; i < width; i++) {
    const p = cellText(parentRow[i] ?? null);
    const child = cellText(childRow[i] ?? null);
    if (p) parent = p;
    else if (!child) parent = "";
    if (!child) out.push(p);
    else if (isKnown(child) || !parent) out.push(child);
    else out.push(`${parent} ${child}`);
  }
  return out;
}

const score = <F extends string>(columns: Columns<F>, required: F[]) => {
  const found = Object.keys(columns) as F[];
  return found.length + required.filter((f) => found.includes(f)).length * 5;
};

/**
 * The header row among the first rows: the row (or pair of rows) that names
 * the most known columns, the required ones weighing most. With a mapping the
 * user gave, the row that holds those header texts.
 */
export function detectHeader<F extends string>(rows: RawRow[], rules: HeaderRules<F>, userMapping?: Record<string, string>): DetectedHeader<F> | null {
  let best: { header: DetectedHeader<F>; score: number } | null = null;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const single = rows[i]!.cells.map(cellText);
    const candidates: [string[], number][] = [[single, 1]];
    const next = rows[i + 1];
    // A merged title above the header is not a parent row: a parent names several columns.
    const namesSeveral = rows[i]!.cells.filter((c) => cellText(c) !== "").length >= 2;
    if (next && i + 1 < limit && namesSeveral) candidates.push([combinedHeaders(rows[i]!.cells, next.cells, (h) => rules.fieldOf(h) !== null), 2]);
    for (const [headers, span] of candidates) {
      const columns = columnsOf(headers, rules.fieldOf);
      let s = score(columns, rules.required);
      if (userMapping) {
        const keys = new Set(headers.map(headerKey));
        const wanted = Object.values(userMapping).map(headerKey).filter(Boolean);
        s = wanted.filter((w) => keys.has(w)).length * 100 + s;
      }
      if (s >= 2 && (!best || s > best.score)) {
        best = { header: { headerRow: rows[i + span - 1]!.rowNumber, dataIndex: i + span, headers, columns }, score: s };
      }
    }
  }
  return best?.header ?? null;
}
