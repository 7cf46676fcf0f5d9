/**
 * Reading a filled Excel form back as the department's reply: the package
 * from "_goi" verified, every locked cell compared with the layout, the
 * answer cells read (numbers and dates as a clerk types them) and checked;
 * every refusal names the file, the sheet and the cell.
 */
import type { CellValue, Workbook } from "exceljs";
import { isoDate, localNow, parseIsoDate } from "../../../shared/dates";
import ExcelJS from "../../import/exceljs";
import { nfc } from "../../../shared/text";
import { parseVietnameseNumber } from "../../vietnamese-number";
import { readZip, ZipError, type ZipEntry } from "../../zip";
import { FIELD_LIMITS } from "../../field-limits";
import { formatMegabytes } from "../../file-size";
import { FORM_ARCHIVE_LIMITS, verifiedXlsx } from "../../xlsx-archive";
import { vietnameseErrors } from "../../zod-vietnamese";
import { answerProblems, tidyAnswers, type AnswerProblem } from "../answers";
import { entryBytes, packageSha256, sealManifest, type OpenedPackage } from "../container";
import { manifestSchema, PACKAGE_FORMAT_VERSION, PACKAGE_LIMITS, PART_ENTRY, partSchema, type DepartmentPart, type PackageManifest } from "../format";
import { DATA_LABELS, FORM_SHEETS, formLayout, type AnswerSlot, type FormSheet } from "./layout";
import { replyRefused } from "../refusal";
import { addressOf, at, lockedCellProblems, plainValue, refuser, textOf, utcDate, type FormProblem, type Plain, type Refuse } from "./cells";
import { formatNumber } from "../../number-format";
import { excelSerialDate } from "../../import/cell-dates";

const MAX_PHONE_LENGTH = 40;

const entryByName = (entries: ZipEntry[], name: string) => entries.some((e) => e.name === name);

/** True for an Office Open XML file (.xlsx and its kin), told from the zip's entry names alone. */
export function isXlsxForm(bytes: Buffer): boolean {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) return false;
  try {
    return entryByName(readZip(bytes), "[Content_Types].xml");
  } catch {
    return false;
  }
}

async function openWorkbook(bytes: Buffer, refuse: Refuse): Promise<Workbook> {
  if (bytes.length > PACKAGE_LIMITS.fileBytes) refuse(`tệp quá lớn (${formatMegabytes(bytes.length)}; tối đa ${formatMegabytes(PACKAGE_LIMITS.fileBytes)})`);
  let workbook: Buffer;
  try {
    workbook = await verifiedXlsx(bytes, FORM_ARCHIVE_LIMITS);
  } catch (e) {
    return refuse(e instanceof ZipError ? `đây không phải tệp Excel (.xlsx) hợp lệ: ${e.message}` : "đây không phải tệp Excel (.xlsx) hợp lệ");
  }
  if (!entryByName(readZip(workbook), "xl/workbook.xml")) refuse("đây không phải tệp Excel (.xlsx) (có thể là tệp Word hoặc tệp nén khác)");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(workbook as unknown as ArrayBuffer);
  } catch {
    return refuse("tệp Excel bị hỏng, không đọc được");
  }
  return wb;
}

function parseDataJson(text: string, label: string, refuse: Refuse): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return refuse(`phần dữ liệu ẩn "${label}" của mẫu (trang "${FORM_SHEETS.data}") bị hỏng`);
  }
}

