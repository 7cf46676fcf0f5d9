import type { Report } from "../indicators/report-types";
import type { FilledOutline } from "../outline/filled-types";
import { safeFileName } from "../safe-file-name";

/** "<what> - <unit> - <period>.<ext>", as a clerk would name the file, safe to write on any disk. */
function fileName(what: string, unitName: string | undefined, periodLabel: string, extension: string): string {
  const parts = [what, unitName, periodLabel.replace(/\//g, "-")].filter(Boolean);
  return safeFileName(`${parts.join(" - ")}.${extension}`, [extension], what);
}

/** "Phụ lục 3 - Xã Cẩm Giang - Quý I năm 2025.xlsx" */
export const phuLuc3FileName = (report: Report): string => fileName("Phụ lục 3", report.unit?.name, report.period.label, "xlsx");

/** "Báo cáo kiểm tra CCHC - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.docx", "Báo cáo CCHC - Xã Cẩm Giang - Năm 2025.docx" */
export const outlineFileName = (filled: FilledOutline): string =>
  fileName(filled.outline.kind === "de_cuong" ? "Báo cáo kiểm tra CCHC" : "Báo cáo CCHC", filled.unit?.name, filled.period.label, "docx");

/** "Danh mục minh chứng - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.docx" */
export const evidenceChecklistFileName = (filled: FilledOutline): string => fileName("Danh mục minh chứng", filled.unit?.name, filled.period.label, "docx");

/** "Hồ sơ minh chứng - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.zip": the evidence binder (its folder takes the name without ".zip"). */
export const binderFileName = (filled: FilledOutline): string => fileName("Hồ sơ minh chứng", filled.unit?.name, filled.period.label, "zip");

/** "Gói phòng ban TTPVHCC - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.cchc" */
export const packageFileName = (departmentCode: string, unitName: string, periodLabel: string): string => fileName(`Gói phòng ban ${departmentCode}`, unitName, periodLabel, "cchc");

/** "Trả lời phòng ban TTPVHCC - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.cchc": the department's filled part. */
export const replyFileName = (departmentCode: string, unitName: string, periodLabel: string): string => fileName(`Trả lời phòng ban ${departmentCode}`, unitName, periodLabel, "cchc");

/** "Mẫu phòng ban TTPVHCC - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.xlsx": the part as an Excel form. */
export const formFileName = (departmentCode: string, unitName: string, periodLabel: string): string => fileName(`Mẫu phòng ban ${departmentCode}`, unitName, periodLabel, "xlsx");
