/**
 * A department's part as an Excel form, for a department without the app:
 * the same part a .cchc carries, laid out to be filled in Excel or
 * LibreOffice and imported back as the department's reply.
 *
 * The form carries the package it was made from (manifest and part, in the
 * very hidden sheet "_goi", the part checked against the manifest's
 * checksum). Reading it back rebuilds the whole layout from that package –
 * with the same function that wrote it – and refuses the file when any
 * locked cell differs, so only the yellow answer cells can bring anything
 * in. Sheet protection only guards against slips; this comparison is the
 * real check. Figures, texts and documents shown as "current" always come
 * from the package, never from the sheet.
 */
import { formatDateVi } from "../../../shared/dates";
import { rowHeightPt, wrappedLineCount } from "../../exports/xlsx-row-height";
import { FIELD_LIMITS } from "../../field-limits";
import { takesDecimals } from "../../indicators/catalogue";
import { MAX_FIGURE } from "../answers";
import { PART_ENTRY, type DepartmentPart, type PackageManifest } from "../format";
import { figureFormat } from "../../exports/figure-cell";
import { formatNumber } from "../../number-format";

export const FORM_SHEETS = { guide: "Hướng dẫn", figures: "Số liệu", texts: "Nội dung", evidence: "Minh chứng", data: "_goi" } as const;

/** Answer rows offered under each item of the "Minh chứng" sheet (more when the part already names more documents). */
export const EVIDENCE_ROWS = 5;

/** The rows of the hidden sheet "_goi": the package the form was made from. */
export const DATA_LABELS = { manifest: "manifest.json", part: PART_ENTRY } as const;

/** Beyond Excel's 32 767 characters a cell is cut when the file is opened; the form shows less, and says so. */
const MAX_SHOWN_TEXT = 32_000;
/** Excel's tallest row. */
const MAX_ROW_PT = 409;

export type AnswerSlot =
  | { kind: "filler" }
  | { kind: "phone" }
  | { kind: "figure"; index: number }
  | { kind: "text"; index: number }
  | { kind: "evidence"; index: number; ref: number; field: "numberSymbol" | "date" | "summary" };

export type Look = "title" | "note" | "label" | "info" | "strong" | "step" | "header" | "center" | "left" | "code" | "figure" | "item" | "itemDocuments" | "answer" | "answerNumber" | "answerDate";

/**
 * Excel's own check of an answer cell (its data validation), told when the
 * cell is left: a whole number, a decimal, a date or a text within bounds,
 * with the title and message of the refusal and the prompt shown on the
 * cell. Only a help: the import checks every answer again.
 */
export interface AnswerRule {
  type: "whole" | "decimal" | "date" | "textLength";
  operator: "between" | "lessThanOrEqual";
  formulae: (number | Date)[];
  errorTitle: string;
  error: string;
  promptTitle: string;
  prompt: string;
}

export interface FormCell {
  row: number;
  col: number;
  /** A Date only in an answer cell: a document's date already answered. */
  value: string | number | Date | null;
  look: Look;
  numFmt?: string;
  /** The last column of a merged range that starts here. */
  mergeTo?: number;
  /** Set on the cells the department fills; every other cell is locked. */
  slot?: AnswerSlot;
  rule?: AnswerRule;
}

export interface FormSheet {
  name: string;
  widths: number[];
  cells: FormCell[];
  heights: Map<number, number>;
  /** The table's header row: frozen on screen and repeated on every printed page. */
  headerRow: number | null;
  orientation: "portrait" | "landscape";
  /** Where the table's cells sit: one-line figures in the middle of their row, long texts at its top. */
  vertical: "top" | "middle";
}

const PT = { title: 14, body: 12, code: 10 } as const;
export const fontPt = (look: Look) => (look === "title" ? PT.title : look === "code" ? PT.code : PT.body);
export const isBold = (look: Look) => look === "title" || look === "label" || look === "strong" || look === "header" || look === "item";
const wraps = (look: Look) => look !== "figure" && look !== "answerNumber" && look !== "answerDate" && look !== "center";

