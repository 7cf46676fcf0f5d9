import type { HandlersFor } from "./handler-types";
import { periodOf } from "../../unit-period";
import { defaultCatalogue, indicatorsOf } from "../../indicators/catalogue";
import { tthcFigures } from "../../indicators/tthc";
import { tthcPanel } from "../../indicators/panel";
import { countedSource, drilldown } from "../../indicators/drilldown";
import { todayInVietnam } from "../../../shared/dates";
import { dossierFields, listDossiers } from "../../dossiers/query";

export const figureHandlers: HandlersFor<"tthc.figures" | "tthc.drilldown" | "dossiers.list" | "dossiers.fields"> = {
  "tthc.figures": (ctx, input) => {
    const period = periodOf(ctx, input);
    return { period, figures: tthcPanel(defaultCatalogue(), tthcFigures(ctx.store.sqlite, period)) };
  },
  "tthc.drilldown": (ctx, input) => {
    const period = periodOf(ctx, input);
    const page = drilldown(ctx.store.sqlite, period, input.code, { offset: input.offset, limit: input.limit, sort: "-receivedAt" }, todayInVietnam(ctx.now()));
    const label = indicatorsOf(defaultCatalogue()).find((i) => i.code === input.code)?.label ?? input.code;
    return { code: input.code, label, ...page };
  },
  "dossiers.list": (ctx, input) => {
    const today = todayInVietnam(ctx.now());
    return listDossiers(ctx.store.sqlite, input, today, input.overdueToday ? countedSource({ from: today, to: today }, "tthc.ho_so.dang_qua_han") : undefined);
  },
  "dossiers.fields": (ctx) => dossierFields(ctx.store.sqlite),
};
