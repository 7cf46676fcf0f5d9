import type { DossierField } from "../api/contract";
import { fieldOfHeader, headerKey, REQUIRED_DOSSIER_FIELDS } from "./synonyms";
import type { RawCell, RawRow } from "./table-reader";

/** Only the first rows are searched for the header: exports put at most a title block above it. */
export const HEADER_SEARCH_ROWS = 30;

export interface DetectedHeader {
  /** Row number of the (last) header row. */
  headerRow: number;
  /** Index in the buffered rows of the first data row. */
  dataIndex: number;
  /** Header text per column ("" where the column has none). */
  headers: string[];
  /** Column index per field found. */
  columns: Partial<Record<DossierField, number>>;
}

/** What a cell shows, trimmed (spacing inside is compared loosely where it matters, through fold()). */
export const cellText = (c: RawCell): string => (c === null || c === undefined ? "" : typeof c === "string" ? c.trim() : c instanceof Date ? c.toISOString() : String(c));

function columnsOf(headers: string[]): Partial<Record<DossierField, number>> {
  const columns: Partial<Record<DossierField, number>> = {};
  headers.forEach((h, i) => {
    const f = fieldOfHeader(h);
    if (f && columns[f] === undefined) columns[f] = i;
  });
  return columns;
}

/**
 * A two-row header: a merged parent ("Ngày", spanning several columns, its
 * text only in the first) above children ("Tiếp nhận", "Hẹn trả"). Each child
 * reads as its own name if that is a known column, else as "parent child".
 */
function combinedHeaders(parentRow: RawCell[], childRow: RawCell[]): string[] {
  const width = Math.max(parentRow.length, childRow.length);
  const out: string[] = [];
  let parent = "";
  for (let i = 0; i < width; i++) {
    const p = cellText(parentRow[i] ?? null);
    const child = cellText(childRow[i] ?? null);
    if (p) parent = p;
    else if (!child) parent = "";
    if (!child) out.push(p);
    else if (fieldOfHeader(child) || !parent) out.push(child);
    else out.push(`${parent} ${child}`);
  }
  return out;
}

const score = (columns: Partial<Record<DossierField, number>>) => {
  const found = Object.keys(columns) as DossierField[];
  return found.length + REQUIRED_DOSSIER_FIELDS.filter((f) => found.includes(f)).length * 5;
};

/**
 * The header row among the first rows: the row (or pair of rows) that names
 * the most known columns, the required ones weighing most. With a mapping the
 * user gave, the row that holds those header texts.
 */
export function detectHeader(rows: RawRow[], userMapping?: Record<string, string>): DetectedHeader | null {
  let best: { header: DetectedHeader; score: number } | null = null;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const single = rows[i]!.cells.map(cellText);
    const candidates: [string[], number][] = [[single, 1]];
    const next = rows[i + 1];
    if (next && i + 1 < limit) candidates.push([combinedHeaders(rows[i]!.cells, next.cells), 2]);
    for (const [headers, span] of candidates) {
      const columns = columnsOf(headers);
      let s = score(columns);
      if (userMapping) {
        const keys = new Set(headers.map(headerKey));
        const wanted = Object.values(userMapping).map(headerKey);
        s = wanted.filter((w) => keys.has(w)).length * 100 + s;
      }
      if (s >= 2 && (!best || s > best.score)) {
        best = { header: { headerRow: rows[i + span - 1]!.rowNumber, dataIndex: i + span, headers, columns }, score: s };
      }
    }
  }
  return best?.header ?? null;
}
