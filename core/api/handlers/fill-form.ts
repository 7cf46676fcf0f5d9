import type { HandlersFor } from "./handler-types";
import { currentProfile } from "../../unit-period";
import { resolvePeriod } from "../../periods";
import { activeCatalogue } from "../../indicators/active-catalogue";
import { buildReport } from "../../indicators/report";
import { estimateWanted } from "../../indicators/estimate";
import { filledFileName } from "../../forms/fill-form";
import { fillFormRemembering } from "../../forms/form-mappings";

export const fillFormHandlers: HandlersFor<"report.fillForm"> = {
  "report.fillForm": async (ctx, input) => {
    const period = resolvePeriod(input.period, currentProfile(ctx, input.profileId));
    const report = buildReport(ctx, period, { estimate: estimateWanted(ctx, period, input.estimate), catalogue: activeCatalogue(ctx) });
    const mapping = input.mapping && Object.fromEntries(Object.entries(input.mapping).map(([row, code]) => [Number(row), code]));
    const file = { fileName: input.fileName, bytes: Buffer.from(input.contentBase64, "base64") };
    const { bytes, signature: _signature, mapping: _mapping, ...result } = await fillFormRemembering(ctx, file, report, { mapping, saveMapping: input.saveMapping });
    return { fileName: filledFileName(input.fileName), contentBase64: bytes.toString("base64"), ...result };
  },
};
