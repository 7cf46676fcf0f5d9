/**
 * Writes numbers and texts into cells of one sheet of an .xlsx by editing that sheet's
 * XML inside the archive; the other parts are carried over byte for byte.
 */
import path from "node:path";
import { entryContent, readZip, rewriteZip, type ZipEntry } from "../zip";
import { attributeOf, startTags } from "./xml-tags";
import { setCellValues, withFullCalcOnLoad, withoutFormulaResults, type CellWrite } from "./sheet-xml";

const PACKAGE_RELS = "_rels/.rels";

function partText(files: Map<string, ZipEntry>, name: string): string {
  const entry = files.get(name);
  if (!entry) throw new Error(`thiếu phần "${name}" của tệp Excel`);
  return entryContent(entry).toString("utf8");
}

/** Where a relationship of the part `from` points, as an archive path. */
function resolveTarget(from: string, target: string): string {
  return target.startsWith("/") ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(from), target));
}

const relsOf = (part: string) => path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);

/** The workbook part ("xl/workbook.xml" as Excel names it) and the part of the worksheet with this name. */
function parts(files: Map<string, ZipEntry>, sheetName: string): { workbook: string; sheet: string } {
  const officeDocument = startTags(partText(files, PACKAGE_RELS), "Relationship").find((tag) => attributeOf(tag, "Type")?.endsWith("/officeDocument"));
  const workbook = resolveTarget("", attributeOf(officeDocument ?? "", "Target") ?? "xl/workbook.xml");
  const sheetTag = startTags(partText(files, workbook), "sheet").find((tag) => attributeOf(tag, "name") === sheetName);
  const relId = sheetTag && /\s(?:\w+:)?id="([^"]*)"/.exec(sheetTag)?.[1];
  const target = relId && startTags(partText(files, relsOf(workbook)), "Relationship").find((tag) => attributeOf(tag, "Id") === relId);
  const href = target && attributeOf(target, "Target");
  if (!href) throw new Error(`không tìm thấy trang "${sheetName}" trong tệp`);
  return { workbook, sheet: resolveTarget(workbook, href) };
}

/** Worksheets other than the one written whose formulas keep a cached result (they may total the written sheet). */
function otherSheetsWithResults(files: Map<string, ZipEntry>, workbook: string, written: string): string[] {
  const folder = path.posix.join(path.posix.dirname(workbook), "worksheets/");
  return [...files.keys()].filter(
    (name) => name !== written && name.startsWith(folder) && name.endsWith(".xml") && /<\/(\w+:)?f>\s*<(\w+:)?v>|<(\w+:)?f\b[^>]*\/>\s*<(\w+:)?v>/.test(partText(files, name)),
  );
}

/**
 * The file with the values written into the sheet, every formula's cached
 * result dropped so that any spreadsheet computes it anew, and Excel asked to
 * recompute on opening.
 */
export function writeCellValues(bytes: Buffer, sheetName: string, cells: CellWrite[]): Buffer {
  const entries = readZip(bytes);
  const files = new Map(entries.map((e) => [e.name, e]));
  const { workbook, sheet } = parts(files, sheetName);
  const recomputed = otherSheetsWithResults(files, workbook, sheet).map((name) => [name, Buffer.from(withoutFormulaResults(partText(files, name)), "utf8")] as const);
  return rewriteZip(
    entries,
    new Map([
      [sheet, Buffer.from(withoutFormulaResults(setCellValues(partText(files, sheet), cells)), "utf8")],
      [workbook, Buffer.from(withFullCalcOnLoad(partText(files, workbook)), "utf8")],
      ...recomputed,
    ]),
  );
}
