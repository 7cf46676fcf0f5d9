import path from "node:path";
import { AppError } from "../../shared/errors";
import { hasErrors } from "../../core/indicators/checks";
import { buildReport } from "../../core/indicators/report";
import { writePhuLuc3Xlsx } from "../../core/exports/phu-luc-3-xlsx";
import { rejectUnknown, requireOption, type ParsedArgs } from "../args";
import { REPORT_OPTIONS, reportOptions, warnIfNoEstimate } from "../report-options";
import { wantsJson, type CliIO } from "../io";
import { withContext } from "../open-store";
import { keepInOutbox, outboxLine } from "../outbox-copy";
import { renderChecks } from "./indicators";
import { runBinderExport } from "./export-binder";
import { OUTLINE_EXPORT_KINDS, runOutlineExport, type OutlineExportKind } from "./export-outline";

const KINDS = ["phu-luc-3", ...OUTLINE_EXPORT_KINDS, "ho-so-minh-chung"] as const;

/**
 * `cchc export phu-luc-3 --period P --out F.xlsx`: the appendix as the
 * province expects it. The file is written even when the checks find errors
 * (marked as a draft, DỰ THẢO); the exit code is then 1 and the problems go
 * to stderr.
 */
export async function runExport(args: ParsedArgs, io: CliIO): Promise<number> {
  const [kind, ...extra] = args.positionals;
  if (!kind || !(KINDS as readonly string[]).includes(kind) || extra.length > 0) {
    throw new AppError("export_kind", `Cần chỉ rõ loại tệp cần xuất: ${KINDS.join(", ")} (ví dụ: cchc export phu-luc-3 --period 2025-Q1 --out phu-luc-3.xlsx).`);
  }
  if (kind === "ho-so-minh-chung") return runBinderExport(args, io);
  if (kind !== "phu-luc-3") return runOutlineExport(kind as OutlineExportKind, args, io);
  rejectUnknown(args, [...REPORT_OPTIONS, "out"]);
  requireOption(args, "period", "2025-Q1");
  const out = path.resolve(requireOption(args, "out", "phu-luc-3.xlsx"));
  if (path.extname(out).toLowerCase() !== ".xlsx") throw new AppError("export_out", `Tệp xuất Phụ lục 3 phải có đuôi .xlsx (nhận được "${path.basename(out)}").`);
  return withContext(
    args,
    async (ctx) => {
      const options = reportOptions(ctx, args);
      warnIfNoEstimate(io, options);
      const report = buildReport(ctx, options.period, options);
      await writePhuLuc3Xlsx(report, out);
      const draft = hasErrors(report.checks);
      const outbox = keepInOutbox(ctx, io, out, "phu_luc_3", report.period);
      if (wantsJson(args)) {
        io.out(JSON.stringify({ file: out, period: { from: report.period.from, to: report.period.to, estimateTo: report.period.estimateTo }, draft, checks: report.checks, outbox }));
      } else {
        io.out(`Đã xuất Phụ lục 3 (${report.period.label}) ra tệp ${out}${draft ? " – DỰ THẢO vì số liệu còn lỗi." : "."}`);
        outboxLine(outbox).forEach(io.out);
        if (report.checks.length > 0) io.err(renderChecks(report.checks).join("\n"));
      }
      return draft ? 1 : 0;
    },
    { mustExist: true },
  );
}
