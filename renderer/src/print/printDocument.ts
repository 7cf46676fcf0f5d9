import { formatNumber } from "../format";

export type PrintValue = string | number | null | undefined;

export interface PrintColumn<T> {
  title: string;
  value: (row: T) => PrintValue;
  /** Relative width; columns without one share what is left. */
  width?: number;
  align?: "left" | "center" | "right";
}

export interface PrintSpec<T> {
  title: string;
  /** The filter or period the list was printed with. */
  subtitle?: string;
  columns: readonly PrintColumn<T>[];
  rows: readonly T[];
  /** A line under the table, e.g. that the list was cut at the print limit. */
  note?: string;
}

/** More columns than this do not fit an A4 page upright. */
const PORTRAIT_MAX_COLUMNS = 5;
const NUMBER_WIDTH = 5;
const DEFAULT_WIDTH = 12;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const cellText = (value: PrintValue): string => {
  if (value === null || value === undefined || value === "") return "–";
  return typeof value === "number" ? formatNumber(value) : value;
};

/** "09/03/2027", the day the list was printed. */
export const printedDate = (day: Date): string => `${String(day.getDate()).padStart(2, "0")}/${String(day.getMonth() + 1).padStart(2, "0")}/${day.getFullYear()}`;

function styles(landscape: boolean): string {
  return `
@page { size: A4 ${landscape ? "landscape" : "portrait"}; margin: 15mm 12mm 16mm 15mm;
  @bottom-right { content: "Trang " counter(page) "/" counter(pages); font: 10pt "Times New Roman", serif; } }
* { box-sizing: border-box; }
body { margin: 0; color: #000; background: #fff; font: 12pt/1.3 "Times New Roman", "Liberation Serif", "Tinos", serif; }
.unit { font-weight: 700; text-transform: uppercase; }
.printed { float: right; font-style: italic; }
h1 { clear: both; margin: 10pt 0 2pt; font-size: 15pt; text-align: center; text-transform: uppercase; }
.subtitle { margin: 0 0 8pt; text-align: center; font-style: italic; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 11pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; overflow-wrap: anywhere; }
th { text-align: center; vertical-align: middle; font-weight: 700; }
td.right { text-align: right; }
td.center { text-align: center; }
.note { margin-top: 6pt; font-style: italic; }
.total { margin-top: 6pt; }`;
}

/** The whole print document: unit, title, filter, printed date, and the table whose header repeats on every page. */
export function printHtml<T>(spec: PrintSpec<T>, unitName: string, printedOn: Date): string {
  const landscape = spec.columns.length > PORTRAIT_MAX_COLUMNS;
  const widths = [NUMBER_WIDTH, ...spec.columns.map((c) => c.width ?? DEFAULT_WIDTH)];
  const sum = widths.reduce((a, b) => a + b, 0);
  const colgroup = widths.map((w) => `<col style="width:${((w / sum) * 100).toFixed(2)}%">`).join("");
  const head = ["STT", ...spec.columns.map((c) => c.title)].map((t) => `<th>${escapeHtml(t)}</th>`).join("");
  const body = spec.rows
    .map((row, i) => {
      const cells = spec.columns.map((c) => `<td class="${c.align ?? "left"}">${escapeHtml(cellText(c.value(row)))}</td>`).join("");
      return `<tr><td class="center">${formatNumber(i + 1)}</td>${cells}</tr>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(spec.title)}</title><style>${styles(landscape)}</style></head>
<body>
<div class="printed">In ngày ${printedDate(printedOn)}</div>
<div class="unit">${escapeHtml(unitName)}</div>
<h1>${escapeHtml(spec.title)}</h1>
${spec.subtitle ? `<p class="subtitle">${escapeHtml(spec.subtitle)}</p>` : ""}
<table><colgroup>${colgroup}</colgroup><thead><tr>${head}</tr></thead>
<tbody>
${body || `<tr><td colspan="${spec.columns.length + 1}" class="center">Không có dòng nào.</td></tr>`}
</tbody></table>
<p class="total">Tổng số: ${formatNumber(spec.rows.length)} dòng.</p>
${spec.note ? `<p class="note">${escapeHtml(spec.note)}</p>` : ""}
</body></html>`;
}
