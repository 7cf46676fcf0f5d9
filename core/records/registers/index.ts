/** Every register kept record by record, by key. */
import type { RegisterDescriptor } from "./descriptor";
import type { RegisterKey } from "./keys";
import { assignedTasks } from "./assigned-tasks";
import { communication } from "./communication";
import { complaints } from "./complaints";
import { discipline } from "./discipline";
import { documents } from "./documents";
import { finance } from "./finance";
import { inspections } from "./inspections";
import { legalReviews } from "./legal-reviews";
import { pakn } from "./pakn";
import { planTasks } from "./plan-tasks";
import { quotas } from "./quotas";
import { receptions } from "./receptions";
import { satisfaction } from "./satisfaction";
import { staff } from "./staff";
import { staffStatuses } from "./staff-statuses";

export const REGISTERS: Record<RegisterKey, RegisterDescriptor> = {
  plan_tasks: planTasks,
  assigned_tasks: assignedTasks,
  staff,
  staff_statuses: staffStatuses,
  quotas,
  discipline,
  receptions,
  complaints,
  documents,
  inspections,
  communication,
  legal_reviews: legalReviews,
  finance,
  pakn,
  satisfaction,
};
