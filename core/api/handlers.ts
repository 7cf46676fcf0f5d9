import type { ApiMethod } from "./contract";
import type { HandlersFor } from "./handlers/handler-types";
import { foundationHandlers } from "./handlers/foundation";

/** Every method of the contract with its handler; a missing one is a type error. */
export const handlers: HandlersFor<ApiMethod> = {
  ...foundationHandlers,
};
