/** Writing the department's Excel form: every sheet of the layout styled and protected, and the package itself in the hidden sheet "_goi". */
import type { Alignment, Borders, Cell, Fill, Font, Workbook } from "exceljs";
import { AppError } from "../../../shared/errors";
import ExcelJS from "../../import/exceljs";
import { sealManifest } from "../container";
import { type DepartmentPart, type PackageManifest } from "../format";
import { DATA_LABELS, FORM_SHEETS, fontPt, formLayout, isBold, type FormCell, type FormSheet, type Look } from "./layout";

/** Only a guard against slips: whoever has the password can change a locked cell, and the import then refuses the file. */
const FORM_PASSWORD = "cchc-xa";
const PROTECTION = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, spinCount: 1_000 };

/** Characters per cell of "_goi": below Excel's limit of 32 767. */
const DATA_CHUNK = 30_000;

const thin = { style: "thin", color: { argb: "FF808080" } } as const;
const BORDERED: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const solid = (argb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const YELLOW = solid("FFFFF2A8");
const GREY = solid("FFE7E6E6");

interface LookStyle {
  alignment: Partial<Alignment>;
  font?: Partial<Font>;
  border?: Partial<Borders>;
  fill?: Fill;
}

const LOOKS: Record<Look, LookStyle> = {
  title: { alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  note: { alignment: { horizontal: "left", vertical: "top", wrapText: true }, font: { italic: true } },
  label: { alignment: { horizontal: "left", wrapText: true } },
  info: { alignment: { horizontal: "left", wrapText: true } },
  strong: { alignment: { horizontal: "left", wrapText: true }, font: { color: { argb: "FFC00000" } } },
  step: { alignment: { horizontal: "left", wrapText: true } },
  header: { alignment: { horizontal: "center", vertical: "middle", wrapText: true }, border: BORDERED, fill: GREY },
  center: { alignment: { horizontal: "center" }, border: BORDERED },
  left: { alignment: { horizontal: "left", wrapText: true }, border: BORDERED },
  code: { alignment: { horizontal: "left", wrapText: true }, border: BORDERED, font: { color: { argb: "FF595959" } } },
  figure: { alignment: { horizontal: "right", indent: 1 }, border: BORDERED },
  item: { alignment: { horizontal: "left", wrapText: true }, border: BORDERED, fill: GREY },
  itemDocuments: { alignment: { horizontal: "left", wrapText: true }, border: BORDERED, fill: GREY, font: { italic: true } },
  answer: { alignment: { horizontal: "left", wrapText: true }, border: BORDERED, fill: YELLOW },
  answerNumber: { alignment: { horizontal: "right", indent: 1 }, border: BORDERED, fill: YELLOW },
  answerDate: { alignment: { horizontal: "center" }, border: BORDERED, fill: YELLOW },
};

/** Looks that sit in their row their own way; every other cell as its sheet says. */
const OWN_VERTICAL: readonly Look[] = ["title", "note", "header"];

function styleCell(cell: Cell, c: FormCell, vertical: FormSheet["vertical"]): void {
  const look = LOOKS[c.look];
  cell.font = { name: "Times New Roman", size: fontPt(c.look), bold: isBold(c.look), ...look.font };
  cell.alignment = OWN_VERTICAL.includes(c.look) ? look.alignment : { ...look.alignment, vertical };
  if (look.border) cell.border = look.border;
  if (look.fill) cell.fill = look.fill;
  if (c.numFmt) cell.numFmt = c.numFmt;
  cell.protection = { locked: !c.slot };
  if (c.rule) cell.dataValidation = { ...c.rule, allowBlank: true, showErrorMessage: true, errorStyle: "stop", showInputMessage: true };
}

const CM = 1 / 2.54;

async function writeSheet(wb: Workbook, sheet: FormSheet): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: "frozen", ySplit: sheet.headerRow ?? 0, showGridLines: false }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 1.5 * CM, right: 1.5 * CM, top: 1.5 * CM, bottom: 1.5 * CM, header: 0.8 * CM, footer: 0.8 * CM },
      ...(sheet.headerRow ? { printTitlesRow: `${sheet.headerRow}:${sheet.headerRow}` } : {}),
    },
    headerFooter: { oddFooter: '&C&"Times New Roman,Regular"&10Trang &P/&N' },
  });
  ws.columns = sheet.widths.map((width) => ({ width }));
  for (const c of sheet.cells) {
    ws.getCell(c.row, c.col).value = c.value;
    for (let col = c.col; col <= (c.mergeTo ?? c.col); col++) styleCell(ws.getCell(c.row, col), c, sheet.vertical);
    if (c.mergeTo) ws.mergeCells(c.row, c.col, c.row, c.mergeTo);
  }
  for (const [row, height] of sheet.heights) ws.getRow(row).height = height;
  await ws.protect(FORM_PASSWORD, PROTECTION);
}

/** Cells of at most DATA_CHUNK characters, never splitting a character written with two UTF-16 units. */
function chunks(text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + DATA_CHUNK, text.length);
    if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1]!)) end -= 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

function writeDataSheet(wb: Workbook, manifest: PackageManifest, part: DepartmentPart): void {
  const ws = wb.addWorksheet(FORM_SHEETS.data, { state: "veryHidden" });
  ws.addRow([DATA_LABELS.manifest, ...chunks(JSON.stringify(manifest))]);
  ws.addRow([DATA_LABELS.part, ...chunks(JSON.stringify(part))]);
}

/**
 * The form for a package being sent ("giao"), with the package inside it.
 * `manifest` and `part` are the package's own, as readPackage gives them.
 */
export async function writeXlsxForm(manifest: PackageManifest, part: DepartmentPart): Promise<Buffer> {
  if (manifest.direction !== "giao") throw new AppError("package_form", "Chỉ lập được mẫu Excel từ gói giao việc, không phải từ gói trả lời.");
  // The checksum is taken again over the part as the form holds it: read by a newer app, a package's part may have gained fields with defaults.
  const sealed = sealManifest(manifest, part);
  const wb = new ExcelJS.Workbook();
  wb.creator = "CCHC Xã";
  wb.title = `Phần việc của ${manifest.department.name} – ${manifest.window.label}`;
  for (const sheet of formLayout(manifest, part)) await writeSheet(wb, sheet);
  writeDataSheet(wb, sealed, part);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
