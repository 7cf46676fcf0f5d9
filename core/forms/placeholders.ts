/**
 * The blanks a form leaves above its table for the unit and the period:
 * "Đơn vị báo cáo: ……", "Tên đơn vị: UBND xã ……", "Kỳ báo cáo: ……", "từ
 * ngày ……/……/…… đến ngày ……/……/……". Only the dotted leader is replaced;
 * every other character of the cell stays.
 */
import type { Worksheet } from "exceljs";
import { fold, lowerFirst } from "../../shared/text";
import { encodingOf } from "./sheet-text";

export interface PlaceholderFacts {
  /** null before the unit is set up: its blank stays. */
  unitName: string | null;
  /** "Quý III năm 2025" */
  periodLabel: string;
  /** dd/MM/yyyy */
  from: string;
  to: string;
}

export interface FilledPlaceholder {
  row: number;
  column: number;
  /** "A4" */
  cell: string;
  before: string;
  text: string;
}

const LEADER = String.raw`(?:[.…_]{3,}|…[.…_]*)`;
const DATE_PART = String.raw`(?:\d{1,4}[.…_]*|[.…_]+)`;
const DATE_LEADER = new RegExp(String.raw`((?<!\p{L})(?:từ|đến|tới) ngày)\s*(${DATE_PART}(?:\s*\/\s*${DATE_PART})*)`, "giu");
const UNIT = new RegExp(String.raw`^(\s*(?:đơn vị báo cáo|tên đơn vị|đơn vị|cơ quan báo cáo|cơ quan, đơn vị|tên cơ quan)\s*:\s*)(.*?)(${LEADER})(.*)$`, "iu");
const PERIOD = new RegExp(String.raw`^(\s*kỳ báo cáo\s*:\s*)${LEADER}\s*$`, "iu");
const LEVEL_WORDS = /^(?:xã|phường|thị trấn|đặc khu)\s/iu;

/** "UBND xã" + "Xã Cẩm Giang" → "UBND xã Cẩm Giang"; "UBND" + "Xã Cẩm Giang" → "UBND xã Cẩm Giang". */
function unitAfter(prefix: string, unitName: string): string {
  const before = prefix.trim();
  if (!before) return unitName;
  const [first = "", ...rest] = unitName.split(" ");
  const lastWord = before.split(/\s+/).pop()!;
  if (fold(lastWord) === fold(first)) return `${before} ${rest.join(" ")}`;
  const name = LEVEL_WORDS.test(`${unitName} `) ? lowerFirst(unitName) : unitName;
  return `${before} ${name}`;
}

/** The text with its blanks filled, or null when it has none. */
export function filledText(text: string, facts: PlaceholderFacts): string | null {
  const source = text.normalize("NFC");
  let out = source;
  const period = PERIOD.exec(out);
  if (period) out = `${period[1]}${facts.periodLabel} (từ ngày ${facts.from} đến ngày ${facts.to})`;
  out = out.replace(DATE_LEADER, (whole, word: string, leader: string) => {
    if (!/[.…_]/.test(leader)) return whole;
    return `${word} ${fold(word).startsWith("tu") ? facts.from : facts.to}`;
  });
  const unit = facts.unitName === null ? null : UNIT.exec(out);
  if (unit && facts.unitName !== null) out = `${unit[1]}${unitAfter(unit[2]!, facts.unitName)}${unit[4]!.replace(/^[.…_\s]+/, "")}`;
  return out === source ? null : out;
}

/** The cells above and below the table whose plain text has a blank for the unit or the period, with it filled. */
export function placeholdersOf(sheet: Worksheet, facts: PlaceholderFacts, inTable: (row: number) => boolean): FilledPlaceholder[] {
  // A sheet typed in .VnTime or VNI would show a Unicode name as garbage.
  if (encodingOf(sheet)) return [];
  const found: FilledPlaceholder[] = [];
  sheet.eachRow((row, r) => {
    if (inTable(r)) return;
    row.eachCell((cell) => {
      if (typeof cell.value !== "string" || cell.formula !== undefined || (cell.isMerged && cell.master.address !== cell.address)) return;
      const text = filledText(cell.value, facts);
      if (text !== null) found.push({ row: r, column: Number(cell.col), cell: cell.address, before: cell.value, text });
    });
  });
  return found;
}
