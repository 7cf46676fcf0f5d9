import type { HandlersFor } from "./handler-types";
import type { storeApi } from "../contract/store";
import { setStorePassphrase } from "../../backup/passphrase";
import type { AppContext } from "../../context";

const openState = (ctx: AppContext) => ({ locked: false, protected: ctx.store.passphrase !== null });

/** Once the store is open; while it is locked, the store gate answers these itself. */
export const storeHandlers: HandlersFor<keyof typeof storeApi> = {
  "store.status": openState,
  "store.unlock": openState,
  "store.setPassphrase": (ctx, input) => setStorePassphrase(ctx, input.current, input.next),
};