function schemaProblem(result: { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): string {
  const issue = result.error.issues[0]!;
  return `sai cấu trúc ở "${issue.path.map(String).join(".") || "(gốc)"}": ${issue.message}`;
}

/** The package the form was made from, verified as readPackage verifies a .cchc. */
function sentPackage(wb: Workbook, refuse: Refuse): { manifest: PackageManifest; part: DepartmentPart } {
  const ws = wb.getWorksheet(FORM_SHEETS.data) ?? refuse(`thiếu phần dữ liệu ẩn của mẫu (trang "${FORM_SHEETS.data}"): đây không phải mẫu Excel do ứng dụng lập, hoặc mẫu đã bị sửa`);
  const texts = new Map<string, string>();
  ws.eachRow((row) => {
    const [label, ...parts] = (row.values as CellValue[]).slice(1).map((v) => textOf(plainValue(v)));
    if (label) texts.set(label, parts.join(""));
  });
  const data = (label: string) => parseDataJson(texts.get(label) ?? refuse(`thiếu "${label}" trong phần dữ liệu ẩn của mẫu (trang "${FORM_SHEETS.data}")`), label, refuse);

  const rawManifest = data(DATA_LABELS.manifest);
  const head = manifestSchema.pick({ format: true, formatVersion: true }).loose().safeParse(rawManifest, { error: vietnameseErrors });
  if (!head.success) refuse(`"${DATA_LABELS.manifest}" trong mẫu ${schemaProblem(head)}`);
  if (head.data.formatVersion > PACKAGE_FORMAT_VERSION)
    refuse(`mẫu được lập bằng phiên bản ứng dụng mới hơn (định dạng ${head.data.formatVersion}, máy này đọc được đến ${PACKAGE_FORMAT_VERSION}); hãy cập nhật ứng dụng`);
  const manifest = manifestSchema.safeParse(rawManifest, { error: vietnameseErrors });
  if (!manifest.success) return refuse(`"${DATA_LABELS.manifest}" trong mẫu ${schemaProblem(manifest)}`);
  if (manifest.data.direction !== "giao") refuse(`phần dữ liệu ẩn của mẫu (trang "${FORM_SHEETS.data}") ghi đây là gói trả lời, không phải gói giao việc do ứng dụng lập`);

  const rawPart = data(DATA_LABELS.part);
  // The checksum is over the part as the .cchc held it; the JSON as parsed keeps its order of keys, so it writes back to the same bytes.
  if (packageSha256(entryBytes(rawPart)) !== manifest.data.entries[PART_ENTRY]) refuse(`mã kiểm tra của "${PART_ENTRY}" trong mẫu không khớp: phần dữ liệu ẩn đã bị sửa sau khi lập mẫu`);
  const part = partSchema.safeParse(rawPart, { error: vietnameseErrors });
  if (!part.success) return refuse(`"${PART_ENTRY}" trong mẫu ${schemaProblem(part)}`);
  return { manifest: manifest.data, part: part.data };
}

// Answers.

interface AnswerCell {
  sheet: string;
  row: number;
  col: number;
  value: Plain;
  numFmt: string;
}

/** Every problem found in the form: the file is refused with all of them at once. */
class Problems {
  readonly found: FormProblem[] = [];
  /** Notes a problem of a cell; null, the answer the cell then gives. */
  at(cell: AnswerCell, why: string): null {
    this.found.push({ sheet: cell.sheet, row: cell.row, col: cell.col, why: `${at(cell.sheet, addressOf(cell.row, cell.col))}: ${why}` });
    return null;
  }
  /** Notes a problem of no one cell. */
  add(why: string): void {
    this.found.push({ sheet: null, row: 0, col: 0, why });
  }
}

/** The problems as the form has them: sheet by sheet, row by row; those of no one cell last. */
function inFormOrder(found: FormProblem[], sheets: FormSheet[]): string[] {
  const sheetOrder = (p: FormProblem) => (p.sheet === null ? sheets.length : sheets.findIndex((s) => s.name === p.sheet));
  return [...found].sort((a, b) => sheetOrder(a) - sheetOrder(b) || a.row - b.row || a.col - b.col).map((p) => p.why);
}

function textAnswer(cell: AnswerCell, problems: Problems): string | null {
  if (typeof cell.value === "object" && cell.value !== null && !(cell.value instanceof Date)) return problems.at(cell, `có lỗi công thức ${cell.value.error}`);
  const text = nfc(textOf(cell.value)).trim();
  return text === "" ? null : text;
}

/** A percentage format scales the number it shows: 0,975 shown as 97,5 % is 97,5. Quoted text ("%") does not. */
const scalesAsPercent = (numFmt: string) => numFmt.replace(/"[^"]*"/g, "").includes("%");

function numberAnswer(cell: AnswerCell, problems: Problems): number | null {
  const { value } = cell;
  if (typeof value === "number") return scalesAsPercent(cell.numFmt) ? Number((value * 100).toPrecision(15)) : value;
  if (value instanceof Date) return problems.at(cell, `Excel đã đổi số thành ngày ${textOf(value)}; hãy gõ lại số`);
  const text = textAnswer(cell, problems);
  if (text === null) return null;
  const parsed = parseVietnameseNumber(text);
  return parsed.kind === "number" ? parsed.value : problems.at(cell, `"${text}" không phải là số (hãy viết kiểu 1.234,5)`);
}

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function dateAnswer(cell: AnswerCell, problems: Problems, date1904: boolean): string | null {
  const { value } = cell;
  // exceljs gives a date cell as a Date at midnight UTC: its UTC parts are the day, whatever the machine's time zone.
  if (value instanceof Date) return checkedDay(utcDate(value), textOf(value), cell, problems);
  if (typeof value === "number") {
    const day = excelSerialDate(Math.floor(value), date1904);
    return checkedDay(Number.isFinite(day.getTime()) ? utcDate(day) : "", String(value), cell, problems);
  }
  const text = textAnswer(cell, problems);
  if (text === null) return null;
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return checkedDay(isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])), text, cell, problems);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return checkedDay(text, text, cell, problems);
  return problems.at(cell, `"${text}" không phải là ngày (hãy viết kiểu dd/mm/yyyy, ví dụ 05/08/2025)`);
}

