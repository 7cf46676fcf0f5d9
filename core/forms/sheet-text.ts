/** The text of a form's cells as the matcher reads it: Unicode, merged ranges read once. */
import type { Worksheet } from "exceljs";
import { detectLegacyEncoding, legacyToUnicode, type LegacyEncoding } from "../import/legacy-vietnamese";

/** Texts looked at to tell whether a sheet is written in a legacy Vietnamese encoding (.VnTime, VNI fonts). */
const ENCODING_SAMPLES = 400;
const encodings = new WeakMap<Worksheet, LegacyEncoding | null>();

/** The legacy encoding the sheet's texts are typed in, null for Unicode. */
export function encodingOf(sheet: Worksheet): LegacyEncoding | null {
  let encoding = encodings.get(sheet);
  if (encoding === undefined) {
    const samples: string[] = [];
    const isText = (v: unknown) => typeof v === "string" || (typeof v === "object" && v !== null && "richText" in v);
    sheet.eachRow((row) => row.eachCell((cell) => void (samples.length < ENCODING_SAMPLES && isText(cell.value) && samples.push(cell.text))));
    encoding = detectLegacyEncoding(samples);
    encodings.set(sheet, encoding);
  }
  return encoding;
}

/** What a cell shows, in Unicode; "" for the covered cells of a merged range, whose text is its first cell's. */
export function shownText(sheet: Worksheet, row: number, column: number): string {
  const cell = sheet.findCell(row, column);
  if (!cell || (cell.isMerged && cell.master.address !== cell.address)) return "";
  const encoding = encodingOf(sheet);
  return (encoding ? legacyToUnicode(cell.text, encoding) : cell.text).trim();
}