/** A text as a cell can hold it: line breaks as Excel keeps them, no control characters (invalid in the file). */
const cellText = (text: string) => text.replace(/\r\n?|\v/g, "\n").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

/** What a locked cell shows of a text: cut to what a cell holds. An answer is never cut: it comes back as the department's. */
function shown(text: string): string {
  const clean = cellText(text);
  return clean.length > MAX_SHOWN_TEXT ? `${clean.slice(0, MAX_SHOWN_TEXT)}… (còn tiếp, xem trên máy)` : clean;
}

function sheetBuilder(name: string, widths: number[], orientation: FormSheet["orientation"], vertical: FormSheet["vertical"] = "top") {
  const sheet: FormSheet = { name, widths, cells: [], heights: new Map(), headerRow: null, orientation, vertical };
  let row = 0;
  const widthOf = (c: Omit<FormCell, "row">) => widths.slice(c.col - 1, c.mergeTo ?? c.col).reduce((sum, w) => sum + w, 0);
  return {
    sheet,
    skip: () => void row++,
    /** Adds the next row, as tall as its longest wrapped text (at least `minLines` lines); returns its number. */
    add(cells: Omit<FormCell, "row">[], minLines = 1): number {
      row += 1;
      let height = rowHeightPt(minLines, PT.body);
      for (const c of cells) {
        const value = typeof c.value === "string" ? (c.slot ? cellText(c.value) : shown(c.value)) : c.value;
        sheet.cells.push({ ...c, row, value });
        if (typeof value === "string" && value && wraps(c.look)) {
          const lines = wrappedLineCount(value, { widthChars: widthOf(c), fontPt: fontPt(c.look), bold: isBold(c.look) });
          height = Math.max(height, rowHeightPt(lines, fontPt(c.look)));
        }
      }
      sheet.heights.set(row, Math.min(height, MAX_ROW_PT));
      return row;
    },
  };
}

const upper = (s: string) => s.toLocaleUpperCase("vi");

/** "02/12/2026 07:24" for '2026-12-02 07:24:21'. */
const shownMoment = (moment: string) => `${formatDateVi(moment.slice(0, 10))} ${moment.slice(11, 16)}`;

/** "11:00 ngày 09/10/2025", or "ngày 10/09/2025" for a date alone. */
function shownDeadline(deadline: string | null): string {
  if (!deadline) return "Không đặt hạn";
  const day = `ngày ${formatDateVi(deadline.slice(0, 10))}`;
  return deadline.length > 10 ? `${deadline.slice(11, 16)} ${day}` : day;
}

/** An answer cell: a text cell unless it takes a number or a date. */
const answerCell = (col: number, slot: AnswerSlot, value: FormCell["value"], rule?: AnswerRule, look: Look = "answer", numFmt = "@"): Omit<FormCell, "row"> => ({
  col,
  value,
  look,
  numFmt,
  slot,
  ...(rule ? { rule } : {}),
});

/** The unit a figure is counted in, in words; a package of an earlier version has only its code. */
const unitWords = (f: DepartmentPart["figures"][number]) => f.unitName ?? f.unit;

/** Whether the answer of a figure may have decimals, and its bounds: a rate 0–100, any other figure 0 up to MAX_FIGURE. */
function figureRule(f: DepartmentPart["figures"][number]): AnswerRule {
  const unit = unitWords(f);
  const [kind, max, rule] =
    f.unit === "%"
      ? (["decimal", 100, "số từ 0 đến 100, không ghi dấu %, ví dụ 97,5"] as const)
      : takesDecimals(f.unit)
        ? (["decimal", MAX_FIGURE, "số không âm, được có phần thập phân, ví dụ 1.234,5"] as const)
        : (["whole", MAX_FIGURE, "số nguyên, không âm, ví dụ 1.234"] as const);
  return {
    type: kind,
    operator: "between",
    formulae: [0, max],
    errorTitle: "Số liệu chưa đúng",
    error: `Đơn vị tính: ${unit}. Hãy ghi ${rule}.`,
    promptTitle: "Số liệu của phòng",
    prompt: `Đơn vị tính: ${unit}. Ghi ${rule}; để trống nếu số liệu khi giao đã đúng.`,
  };
}