const checkedDay = (iso: string, shownAs: string, cell: AnswerCell, problems: Problems): string | null => (parseIsoDate(iso) ? iso : problems.at(cell, `ngày "${shownAs}" không tồn tại`));

function limited(text: string | null, max: number, what: string, cell: AnswerCell, problems: Problems): string | null {
  return text !== null && text.length > max ? problems.at(cell, `${what} dài quá ${formatNumber(max)} ký tự`) : text;
}

type DocumentRef = DepartmentPart["evidence"][number]["answer"][number];
type DocumentCells = Record<"numberSymbol" | "date" | "summary", AnswerCell>;

/** One answer row of "Minh chứng": a document, nothing when the row is blank or has a problem (then noted). */
function documentAnswer(cells: DocumentCells, problems: Problems, date1904: boolean): DocumentRef | null {
  const before = problems.found.length;
  const numberSymbol =
    cells.numberSymbol.value instanceof Date
      ? problems.at(cells.numberSymbol, "số, ký hiệu văn bản đã bị Excel đổi thành ngày; hãy định dạng ô là Văn bản (Text) rồi gõ lại")
      : limited(textAnswer(cells.numberSymbol, problems), FIELD_LIMITS.code, "số, ký hiệu văn bản", cells.numberSymbol, problems);
  const date = dateAnswer(cells.date, problems, date1904);
  const summary = limited(textAnswer(cells.summary, problems), FIELD_LIMITS.summary, "trích yếu", cells.summary, problems);
  if (problems.found.length > before) return null;
  if (numberSymbol === null && date === null && summary === null) return null;
  if (numberSymbol === null) return problems.at(cells.numberSymbol, "thiếu số, ký hiệu văn bản");
  if (date === null) return problems.at(cells.date, "thiếu ngày ban hành của văn bản");
  return { numberSymbol, date, summary: summary ?? "" };
}

/** Where each answer of the part was read from, to name the cell of a problem. */
interface AnswerPlaces {
  figures: AnswerCell[];
  texts: AnswerCell[];
  /** Per evidence item, per document kept: its number and date cells. */
  evidence: { numberSymbol: AnswerCell; date: AnswerCell }[][];
}

interface ReadAnswers {
  part: DepartmentPart;
  places: AnswerPlaces;
  filler: string | null;
  phone: string | null;
}

function answerCells(wb: Workbook, sheets: FormSheet[]): { slot: AnswerSlot; cell: AnswerCell }[] {
  return sheets.flatMap((sheet) => {
    const ws = wb.getWorksheet(sheet.name)!;
    return sheet.cells.flatMap((c) => {
      if (!c.slot) return [];
      const cell = ws.getCell(c.row, c.col);
      return [{ slot: c.slot, cell: { sheet: sheet.name, row: c.row, col: c.col, value: plainValue(cell.value), numFmt: cell.numFmt ?? "" } }];
    });
  });
}

