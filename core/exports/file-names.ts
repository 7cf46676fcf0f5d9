import type { Report } from "../indicators/report-types";

/** Characters Windows refuses in a file name. */
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]/g;

/** "Phụ lục 3 - Xã Cẩm Giang - Quý I năm 2025.xlsx": what a clerk would name the file. */
export function phuLuc3FileName(report: Report): string {
  const parts = ["Phụ lục 3", report.unit?.name, report.period.label.replace(/\//g, "-")].filter(Boolean);
  return `${parts.join(" - ").replace(UNSAFE, "")}.xlsx`;
}
