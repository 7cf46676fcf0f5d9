import { randomBytes } from "node:crypto";
import { localNow } from "../../shared/dates";

/** An import's id, readable when typed on the command line: "20251006-083000-ab12" (Vietnam time). */
export const newBatchId = (now: Date) => `${localNow(now).replace(/-/g, "").replace(" ", "-").replace(/:/g, "")}-${randomBytes(2).toString("hex")}`;
