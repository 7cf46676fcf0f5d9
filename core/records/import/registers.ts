import type { ImportableRegister } from "../../schemas/importable-register";
import { ASSIGNED_TASK_IMPORT } from "./assigned-task-row";
import { COMPLAINT_IMPORT } from "./complaint-row";
import { DOCUMENT_IMPORT } from "./document-row";
import type { RegisterImporter } from "./importer";
import { PLAN_TASK_IMPORT } from "./plan-task-row";
import { RECEPTION_IMPORT } from "./reception-row";
import { STAFF_IMPORT } from "./staff-row";

/** How each register kept in Excel is imported. */
export const REGISTER_IMPORTERS: { [K in ImportableRegister]: RegisterImporter<string> } = {
  staff: STAFF_IMPORT as RegisterImporter<string>,
  receptions: RECEPTION_IMPORT as RegisterImporter<string>,
  complaints: COMPLAINT_IMPORT as RegisterImporter<string>,
  plan_tasks: PLAN_TASK_IMPORT as RegisterImporter<string>,
  assigned_tasks: ASSIGNED_TASK_IMPORT as RegisterImporter<string>,
  documents: DOCUMENT_IMPORT as RegisterImporter<string>,
};
