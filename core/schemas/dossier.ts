/** A dossier (hồ sơ TTHC) as the list shows it and the filters that select it, and the fields an import maps. */
import { z } from "zod";
import { FIELD_LIMITS } from "../field-limits";
import { isoDate } from "./iso-date";

export const dossierFieldSchema = z.enum([
  "code",
  "procedureName",
  "procedureCode",
  "field",
  "applicantName",
  "applicantAddress",
  "receivedAt",
  "dueAt",
  "resultAt",
  "returnedAt",
  "status",
  "channel",
  "handlingUnit",
  "receivingOfficer",
  "digitised",
  "electronicResult",
  "hasPayment",
  "paidOnline",
  "onProvinceSystem",
  "syncedNationalPortal",
  "reusedData",
]);
export type DossierField = z.infer<typeof dossierFieldSchema>;

export const dossierStatusSchema = z.enum(["result", "pending", "rejected", "withdrawn"]);
export const dossierChannelSchema = z.enum(["online", "in_person", "post"]);

export const dossierRowSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  procedureName: z.string().nullable(),
  field: z.string().nullable(),
  applicantName: z.string().nullable(),
  receivedAt: z.string(),
  dueAt: z.string().nullable(),
  resultAt: z.string().nullable(),
  status: dossierStatusSchema,
  statusRaw: z.string().nullable(),
  channel: dossierChannelSchema.nullable(),
  late: z.boolean().nullable(),
  /** Whole days past the due date: of the result, or of today while still being handled; null when not overdue. */
  overdueDays: z.number().int().nullable(),
});

export const dossierFilterSchema = z.object({
  search: z.string().max(200).optional(),
  field: z.string().max(FIELD_LIMITS.name).optional(),
  channel: dossierChannelSchema.optional(),
  status: dossierStatusSchema.optional(),
  /** Received from/to (inclusive calendar dates). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Resolved after the due date. */
  lateOnly: z.boolean().optional(),
  /** Still being handled today and past the due date: the dossiers Tổng quan's alert counts. */
  overdueToday: z.boolean().optional(),
});

/** A page of the dossier list: the filter, where the page starts, how many rows, in which order. */
export const dossierListQuerySchema = dossierFilterSchema.extend({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
  sort: z.enum(["receivedAt", "-receivedAt", "code", "dueAt", "resultAt"]).default("-receivedAt"),
});
