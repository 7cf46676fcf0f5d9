import type { z } from "zod";
import type { AppContext } from "../../context";
import type { Api, ApiMethod, ApiOutput } from "../contract";

export type Handler<M extends ApiMethod> = (ctx: AppContext, input: z.output<Api[M]["input"]>) => ApiOutput<M> | Promise<ApiOutput<M>>;

/** The handlers of a group of methods; the groups together must cover the whole contract. */
export type HandlersFor<K extends ApiMethod> = { [M in K]: Handler<M> };