/** A whole number as "#,##0" shows it; a figure with decimals as the clerk typed it. */
const answerFormat = (f: DepartmentPart["figures"][number]) => (takesDecimals(f.unit) ? "General" : "#,##0");

/** A date of the evidence sheet's answers: a real date, no later than the window's last day. */
const dateRule = (windowTo: string): AnswerRule => ({
  type: "date",
  operator: "lessThanOrEqual",
  formulae: [dayOf(windowTo)],
  errorTitle: "Ngày chưa đúng",
  error: `Hãy ghi ngày ban hành dạng dd/mm/yyyy, không sau ngày ${formatDateVi(windowTo)} (ngày cuối kỳ báo cáo).`,
  promptTitle: "Ngày ban hành",
  prompt: "Ghi dạng dd/mm/yyyy, ví dụ 05/08/2025.",
});

/** A text answer within its limit. */
const textRule = (max: number, title: string, prompt: string): AnswerRule => ({
  type: "textLength",
  operator: "between",
  formulae: [0, max],
  errorTitle: "Nội dung quá dài",
  error: `${title} dài tối đa ${formatNumber(max)} ký tự.`,
  promptTitle: title,
  prompt,
});

/** The day as Excel holds a date cell: midnight UTC, whatever the machine's time zone. */
const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

function guideSheet(manifest: PackageManifest, part: DepartmentPart): FormSheet {
  const b = sheetBuilder(FORM_SHEETS.guide, [26, 74], "portrait");
  b.add([{ col: 1, value: `PHẦN VIỆC CỦA ${upper(manifest.department.name)}`, look: "title", mergeTo: 2 }]);
  b.skip();
  const facts: [string, string, Look][] = [
    ["Đơn vị", manifest.unit.name, "info"],
    ["Báo cáo", manifest.outline.name, "info"],
    ["Kỳ số liệu", manifest.window.label, "info"],
    ["Người giao", manifest.createdBy, "info"],
    ["Ngày giờ giao", shownMoment(manifest.createdAt), "info"],
    ["Hạn gửi lại", shownDeadline(manifest.deadline), "strong"],
  ];
  for (const [label, value, look] of facts)
    b.add([
      { col: 1, value: label, look: "label" },
      { col: 2, value, look },
    ]);
  b.skip();
  b.add([{ col: 1, value: "Cách điền", look: "label", mergeTo: 2 }]);
  const steps = [
    "Chỉ điền vào các ô nền vàng. Các ô khác đã khóa: không sửa, không thêm hoặc xóa dòng, không đổi tên trang.",
    part.figures.length > 0 && `Trang “${FORM_SHEETS.figures}”: ghi số liệu của phòng vào cột “Số liệu của phòng”; để trống nếu số liệu trên máy khi giao đã đúng.`,
    part.texts.length > 0 && `Trang “${FORM_SHEETS.texts}”: viết nội dung của phòng cho từng mục; để trống nếu giữ nguyên nội dung hiện có.`,
    part.evidence.length > 0 &&
      `Trang “${FORM_SHEETS.evidence}”: dưới mỗi mục có các dòng để ghi văn bản làm minh chứng (số, ký hiệu; ngày ban hành; trích yếu); dòng nào không dùng thì để trống. ${documentNotes(manifest)}`,
    "Số viết kiểu 1.234,5 (dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân); tỷ lệ phần trăm chỉ ghi số, ví dụ 97,5.",
    "Ngày viết kiểu dd/mm/yyyy, ví dụ 05/08/2025.",
    "Điền xong, lưu tệp (giữ dạng .xlsx) và gửi lại cho Phòng Văn hóa - Xã hội trước hạn gửi lại nêu trên.",
  ].filter((s): s is string => typeof s === "string");
  steps.forEach((step, i) => b.add([{ col: 1, value: `${i + 1}. ${step}`, look: "step", mergeTo: 2 }]));
  b.skip();
  b.add([{ col: 1, value: "Thông tin người điền", look: "label", mergeTo: 2 }]);
  b.add([{ col: 1, value: "Người điền", look: "label" }, answerCell(2, { kind: "filler" }, null)]);
  b.add([{ col: 1, value: "Số điện thoại (nếu có)", look: "label" }, answerCell(2, { kind: "phone" }, null)]);
  return b.sheet;
}

