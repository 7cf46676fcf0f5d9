/** The registers kept record by record besides the dossiers, by the key the API and the screens use. */
export const REGISTER_KEYS = [
  "plan_tasks",
  "assigned_tasks",
  "staff",
  "staff_statuses",
  "quotas",
  "discipline",
  "receptions",
  "complaints",
  "documents",
  "inspections",
  "communication",
  "legal_reviews",
  "finance",
  "pakn",
  "satisfaction",
] as const;

export type RegisterKey = (typeof REGISTER_KEYS)[number];
