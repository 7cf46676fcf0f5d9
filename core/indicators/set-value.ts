import type { AppContext } from "../context";
import { AppError } from "../../shared/errors";
import type { ResolvedPeriod } from "../periods";
import { formatFigure } from "./format";
import { indicatorsOf, takesDecimals, type Catalogue } from "./catalogue";
import { saveEntry, type EntryKind, type NewEntry } from "./entries";
import { buildReport } from "./report";
import type { Report, ReportRow } from "./report-types";

export interface ValueInput {
  code: string;
  /** Null takes the entry in force back: the figure returns to the computed one (or to none). */
  value: number | null;
  reason?: string | null;
  source?: string | null;
  /** Enter the "ước đạt" figure instead of the actual one. */
  estimate?: boolean;
}

/** Units counted in whole numbers; money (tr.đ) and rates take decimals. */

/** What is wrong with a figure for a row of Phụ lục 3, or null: a rate within 0–100 %, nothing negative, whole numbers where counted. */
export function figureProblem(row: Pick<ReportRow, "label" | "unit">, value: number): string | null {
  const name = `“${row.label}”`;
  if (!Number.isFinite(value)) return `Số liệu ${name} phải là một số.`;
  if (row.unit === "%" && (value < 0 || value > 100)) return `Tỷ lệ ${name} phải từ 0 đến 100 % (nhận được ${formatFigure(value, "%")}).`;
  if (value < 0) return `Số liệu ${name} không được âm (nhận được ${formatFigure(value, row.unit)}).`;
  if (!takesDecimals(row.unit) && !Number.isInteger(value)) return `Số liệu ${name} phải là số nguyên (nhận được ${formatFigure(value, row.unit)}).`;
  return null;
}

function checkValue(row: ReportRow, value: number): void {
  const problem = figureProblem(row, value);
  if (problem) throw new AppError("value_invalid", problem);
}

/** Which entry a value makes: an estimate override, an override of a computed figure, or a manual figure. */
function kindFor(row: ReportRow, estimate: boolean): EntryKind {
  if (estimate) return "estimate_override";
  if (row.origin === "ghi_de" || row.computed !== null) return "override";
  return "manual";
}

/**
 * The entry a value makes on a row of the report (actual figures): validated,
 * an override of a computed figure only with a reason. Nothing is saved.
 */
export function entryForRow(row: ReportRow, input: Omit<ValueInput, "code" | "estimate">, estimate = false, estimateOrigin: ReportRow["estimateOrigin"] = null): NewEntry {
  const kind = kindFor(row, estimate);
  const reason = input.reason?.trim() || null;
  if (input.value !== null) {
    checkValue(row, input.value);
    if (kind !== "manual" && !reason) {
      const what = estimate ? "số liệu ước đạt" : "số liệu tính tự động từ sổ sách";
      throw new AppError("reason_required", `Điều chỉnh ${what} của “${row.label}” phải nêu lý do.`);
    }
  }
  const computedValue = kind === "override" ? row.computed : kind === "estimate_override" && estimateOrigin === "uoc" ? row.estimate : null;
  return { code: row.code, kind, value: input.value, computedValue, reason, source: input.source?.trim() || null };
}

/**
 * Enters a figure for the period: a manual figure where the records give
 * none; an override (with a reason, the computed figure kept beside it)
 * where they do; an estimate override. Validated first; nothing changes on a
 * bad value. Returns the report as it now stands.
 */
export function setIndicatorValue(ctx: AppContext, period: ResolvedPeriod, input: ValueInput, catalogue: Catalogue): Report {
  if (!indicatorsOf(catalogue).some((i) => i.code === input.code)) {
    throw new AppError("indicator_unknown", `Không có chỉ tiêu "${input.code}" trong ${catalogue.title}.`);
  }
  const estimate = input.estimate === true;
  const report = buildReport(ctx, period, { catalogue, estimate });
  if (estimate && !report.withEstimate) throw new AppError("estimate_unavailable", `${period.label} không có số liệu ước đạt theo quy định của tỉnh.`);
  const row = report.sections.flatMap((s) => s.rows).find((r) => r.code === input.code)!;
  const entry = entryForRow(row, input, estimate, row.estimateOrigin);
  if (input.value === null && !row.entry && !(estimate && row.estimateOrigin === "ghi_de")) {
    throw new AppError("value_not_entered", `“${row.label}” chưa có số liệu nhập tay hoặc điều chỉnh để xóa.`);
  }
  saveEntry(ctx, period, entry);
  return buildReport(ctx, period, { catalogue, estimate });
}
