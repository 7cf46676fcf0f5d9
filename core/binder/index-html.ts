/**
 * The binder's table of contents, "00-Muc-luc.html": one plain page (styles
 * inline, no script) that any browser opens from a USB stick with no app
 * installed. It goes item by item through the outline: the documents of each
 * with links to their files, relative and encoded segment by segment so that
 * Vietnamese names, spaces and "#" survive, and what is still missing.
 */
import { formatDateVi } from "../../shared/dates";
import { formatFileSize } from "../file-size";
import { formatNumber } from "../number-format";
import { attachedTo, evidenceSummary, inspectionWhen } from "../outline/checklist";
import type { FilledOutline } from "../outline/filled-types";
import { CHECKLIST_FILE, type BinderItem, type BinderPlan } from "./plan";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A path inside the binder as a relative link: each segment percent-encoded, the separators kept. */
export const hrefOf = (binderPath: string): string => binderPath.split("/").map(encodeURIComponent).join("/");

const link = (binderPath: string, text: string) => `<a href="${escape(hrefOf(binderPath))}">${escape(text)}</a>`;

const anchorOf = (item: BinderItem) => `muc-${item.node.key.replace(/[^A-Za-z0-9.]/g, "-")}`;

const STYLE = `
body{font-family:"Times New Roman",Times,serif;font-size:15px;line-height:1.45;margin:24px auto;max-width:1000px;padding:0 16px;color:#1f1f1f}
h1{font-size:22px;text-align:center;margin:8px 0}
h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #1f4e79;color:#1f4e79}
h3{font-size:16px;margin:20px 0 6px}
p.sub{text-align:center;font-style:italic;margin:0 0 12px}
table{border-collapse:collapse;width:100%;margin:4px 0 8px}
th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eef3f8}
td.nowrap{white-space:nowrap}
.missing{color:#b00020;font-weight:bold}
.done{color:#1b6e20}
.summary{background:#f6f8fa;border:1px solid #d0d7de;padding:8px 12px}
nav ol{margin:4px 0;padding-left:22px}
a{color:#0b57d0}
@media print{a{color:inherit;text-decoration:none}}
`;

function itemState(item: BinderItem): string {
  if (item.documents.length === 0) return `<span class="missing">Chưa có tài liệu minh chứng</span>`;
  const withoutFile = item.documents.filter((d) => d.files.length === 0).length;
  return withoutFile === 0 ? `<span class="done">Đủ tệp</span>` : `<span class="missing">${formatNumber(withoutFile)} văn bản chưa có tệp</span>`;
}

function itemSection(item: BinderItem): string {
  const heading = `<h3 id="${anchorOf(item)}">${formatNumber(item.index)}. Mục ${escape(item.node.key)}: ${escape(item.node.text)}</h3>`;
  const state = `<p>${itemState(item)}${item.folder ? ` – ${link(item.folder, "Mở thư mục của mục này")}` : ""}</p>`;
  if (item.documents.length === 0) return heading + state;
  const rows = item.documents.map(({ document: d, files }) => {
    const cell = files.length > 0 ? files.map((f) => `${link(f.path, f.path.split("/").pop()!)} (${escape(formatFileSize(f.sizeBytes))})`).join("<br>") : `<span class="missing">Chưa có tệp</span>`;
    return `<tr><td class="nowrap">${escape(d.numberSymbol)}</td><td class="nowrap">${formatDateVi(d.date)}</td><td>${escape(d.kind)}: ${escape(d.summary)}</td><td>${cell}</td></tr>`;
  });
  return `${heading}${state}<table><thead><tr><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu nội dung</th><th>Tệp</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/** What the page and the Word checklist add to the checklist's own summary: the files, and how big. */
export function binderSummary(plan: BinderPlan): [label: string, value: string][] {
  const t = plan.totals;
  return [
    ["Văn bản chưa có tệp", formatNumber(t.documentsWithoutFile)],
    ["Tệp trong hồ sơ", `${formatNumber(t.files)} tệp, tổng dung lượng ${formatFileSize(t.bytes)} (văn bản minh chứng cho nhiều mục được chép vào thư mục của từng mục)`],
  ];
}

export function binderIndexHtml(filled: FilledOutline, plan: BinderPlan): string {
  const title = `Hồ sơ tài liệu minh chứng – ${filled.unit?.name ?? filled.outline.name}`;
  const facts: [string, string][] = [
    ["Đề cương", filled.outline.name],
    ["Số liệu báo cáo", `từ ngày ${formatDateVi(filled.period.from)} đến ngày ${formatDateVi(filled.period.to)}`],
    ["Thời gian kiểm tra", inspectionWhen(filled.inspection) ?? "chưa xác định"],
    ["Tình hình tài liệu minh chứng", evidenceSummary(filled)],
    ...binderSummary(plan),
  ];
  const toc = plan.parts
    .map(
      (p) =>
        `<li>${escape(p.node.number)}. ${escape(p.node.text)}<ol>${p.items.map((i) => `<li value="${i.index}"><a href="#${anchorOf(i)}">Mục ${escape(i.node.key)}: ${escape(i.node.text)}</a> – ${itemState(i)}</li>`).join("")}</ol></li>`,
    )
    .join("");
  const parts = plan.parts.map((p) => `<h2>${escape(p.node.number)}. ${escape(p.node.text)}</h2>${p.items.map(itemSection).join("")}`).join("");
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<p>${escape(filled.document.issuer[0])}<br><b>${escape(filled.document.issuer[1])}</b></p>
<h1>HỒ SƠ TÀI LIỆU MINH CHỨNG</h1>
<p class="sub">${escape(attachedTo(filled))}</p>
<div class="summary">${facts.map(([label, value]) => `<div><b>${escape(label)}:</b> ${escape(value)}</div>`).join("")}
<div><b>Danh mục (Word):</b> ${link(CHECKLIST_FILE, CHECKLIST_FILE)}</div></div>
<h2>Mục lục</h2>
<nav><ol>${toc}</ol></nav>
${parts}
</body>
</html>
`;
}