/** A sheet's title, its note, a blank row and the header row. */
function tableTop(b: ReturnType<typeof sheetBuilder>, title: string, note: string, headers: string[]): void {
  const last = headers.length;
  b.add([{ col: 1, value: title, look: "title", mergeTo: last }]);
  b.add([{ col: 1, value: note, look: "note", mergeTo: last }]);
  b.skip();
  b.sheet.headerRow = b.add(headers.map((value, i) => ({ col: i + 1, value, look: "header" })));
}

function figuresSheet(manifest: PackageManifest, part: DepartmentPart): FormSheet {
  const b = sheetBuilder(FORM_SHEETS.figures, [6, 31, 52, 9, 15, 15], "landscape", "middle");
  tableTop(
    b,
    `SỐ LIỆU PHỤ LỤC 3 – ${upper(manifest.department.name)}`,
    `${manifest.window.label}. Ghi số liệu của phòng vào cột “Số liệu của phòng” (ô nền vàng), viết kiểu 1.234,5; để trống nếu số liệu trên máy khi giao đã đúng.`,
    ["STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Số liệu trên máy khi giao", "Số liệu của phòng"],
  );
  part.figures.forEach((f, index) =>
    b.add([
      { col: 1, value: index + 1, look: "center" },
      { col: 2, value: f.code, look: "code" },
      { col: 3, value: f.label, look: "left" },
      { col: 4, value: unitWords(f), look: "center" },
      f.current === null ? { col: 5, value: null, look: "figure" } : { col: 5, value: f.current, look: "figure", numFmt: figureFormat(f.current, f.unit === "%" ? " %" : "") },
      answerCell(6, { kind: "figure", index }, f.answer, figureRule(f), "answerNumber", answerFormat(f)),
    ]),
  );
  return b.sheet;
}

/** Room to write in: the answer cell of a text is at least this many lines tall. */
const TEXT_ANSWER_LINES = 6;

function textsSheet(manifest: PackageManifest, part: DepartmentPart): FormSheet {
  const b = sheetBuilder(FORM_SHEETS.texts, [6, 10, 34, 46, 58], "landscape");
  tableTop(
    b,
    `NỘI DUNG BÁO CÁO – ${upper(manifest.department.name)}`,
    `${manifest.window.label}. Viết nội dung của phòng vào cột “Nội dung của phòng” (ô nền vàng); để trống nếu giữ nguyên nội dung hiện có. Xuống dòng trong ô: Alt+Enter (Excel) hoặc Ctrl+Enter (LibreOffice).`,
    ["STT", "Mục", "Yêu cầu", "Nội dung hiện có", "Nội dung của phòng"],
  );
  part.texts.forEach((t, index) =>
    b.add(
      [
        { col: 1, value: index + 1, look: "center" },
        { col: 2, value: t.itemKey, look: "center" },
        { col: 3, value: t.wording, look: "left" },
        { col: 4, value: t.current, look: "left" },
        answerCell(5, { kind: "text", index }, t.answer),
      ],
      TEXT_ANSWER_LINES,
    ),
  );
  return b.sheet;
}

/** What happens to a document the commune's register lacks (merge.ts enters it). */
const NEW_DOCUMENTS = "Văn bản chưa có trong sổ văn bản của xã được ghi vào sổ khi nhận lại mẫu: hãy ghi đủ số, ký hiệu, ngày ban hành và trích yếu.";

