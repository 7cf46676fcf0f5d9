import type { HandlersFor } from "./handler-types";
import { deleteFromRegister, listRegister, saveToRegister } from "../../records/registers/records";

export const registerHandlers: HandlersFor<"registers.list" | "registers.save" | "registers.delete"> = {
  "registers.list": (ctx, input) => ({ rows: listRegister(ctx, input.register, input.search) }),
  "registers.save": (ctx, input) => saveToRegister(ctx, input.register, input.record),
  "registers.delete": (ctx, input) => deleteFromRegister(ctx, input.register, input.id),
};
