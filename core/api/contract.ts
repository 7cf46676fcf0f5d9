/**
 * The one API contract between the UI and the core, for both transports
 * (Electron IPC and HTTP in browser mode): per method a zod input and output
 * schema. Only zod here: the renderer imports these types, so nothing under
 * contract/ may import node modules or the store.
 */
import type { z } from "zod";
import { foundationApi } from "./contract/foundation";
import { dossierApi } from "./contract/dossiers";
import { figureApi } from "./contract/figures";
import { procedureApi } from "./contract/procedures";
import { feedbackApi } from "./contract/feedback";
import { registerApi } from "./contract/registers";
import { reportApi } from "./contract/report";
import { registerImportApi } from "./contract/register-import";
import { fillFormApi } from "./contract/fill-form";
import { outlineApi } from "./contract/outline";
import { packagesApi } from "./contract/packages";
import { auditApi } from "./contract/audit";
import { outboxApi } from "./contract/outbox";
import { backupApi } from "./contract/backup";
import { storeApi } from "./contract/store";
import { demoApi } from "./contract/demo";
import { profilesApi } from "./contract/profiles";
import { errorLogApi } from "./contract/error-log";
import { attachmentsApi } from "./contract/attachments";

export * from "./contract/foundation";
export * from "./contract/dossiers";
export * from "./contract/figures";
export * from "./contract/procedures";
export * from "./contract/feedback";
export * from "./contract/registers";
export * from "./contract/report";
export * from "./contract/register-import";
export * from "./contract/fill-form";
export * from "./contract/outline";
export * from "./contract/result";
export * from "./contract/attachments";

export const api = {
  ...foundationApi,
  ...dossierApi,
  ...figureApi,
  ...procedureApi,
  ...feedbackApi,
  ...registerApi,
  ...reportApi,
  ...registerImportApi,
  ...fillFormApi,
  ...outlineApi,
  ...packagesApi,
  ...auditApi,
  ...outboxApi,
  ...backupApi,
  ...storeApi,
  ...demoApi,
  ...profilesApi,
  ...errorLogApi,
  ...attachmentsApi,
} as const;

export type Api = typeof api;
export type ApiMethod = keyof Api;
export type ApiInput<M extends ApiMethod> = z.input<Api[M]["input"]>;
export type ApiOutput<M extends ApiMethod> = z.output<Api[M]["output"]>;

export const isApiMethod = (m: string): m is ApiMethod => Object.prototype.hasOwnProperty.call(api, m);
