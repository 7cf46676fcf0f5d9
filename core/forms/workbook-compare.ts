/**
 * What differs between a workbook and its copy, written cells aside: every
 * cell's value, formula and style, every merge, row and column setting and
 * sheet setting. A filled form must differ from the blank one only in the
 * figures written into it.
 */
import type { Workbook, Worksheet } from "exceljs";

/** `${sheet name}!${address}` → the number or text the cell must now hold. */
export type WrittenCells = ReadonlyMap<string, number | string>;

export const cellKey = (sheet: string, address: string) => `${sheet}!${address}`;

/** JSON with keys sorted and empty objects, nulls and undefined left out, so that equal content compares equal. */
function stableJson(value: unknown): string {
  const clean = (v: unknown): unknown => {
    if (v instanceof Date) return v.toISOString();
    if (Array.isArray(v)) return v.map(clean);
    if (v === null || typeof v !== "object") return v;
    const entries = Object.keys(v)
      .sort()
      .map((k) => [k, clean((v as Record<string, unknown>)[k])] as const)
      .filter(([, x]) => x !== undefined && x !== null && !(typeof x === "object" && !Array.isArray(x) && Object.keys(x).length === 0));
    return Object.fromEntries(entries);
  };
  return JSON.stringify(clean(value)) ?? "";
}

interface CellModel {
  address: string;
  type?: unknown;
  value?: unknown;
  [k: string]: unknown;
}

interface SheetModel {
  rows: { number: number; cells: CellModel[]; height?: number; style?: unknown; hidden?: boolean; outlineLevel?: number; collapsed?: boolean }[];
  dimensions?: unknown;
  [k: string]: unknown;
}

const modelOf = (sheet: Worksheet) => sheet.model as unknown as SheetModel;

function sheetDifferences(before: Worksheet, after: Worksheet, written: WrittenCells): string[] {
  const out: string[] = [];
  const place = `trang "${before.name}"`;
  const a = modelOf(before);
  const b = modelOf(after);
  const { rows: rowsA, dimensions: _da, ...settingsA } = a;
  const { rows: rowsB, dimensions: _db, ...settingsB } = b;
  for (const key of new Set([...Object.keys(settingsA), ...Object.keys(settingsB)])) {
    if (stableJson(settingsA[key]) !== stableJson(settingsB[key])) out.push(`${place}: thiết lập "${key}" (ô gộp, độ rộng cột, in ấn…) bị thay đổi`);
  }
  const rowProps = (r: SheetModel["rows"][number] | undefined) => stableJson(r && { height: r.height, style: r.style, hidden: r.hidden, outlineLevel: r.outlineLevel, collapsed: r.collapsed });
  const rowsOf = (rows: SheetModel["rows"]) => new Map(rows.map((r) => [r.number, r]));
  const rowMapA = rowsOf(rowsA);
  const rowMapB = rowsOf(rowsB);
  for (const n of new Set([...rowMapA.keys(), ...rowMapB.keys()])) {
    if (rowProps(rowMapA.get(n)) !== rowProps(rowMapB.get(n))) out.push(`${place}, dòng ${n}: chiều cao hoặc định dạng dòng bị thay đổi`);
  }
  const cellsOf = (rows: SheetModel["rows"]) => new Map(rows.flatMap((r) => r.cells.map((c) => [c.address, c] as const)));
  const cellsA = cellsOf(rowsA);
  const cellsB = cellsOf(rowsB);
  for (const address of new Set([...cellsA.keys(), ...cellsB.keys()])) {
    const expected = written.get(cellKey(before.name, address));
    // A formula's cached result is not part of the form: the filled file drops it so that every spreadsheet computes it anew.
    const { type: typeA, value: valueA, result: _resultA, ...restA } = cellsA.get(address) ?? { address };
    const { type: typeB, value: valueB, result: _resultB, ...restB } = cellsB.get(address) ?? { address };
    // A cell written where there was none takes its row's or column's style, as Excel shows it; any other keeps its own.
    const keepsStyle = expected === undefined || cellsA.has(address);
    if (expected === undefined ? stableJson([typeA, valueA]) !== stableJson([typeB, valueB]) : valueB !== expected) {
      out.push(`${place}, ô ${address}: nội dung bị thay đổi`);
    } else if (keepsStyle && stableJson(restA) !== stableJson(restB)) {
      out.push(`${place}, ô ${address}: định dạng hoặc công thức bị thay đổi`);
    }
  }
  return out;
}

/** Each difference in a sentence, in sheet and cell order; [] when the two match. */
export function workbookDifferences(before: Workbook, after: Workbook, written: WrittenCells = new Map()): string[] {
  const namesA = before.worksheets.map((s) => s.name);
  const namesB = after.worksheets.map((s) => s.name);
  if (stableJson(namesA) !== stableJson(namesB)) return [`danh sách trang bị thay đổi (${namesA.join(", ")} → ${namesB.join(", ")})`];
  const out = before.worksheets.flatMap((sheet) => sheetDifferences(sheet, after.getWorksheet(sheet.name)!, written));
  if (stableJson(before.definedNames.model) !== stableJson(after.definedNames.model)) out.push("các tên vùng (Name Manager) bị thay đổi");
  return out;
}