/** The answers of `sheets` (the others' answers stay as sent), every problem of a cell noted. */
function readAnswers(wb: Workbook, sheets: FormSheet[], sent: DepartmentPart, problems: Problems): ReadAnswers {
  const date1904 = wb.properties.date1904 === true;
  const part = structuredClone(sent);
  const places: AnswerPlaces = { figures: [], texts: [], evidence: sent.evidence.map(() => []) };
  let filler: string | null = null;
  let phone: string | null = null;
  const rows = new Map<string, Partial<DocumentCells>>();
  for (const { slot, cell } of answerCells(wb, sheets)) {
    if (slot.kind === "filler") filler = limited(textAnswer(cell, problems), FIELD_LIMITS.personName, "tên người điền", cell, problems);
    else if (slot.kind === "phone") phone = limited(textAnswer(cell, problems), MAX_PHONE_LENGTH, "số điện thoại", cell, problems);
    else if (slot.kind === "figure") {
      part.figures[slot.index]!.answer = numberAnswer(cell, problems);
      places.figures[slot.index] = cell;
    } else if (slot.kind === "text") {
      part.texts[slot.index]!.answer = textAnswer(cell, problems);
      places.texts[slot.index] = cell;
    } else {
      const key = `${slot.index}:${slot.ref}`;
      rows.set(key, { ...rows.get(key), [slot.field]: cell });
    }
  }
  part.evidence.forEach((item, index) => {
    if (!rows.has(`${index}:0`)) return;
    item.answer = [];
    for (let ref = 0; rows.has(`${index}:${ref}`); ref++) {
      const cells = rows.get(`${index}:${ref}`) as DocumentCells;
      const document = documentAnswer(cells, problems, date1904);
      if (!document) continue;
      item.answer.push(document);
      places.evidence[index]!.push(cells);
    }
  });
  return { part, places, filler, phone };
}

/** The cell an answer problem is about: for a document, its number when that is missing, else its date; none for an evidence item as a whole. */
function problemCell(problem: AnswerProblem, part: DepartmentPart, places: AnswerPlaces): AnswerCell | null {
  if (problem.kind === "figure") return places.figures[problem.index] ?? null;
  if (problem.kind === "text") return places.texts[problem.index] ?? null;
  if (problem.ref === undefined) return null;
  const document = part.evidence[problem.index]!.answer[problem.ref]!;
  const cells = places.evidence[problem.index]![problem.ref];
  if (!cells) return null;
  return document.numberSymbol ? cells.date : cells.numberSymbol;
}

/** Every problem of the answers by the rule the app applies, each at its cell. */
function checkAnswers(part: DepartmentPart, places: AnswerPlaces, windowTo: string, problems: Problems): void {
  for (const problem of answerProblems(part, windowTo)) {
    const cell = problemCell(problem, part, places);
    if (cell) problems.at(cell, problem.message.replace(/\.$/, ""));
    else problems.add(problem.message);
  }
}

/**
 * A filled form read back as the department's reply. The package inside it
 * is verified, every locked cell compared with the form it was written as,
 * and every answer read and checked. A file that is not the form is refused
 * at once; otherwise every problem of every sheet is gathered, and the file
 * refused with all of them, each naming its sheet and cell.
 */
export async function readXlsxForm(bytes: Buffer, fileName: string, now: Date = new Date()): Promise<OpenedPackage> {
  const refuse = refuser(fileName);
  const wb = await openWorkbook(bytes, refuse);
  const sent = sentPackage(wb, refuse);
  const sheets = formLayout(sent.manifest, sent.part);
  const problems = new Problems();
  const readable: FormSheet[] = [];
  for (const sheet of sheets) {
    const ws = wb.getWorksheet(sheet.name);
    if (!ws) {
      problems.add(`thiếu trang "${sheet.name}" (trang đã bị xóa hoặc đổi tên); hãy điền lại trên mẫu đã nhận`);
      continue;
    }
    const locked = lockedCellProblems(ws, sheet);
    problems.found.push(...locked.problems);
    // With rows moved, the answer cells hold other rows' answers: nothing is read from that sheet.
    if (!locked.shifted) readable.push(sheet);
  }
  const read = readAnswers(wb, readable, sent.part, problems);
  const part = tidyAnswers(read.part);
  checkAnswers(part, read.places, sent.manifest.window.to, problems);
  if (problems.found.length > 0) throw replyRefused(fileName, inFormOrder(problems.found, sheets));
  const filler = read.filler ?? sent.manifest.department.name;
  const manifest = sealManifest(
    {
      ...sent.manifest,
      direction: "tra_loi",
      createdBy: read.phone ? `${filler}, ĐT ${read.phone}` : filler,
      createdAt: localNow(now),
    },
    part,
  );
  return { manifest: manifestSchema.parse(manifest), part: partSchema.parse(part), fileSha256: packageSha256(bytes) };
}
