import type { ApiMethod } from "./contract";
import type { HandlersFor } from "./handlers/handler-types";
import { foundationHandlers } from "./handlers/foundation";
import { dossierImportHandlers } from "./handlers/dossier-import";
import { figureHandlers } from "./handlers/figures";
import { procedureHandlers } from "./handlers/procedures";
import { feedbackHandlers } from "./handlers/feedback";
import { registerHandlers } from "./handlers/registers";
import { reportHandlers } from "./handlers/report";
import { registerImportHandlers } from "./handlers/register-import";
import { fillFormHandlers } from "./handlers/fill-form";
import { outlineHandlers } from "./handlers/outline";
import { packagesHandlers } from "./handlers/packages";
import { auditHandlers } from "./handlers/audit";
import { outboxHandlers } from "./handlers/outbox";
import { backupHandlers } from "./handlers/backup";
import { storeHandlers } from "./handlers/store";
import { demoHandlers } from "./handlers/demo";
import { profileHandlers } from "./handlers/profiles";
import { errorLogHandlers } from "./handlers/error-log";
import { attachmentHandlers } from "./handlers/attachments";

/** Every method of the contract with its handler; a missing one is a type error. */
export const handlers: HandlersFor<ApiMethod> = {
  ...foundationHandlers,
  ...dossierImportHandlers,
  ...figureHandlers,
  ...procedureHandlers,
  ...feedbackHandlers,
  ...registerHandlers,
  ...reportHandlers,
  ...registerImportHandlers,
  ...fillFormHandlers,
  ...outlineHandlers,
  ...packagesHandlers,
  ...auditHandlers,
  ...outboxHandlers,
  ...backupHandlers,
  ...storeHandlers,
  ...demoHandlers,
  ...profileHandlers,
  ...errorLogHandlers,
  ...attachmentHandlers,
};
