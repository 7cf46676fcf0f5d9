/**
 * Edits of a worksheet's XML in place: a number or a text into a cell,
 * keeping the cell's style and every other byte of the sheet as it was.
 */
import { attributeOf, escapeRegExp, startTags } from "./xml-tags";

export interface CellWrite {
  row: number;
  column: number;
  /** A number, or a text (written inline, so the shared strings stay as they were). */
  value: number | string;
}

export function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const columnNumber = (name: string) => [...name].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The namespace prefix the sheet's elements are written with ("" for none, else "x:"). */
const prefixOf = (xml: string) => /<(\w+:)?worksheet[\s>]/.exec(xml)?.[1] ?? "";

/** An element with the given tag and attribute value: its start, end and text. */
function findElement(xml: string, tag: string, attr: string, value: string, from = 0, to = xml.length): { start: number; end: number; text: string } | null {
  const pattern = new RegExp(`<${escapeRegExp(tag)}\\b(?=[^>]*\\s${attr}=["']${escapeRegExp(value)}["'])[^>]*?(?:/>|>[\\s\\S]*?</${escapeRegExp(tag)}>)`, "g");
  pattern.lastIndex = from;
  const m = pattern.exec(xml);
  return m && m.index < to ? { start: m.index, end: m.index + m[0].length, text: m[0] } : null;
}

/** The style a new cell takes, as Excel shows the empty cell: its row's, else its column's. */
function inheritedStyle(xml: string, rowTag: string, column: number): string | undefined {
  if (attributeOf(rowTag, "customFormat") === "1") return attributeOf(rowTag, "s");
  const col = startTags(xml, "col").find((tag) => column >= Number(attributeOf(tag, "min")) && column <= Number(attributeOf(tag, "max")));
  return col && attributeOf(col, "style");
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function cellXml(p: string, ref: string, style: string | undefined, value: number | string): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (typeof value === "number") return `<${p}c r="${ref}"${s}><${p}v>${value}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(value)}</${p}t></${p}is></${p}c>`;
}

function setCell(xml: string, p: string, { row, column, value }: CellWrite): string {
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`giá trị không hợp lệ cho ô ${columnName(column)}${row}`);
  const ref = `${columnName(column)}${row}`;
  const rowEl = findElement(xml, `${p}row`, "r", String(row));
  if (!rowEl) {
    const rows = [...xml.matchAll(new RegExp(`<${p}row\\b[^>]*\\sr=["'](\\d+)["']`, "g"))];
    const after = rows.find((m) => Number(m[1]) > row);
    const created = `<${p}row r="${row}">${cellXml(p, ref, inheritedStyle(xml, "", column), value)}</${p}row>`;
    if (after) return xml.slice(0, after.index) + created + xml.slice(after.index);
    const close = xml.indexOf(`</${p}sheetData>`);
    if (close >= 0) return xml.slice(0, close) + created + xml.slice(close);
    const empty = new RegExp(`<${p}sheetData\\s*/>`).exec(xml);
    if (!empty) throw new Error("không tìm thấy vùng dữ liệu của trang");
    return xml.slice(0, empty.index) + `<${p}sheetData>${created}</${p}sheetData>` + xml.slice(empty.index + empty[0].length);
  }
  const rowTag = /^<[^>]*>/.exec(rowEl.text)![0];
  const existing = findElement(xml, `${p}c`, "r", ref, rowEl.start, rowEl.end);
  if (existing) {
    const style = attributeOf(/^<[^>]*>/.exec(existing.text)![0], "s");
    return xml.slice(0, existing.start) + cellXml(p, ref, style, value) + xml.slice(existing.end);
  }
  const created = cellXml(p, ref, inheritedStyle(xml, rowTag, column), value);
  if (rowTag.endsWith("/>")) return xml.slice(0, rowEl.start) + `${rowTag.slice(0, -2)}>${created}</${p}row>` + xml.slice(rowEl.end);
  const cells = [...rowEl.text.matchAll(new RegExp(`<${p}c\\b[^>]*\\sr=["']([A-Z]+)\\d+["']`, "g"))];
  const next = cells.find((m) => columnNumber(m[1]!) > column);
  const at = next ? rowEl.start + next.index : rowEl.end - `</${p}row>`.length;
  return xml.slice(0, at) + created + xml.slice(at);
}

/** The sheet with each value in its cell (replacing what the cell held; its style kept). */
export function setCellValues(xml: string, cells: CellWrite[]): string {
  const p = prefixOf(xml);
  if (/<(\w+:)?(?:c|row)\b(?![^>]*\sr=["'])[^>]*>/.test(xml)) throw new Error("trang có ô không ghi địa chỉ");
  return cells.reduce((x, cell) => setCell(x, p, cell), xml);
}

/**
 * The sheet with every formula's cached result taken out. The blank form's
 * totals were cached over empty cells (0); Excel recomputes on opening, but
 * LibreOffice shows a cached result as it is, so the province would read 0.
 * With none cached, both compute them from the figures written.
 */
export function withoutFormulaResults(xml: string): string {
  const p = prefixOf(xml);
  const formulaThenValue = new RegExp(`(<${p}f\\b[^>]*/>|<${p}f\\b[^>]*>[^<]*</${p}f>)\\s*<${p}v>[^<]*</${p}v>`, "g");
  return xml.replace(formulaThenValue, "$1");
}

/** The workbook XML asking Excel to recompute every formula when it opens, so the form's own totals include the figures. */
export function withFullCalcOnLoad(xml: string): string {
  const p = /<(\w+:)?workbook[\s>]/.exec(xml)?.[1] ?? "";
  const calc = new RegExp(`<${p}calcPr\\b[^>]*?(/?)>`).exec(xml);
  if (calc) {
    const tag = calc[0].replace(/\sfullCalcOnLoad="[^"]*"/, "");
    const closed = tag.endsWith("/>");
    const updated = `${tag.slice(0, closed ? -2 : -1)} fullCalcOnLoad="1"${closed ? "/>" : ">"}`;
    return xml.slice(0, calc.index) + updated + xml.slice(calc.index + calc[0].length);
  }
  // calcPr comes after these in the schema's order.
  const before = ["definedNames", "externalReferences", "functionGroups", "sheets"].map((t) => xml.indexOf(`</${p}${t}>`)).find((i) => i >= 0);
  if (before === undefined) return xml;
  const at = xml.indexOf(">", before) + 1;
  return `${xml.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
}
