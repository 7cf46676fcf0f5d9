import type { HandlersFor } from "./handler-types";
import type { auditApi } from "../contract/audit";
import { listAudit } from "../../audit-query";

export const auditHandlers: HandlersFor<keyof typeof auditApi> = {
  "audit.list": (ctx, input) => listAudit(ctx, input),
};
