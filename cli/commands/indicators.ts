import { formatDateVi } from "../../shared/dates";
import type { ResolvedPeriod } from "../../core/periods";
import { formatFigure } from "../../core/indicators/format";
import { buildReport, reportEstimates, reportValues } from "../../core/indicators/report";
import type { Report, ReportCheck } from "../../core/indicators/report-types";
import { rejectUnknown, requireOption, type ParsedArgs } from "../args";
import { REPORT_OPTIONS, reportOptions, warnIfNoEstimate } from "../report-options";
import { wantsJson, type CliIO } from "../io";
import { withContext } from "../open-store";

const LABEL_WIDTH = 64;

/** Splits a label into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line];
}

/** Phụ lục 3 as a plain-text table: STT, content, unit, figure (and the estimate). */
function renderTable(report: Report): string[] {
  const estimated = report.withEstimate;
  const row = (stt: string, label: string, unit: string, value: string, estimate: string | null) => {
    const [first, ...rest] = wrap(label, LABEL_WIDTH);
    const cells = [stt.padEnd(5), first!.padEnd(LABEL_WIDTH), "  ", unit.padEnd(6), value.padStart(12)];
    if (estimate !== null) cells.push(estimate.padStart(12));
    return [cells.join("").trimEnd(), ...rest.map((l) => `${" ".repeat(5)}${l}`)];
  };
  const lines = row("STT", "Nội dung / Chỉ tiêu", "ĐVT", "Số liệu", estimated ? "Ước đạt" : null);
  for (const section of report.sections) {
    lines.push(...row(section.stt, section.label, "", "", estimated ? "" : null));
    for (const r of section.rows) {
      lines.push(...row(r.stt, r.label, r.unit, formatFigure(r.value, r.unit), estimated ? formatFigure(r.estimate, r.unit) : null));
    }
  }
  return lines;
}

const CHECK_LEVEL = { error: "Lỗi", warning: "Lưu ý" } as const;

export const renderChecks = (checks: ReportCheck[]): string[] =>
  checks.length === 0 ? ["Kiểm tra số liệu: không có lỗi."] : ["Kiểm tra số liệu:", ...checks.map((c) => `- ${CHECK_LEVEL[c.level]}: ${c.message}`)];

function heading(unitName: string | null, period: ResolvedPeriod, withEstimate: boolean): string {
  const window = `số liệu từ ngày ${formatDateVi(period.from)} đến ngày ${formatDateVi(period.to)}`;
  const estimate = withEstimate && period.estimateTo ? `, ước đạt đến ngày ${formatDateVi(period.estimateTo)}` : "";
  return `${unitName ?? "Đơn vị chưa khai báo"} – ${period.label}: ${window}${estimate}.`;
}

/** `cchc indicators`: every figure of Phụ lục 3 for a period, as JSON (cli.md) or as a table. */
export async function runIndicators(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, REPORT_OPTIONS);
  requireOption(args, "period", "2025-Q1");
  return withContext(
    args,
    (ctx) => {
      const options = reportOptions(ctx, args);
      const { period } = options;
      warnIfNoEstimate(io, options);
      const report = buildReport(ctx, period, options);
      if (wantsJson(args)) {
        const document = {
          unit: report.unit?.name ?? null,
          period: { from: period.from, to: period.to, estimateTo: period.estimateTo },
          values: reportValues(report),
          estimated: reportEstimates(report),
          checks: report.checks,
        };
        io.out(JSON.stringify(document));
        return 0;
      }
      io.out([report.catalogue.title, heading(report.unit?.name ?? null, period, report.withEstimate), "", ...renderTable(report), "", ...renderChecks(report.checks)].join("\n"));
      return 0;
    },
    { mustExist: true },
  );
}
