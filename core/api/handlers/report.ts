import type { HandlersFor } from "./handler-types";
import { periodOf } from "../../unit-period";
import { activeCatalogue, activeTemplateInfo, setActiveTemplate } from "../../indicators/active-catalogue";
import { buildReport } from "../../indicators/report";
import { setIndicatorValue } from "../../indicators/set-value";
import { entryHistory } from "../../indicators/entries";
import { hasErrors } from "../../indicators/checks";
import { phuLuc3XlsxBuffer } from "../../exports/phu-luc-3-xlsx";
import { phuLuc3FileName } from "../../exports/file-names";
import { addToOutbox } from "../../outbox/outbox";
import { estimateWanted } from "../../indicators/estimate";
import type { AppContext } from "../../context";

/** Phụ lục 3 of the period a call names, with estimates as asked or, unasked, as the day suggests. */
function reportFor(ctx: AppContext, input: { period: string; profileId?: string; estimate?: boolean }) {
  const period = periodOf(ctx, input);
  return buildReport(ctx, period, { estimate: estimateWanted(ctx, period, input.estimate), catalogue: activeCatalogue(ctx) });
}

export const reportHandlers: HandlersFor<"report.get" | "report.setValue" | "report.history" | "report.exportXlsx" | "report.template.get" | "report.template.set"> = {
  "report.get": (ctx, input) => reportFor(ctx, input),
  "report.setValue": (ctx, input) => setIndicatorValue(ctx, periodOf(ctx, input), input, activeCatalogue(ctx)),
  "report.history": (ctx, input) => entryHistory(ctx.store.sqlite, periodOf(ctx, input), input.code),
  "report.exportXlsx": async (ctx, input) => {
    const report = reportFor(ctx, input);
    const bytes = await phuLuc3XlsxBuffer(report);
    addToOutbox(ctx, { fileName: phuLuc3FileName(report), bytes }, "phu_luc_3", report.period);
    return {
      fileName: phuLuc3FileName(report),
      contentBase64: bytes.toString("base64"),
      draft: hasErrors(report.checks),
      errors: report.checks.filter((c) => c.level === "error").length,
    };
  },
  "report.template.get": (ctx) => activeTemplateInfo(ctx),
  "report.template.set": (ctx, input) => {
    setActiveTemplate(ctx, input.file);
    return activeTemplateInfo(ctx);
  },
};
