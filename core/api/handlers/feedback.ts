import type { HandlersFor } from "./handler-types";
import { activeCatalogue } from "../../indicators/active-catalogue";
import { satisfactionTargets } from "../../indicators/satisfaction";
import { deleteFromRegister, listRegister, saveToRegister } from "../../records/registers/records";

export const feedbackHandlers: HandlersFor<"pakn.list" | "pakn.save" | "pakn.delete" | "satisfaction.list" | "satisfaction.save" | "satisfaction.delete" | "satisfaction.targets"> = {
  "pakn.list": (ctx, input) => listRegister(ctx, "pakn", input.search),
  "pakn.save": (ctx, input) => saveToRegister(ctx, "pakn", input),
  "pakn.delete": (ctx, input) => deleteFromRegister(ctx, "pakn", input.id),
  "satisfaction.list": (ctx, input) => listRegister(ctx, "satisfaction", input.search),
  "satisfaction.save": (ctx, input) => saveToRegister(ctx, "satisfaction", input),
  "satisfaction.delete": (ctx, input) => deleteFromRegister(ctx, "satisfaction", input.id),
  "satisfaction.targets": (ctx) => satisfactionTargets(activeCatalogue(ctx)),
};
