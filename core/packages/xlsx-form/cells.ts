/** A cell's content whatever Excel or LibreOffice made of it, and the check that every locked cell of the form is as it was written. */
import type { CellValue, Worksheet } from "exceljs";
import { formatDateVi, isoDate } from "../../../shared/dates";
import { numberToInput } from "../../vietnamese-number";
import { replyRefused } from "../refusal";
import { type FormSheet } from "./layout";

export type Refuse = (why: string) => never;

/** Refuses at once: for a file that is not the form at all, or whose package cannot be trusted. */
export const refuser =
  (fileName: string): Refuse =>
  (why) => {
    throw replyRefused(fileName, [why]);
  };

/** A problem of the returned form: where it is (for the order of the list; no sheet for a problem of no one cell) and what it says. */
export interface FormProblem {
  sheet: string | null;
  row: number;
  col: number;
  why: string;
}

export const at = (sheet: string, address: string) => `ô ${address} trang "${sheet}"`;
export const addressOf = (row: number, col: number) => `${columnLetters(col)}${row}`;
function columnLetters(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// A cell's content, whatever exceljs or LibreOffice made of it.

export type Plain = null | string | number | boolean | Date | { error: string };

/** What a cell holds as the clerk sees it: rich text as its text, a formula as its result, a link as its text. */
export function plainValue(value: CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return plainValue(value.result ?? null);
  if ("error" in value) return { error: value.error };
  if ("text" in value) return plainValue(value.text as CellValue);
  return null;
}

export const utcDate = (d: Date) => isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

export function textOf(value: Plain): string {
  if (value === null) return "";
  if (value instanceof Date) return formatDateVi(utcDate(value));
  if (typeof value === "object") return value.error;
  return String(value);
}

/** The comparable content of a locked cell: a number, a text with its line breaks as Excel keeps them, or nothing. */
type Content = { kind: "empty" } | { kind: "number"; value: number } | { kind: "text"; value: string };

function contentOf(value: Plain): Content {
  if (typeof value === "number") return { kind: "number", value };
  const text = textOf(value).replace(/\r\n?/g, "\n");
  return text === "" ? { kind: "empty" } : { kind: "text", value: text };
}

const closeTo = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The same content, whatever the cell's type: 96 written as a number or as the text "96" is the same figure. */
function sameContent(a: Content, b: Content): boolean {
  if (a.kind === "empty" || b.kind === "empty") return a.kind === b.kind;
  if (a.kind === "text" && b.kind === "text") return a.value === b.value;
  const [x, y] = [a, b].map((c) => (c.kind === "number" ? c.value : /^-?\d+(\.\d+)?$/.test(c.value.trim()) ? Number(c.value) : NaN)) as [number, number];
  return closeTo(x, y);
}

function describe(content: Content): string {
  if (content.kind === "empty") return "trống";
  if (content.kind === "number") return numberToInput(content.value);
  const oneLine = content.value.replace(/\s+/g, " ");
  return `"${oneLine.length > 60 ? `${oneLine.slice(0, 60)}…` : oneLine}"`;
}

/** Cells of a worksheet that hold something, skipping the covered cells of merged ranges. */
function filledCells(ws: Worksheet): Filled {
  const cells: Filled = new Map();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const content = contentOf(plainValue(cell.value));
      const { row: r, col } = cell.fullAddress;
      if (content.kind !== "empty") cells.set(addressOf(r, col), { row: r, col, content });
    }),
  );
  return cells;
}

type Filled = Map<string, { row: number; col: number; content: Content }>;

/** The locked cells of a sheet as written: content by address, and the addresses left out of the check. */
function lockedCells(sheet: FormSheet) {
  const expected = new Map<string, { row: number; col: number; content: Content }>();
  const skipped = new Set<string>();
  for (const c of sheet.cells) {
    if (c.slot) skipped.add(addressOf(c.row, c.col));
    else expected.set(addressOf(c.row, c.col), { row: c.row, col: c.col, content: contentOf(c.value) });
    for (let col = c.col + 1; col <= (c.mergeTo ?? c.col); col++) skipped.add(addressOf(c.row, col));
  }
  return { expected, skipped };
}

const SHIFT_SEARCH_ROWS = 30;

/** Whether the rows look moved: a row as written, with something in it, found whole a few rows up or down. */
function rowsShifted(expected: Filled, actual: Filled, row: number): boolean {
  const written = (r: number) => [...expected.values()].filter((c) => c.row === r);
  const foundAt = (writtenRow: number, actualRow: number) => {
    const cells = written(writtenRow);
    return cells.some((c) => c.content.kind !== "empty") && cells.every((c) => sameContent(c.content, actual.get(addressOf(actualRow, c.col))?.content ?? { kind: "empty" }));
  };
  for (let d = -SHIFT_SEARCH_ROWS; d <= SHIFT_SEARCH_ROWS; d++) {
    if (d !== 0 && row + d >= 1 && (foundAt(row, row + d) || foundAt(row + d, row))) return true;
  }
  return false;
}

/**
 * Every locked cell of a sheet whose content is not what the form was
 * written with, in reading order. Once rows look moved, the cells below all
 * differ for that one reason: the first is named, with the reason, and the
 * sheet left there (`shifted`).
 */
export function lockedCellProblems(ws: Worksheet, sheet: FormSheet): { problems: FormProblem[]; shifted: boolean } {
  const { expected, skipped } = lockedCells(sheet);
  const actual = filledCells(ws);
  const places = new Map([...expected, ...[...actual].filter(([address]) => !skipped.has(address))]);
  const ordered = [...places].sort(([, a], [, b]) => a.row - b.row || a.col - b.col);
  const problems: FormProblem[] = [];
  for (const [address, { row, col }] of ordered) {
    const wanted = expected.get(address)?.content ?? { kind: "empty" };
    const found = actual.get(address)?.content ?? { kind: "empty" };
    if (sameContent(wanted, found)) continue;
    const shifted = rowsShifted(expected, actual, row);
    const why = `${at(sheet.name, address)} là ô khóa, không được sửa (trước: ${describe(wanted)}, nay: ${describe(found)})`;
    problems.push({ sheet: sheet.name, row, col, why: shifted ? `${why}; có vẻ đã có dòng bị chèn thêm hoặc xóa đi – không được thêm, xóa dòng trong mẫu` : why });
    if (shifted) return { problems, shifted };
  }
  return { problems, shifted: false };
}