/** Where the documents' files go (the form carries none): said from FORM_EDITION 2 on, so a form made before reads back against its own wording. */
const FILES_ELSEWHERE =
  "Tệp văn bản (bản quét PDF, ảnh chụp…) không chèn vào mẫu này: tệp đi kèm trong gói phòng ban .cchc của ứng dụng, hoặc gửi riêng cho Phòng Văn hóa - Xã hội để đính kèm vào sổ văn bản.";

const documentNotes = (manifest: PackageManifest) => ((manifest.formEdition ?? 1) >= 2 ? `${NEW_DOCUMENTS} ${FILES_ELSEWHERE}` : NEW_DOCUMENTS);

const NUMBER_SYMBOL_RULE = textRule(FIELD_LIMITS.code, "Số, ký hiệu văn bản", "Ghi đúng như trên văn bản, ví dụ 12/QĐ-UBND.");
const SUMMARY_RULE = textRule(FIELD_LIMITS.summary, "Trích yếu", "Trích yếu nội dung văn bản; phải ghi nếu văn bản chưa có trong sổ văn bản của xã.");

const documentLine = (d: { numberSymbol: string; date: string; summary: string }) => `– ${d.numberSymbol} ngày ${formatDateVi(d.date)}${d.summary ? `: ${d.summary}` : ""}`;

function evidenceSheet(manifest: PackageManifest, part: DepartmentPart): FormSheet {
  const b = sheetBuilder(FORM_SHEETS.evidence, [10, 26, 16, 58], "portrait");
  tableTop(
    b,
    `MINH CHỨNG – ${upper(manifest.department.name)}`,
    `${manifest.window.label}. Dưới mỗi mục, ghi văn bản làm minh chứng vào các dòng nền vàng: số, ký hiệu; ngày ban hành (dd/mm/yyyy, không sau ngày ${formatDateVi(manifest.window.to)}); trích yếu. Dòng nào không dùng thì để trống. ${documentNotes(manifest)}`,
    ["Mục", "Số, ký hiệu văn bản", "Ngày ban hành", "Trích yếu"],
  );
  part.evidence.forEach((e, index) => {
    b.add([
      { col: 1, value: e.itemKey, look: "item" },
      { col: 2, value: e.wording, look: "item", mergeTo: 4 },
    ]);
    const documents = [
      ...(e.current.length > 0 ? ["Văn bản đã có:", ...e.current.map(documentLine)] : []),
      ...(e.coveredAbove.length > 0 ? [`Đã có ở mục cấp trên (không cần ghi lại): ${e.coveredAbove.map((d) => d.numberSymbol).join("; ")}.`] : []),
    ];
    if (documents.length > 0)
      b.add([
        { col: 1, value: null, look: "itemDocuments" },
        { col: 2, value: documents.join("\n"), look: "itemDocuments", mergeTo: 4 },
      ]);
    for (let ref = 0; ref < Math.max(EVIDENCE_ROWS, e.answer.length); ref++) {
      const d = e.answer[ref];
      b.add([
        { col: 1, value: null, look: "center" },
        answerCell(2, { kind: "evidence", index, ref, field: "numberSymbol" }, d?.numberSymbol ?? null, NUMBER_SYMBOL_RULE),
        answerCell(3, { kind: "evidence", index, ref, field: "date" }, d ? dayOf(d.date) : null, dateRule(manifest.window.to), "answerDate", "dd/mm/yyyy"),
        answerCell(4, { kind: "evidence", index, ref, field: "summary" }, d?.summary ?? null, SUMMARY_RULE),
      ]);
    }
  });
  return b.sheet;
}

/** Every visible sheet of the form for a package, in order. */
export function formLayout(manifest: PackageManifest, part: DepartmentPart): FormSheet[] {
  return [
    guideSheet(manifest, part),
    ...(part.figures.length > 0 ? [figuresSheet(manifest, part)] : []),
    ...(part.texts.length > 0 ? [textsSheet(manifest, part)] : []),
    ...(part.evidence.length > 0 ? [evidenceSheet(manifest, part)] : []),
  ];
}
