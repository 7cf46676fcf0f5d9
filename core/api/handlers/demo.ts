import type { HandlersFor } from "./handler-types";
import type { demoApi } from "../contract/demo";
import { loadDemo } from "../../demo/load";

export const demoHandlers: HandlersFor<keyof typeof demoApi> = {
  "demo.load": (ctx) => loadDemo(ctx),
};
