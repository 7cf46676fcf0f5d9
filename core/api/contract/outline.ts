/**
 * Methods of the Đề cương kiểm tra screen: outlines (built in or loaded),
 * an outline filled for a window, the departments' texts and their history,
 * evidence documents, the inspection's details, the Word files.
 */
import { z } from "zod";
import { FIELD_LIMITS } from "../../field-limits";
import type { FilledNode } from "../../outline/filled-types";
import type { ReportGap } from "../../outline/report-gaps";
import { isoDate, periodSchema } from "./foundation";

const outlineId = z.string().regex(/^[a-z0-9-]{1,80}$/);
const itemKey = z.string().min(1).max(FIELD_LIMITS.itemKey);
const departmentCode = z.string().min(1).max(20);
const outlineInput = z.object({ outlineId, period: z.string().min(1).max(40), profileId: z.string().optional() });

const completeness = z.enum(["du", "thieu", "khong_can"]);
const version = z.object({ body: z.string(), author: z.string(), at: z.string(), source: z.string().nullable() });
const figure = z.object({ expression: z.string(), label: z.string().nullable(), value: z.number().nullable(), unit: z.string(), nothingToRate: z.boolean(), written: z.string() });
const count = z.object({ done: z.number().int(), total: z.number().int() });

export const evidenceDocumentSchema = z.object({
  documentId: z.number().int(),
  numberSymbol: z.string(),
  date: isoDate,
  kind: z.string(),
  summary: z.string(),
  departmentCode: z.string().nullable(),
  fileCount: z.number().int(),
});

const filledNodeSchema: z.ZodType<FilledNode> = z.lazy(() =>
  z.object({
    key: z.string(),
    depth: z.number().int(),
    number: z.string(),
    lead: z.string().nullable(),
    template: z.string(),
    text: z.string(),
    note: z.string().nullable(),
    figures: z.array(figure),
    facts: z.array(z.object({ text: z.string(), figures: z.array(figure) })),
    departments: z.array(z.string()),
    narrative: z
      .object({
        departments: z.array(z.object({ departmentCode: z.string(), departmentName: z.string(), current: version.nullable() })),
        merged: version.nullable(),
        text: z.string(),
      })
      .nullable(),
    evidenceExpected: z.boolean(),
    evidence: z.array(evidenceDocumentSchema),
    status: z.object({ figures: completeness, text: completeness, evidence: completeness }),
    children: z.array(filledNodeSchema),
  }),
);

export const inspectionSchema = z.object({
  date: isoDate.nullable(),
  timeFrom: z
    .string()
    .regex(/^\d{2}:\d{2}$/, "Giờ phải có dạng HH:mm")
    .nullable(),
  timeTo: z
    .string()
    .regex(/^\d{2}:\d{2}$/, "Giờ phải có dạng HH:mm")
    .nullable(),
  team: z.string().trim().max(FIELD_LIMITS.line).nullable(),
  place: z.string().trim().max(FIELD_LIMITS.line).nullable(),
  responsible: z.record(z.string(), z.string().trim().max(FIELD_LIMITS.name)),
});

export const filledOutlineSchema = z.object({
  outline: z.object({ id: z.string(), kind: z.enum(["de_cuong", "bao_cao"]), name: z.string(), fileName: z.string().nullable() }),
  unit: z.object({ name: z.string(), placeName: z.string().nullable(), provinceName: z.string().nullable() }).nullable(),
  period: periodSchema,
  document: z.object({
    issuer: z.tuple([z.string(), z.string()]),
    numberLine: z.string(),
    symbol: z.string(),
    year: z.number().int(),
    dateLine: z.string(),
    title: z.string(),
    subtitle: z.string(),
    recipient: z.string().nullable(),
    opening: z.string().nullable(),
    closing: z.string().nullable(),
    copies: z.array(z.string()),
    windowNote: z.string().nullable(),
    appendPhuLuc3: z.boolean(),
  }),
  departments: z.array(z.object({ code: z.string(), name: z.string(), headName: z.string().nullable(), headTitle: z.string().nullable() })),
  sections: z.array(filledNodeSchema),
  progress: z.object({
    figures: count,
    texts: count,
    evidence: count,
    departments: z.array(z.object({ code: z.string(), name: z.string(), headName: z.string().nullable(), texts: count, figures: count, evidence: count })),
  }),
  inspection: inspectionSchema,
  signature: z.object({ mode: z.string(), titles: z.array(z.string()), position: z.string(), name: z.string() }),
});

export const outlineInfoSchema = z.object({
  id: z.string(),
  kind: z.enum(["de_cuong", "bao_cao"]),
  name: z.string(),
  /** The file it was loaded from; null for a built-in outline. */
  fileName: z.string().nullable(),
  builtin: z.boolean(),
  periods: z.array(z.enum(["Q1", "H1", "Q3", "Y", "custom"])).nullable(),
  defaultPeriod: z.string().nullable(),
  /** The day of the inspection visit the clerk has set for it, if any. */
  inspectionDate: isoDate.nullable(),
});

/** What keeps a report a draft: an item's text or figures, or an error of the Phụ lục 3 appended. */
export const reportGapSchema = z.object({
  kind: z.enum(["noi_dung", "so_lieu", "phu_luc_3"]),
  item: z.string().nullable(),
  departments: z.array(z.string()),
  message: z.string(),
}) satisfies z.ZodType<ReportGap>;

/** A Word file; `draft` while anything is missing (the file says DỰ THẢO), with the gaps to show the user. */
const fileOutput = z.object({ fileName: z.string(), contentBase64: z.string(), draft: z.boolean(), gaps: z.array(reportGapSchema) });

export const outlineApi = {
  "outline.list": { input: z.object({}).strict(), output: z.array(outlineInfoSchema) },
  "outline.get": { input: outlineInput.strict(), output: filledOutlineSchema },
  /** departmentCode null: the compiling officer's merged text. An empty body withdraws the text. */
  "outline.saveText": {
    input: outlineInput.extend({ itemKey, departmentCode: departmentCode.nullable(), body: z.string().max(FIELD_LIMITS.body) }).strict(),
    output: filledOutlineSchema,
  },
  "outline.textHistory": {
    input: outlineInput.extend({ itemKey, departmentCode: departmentCode.nullable() }).strict(),
    output: z.array(version.extend({ periodTo: isoDate })),
  },
  "outline.documents": {
    /** With a period, only the documents issued by its last day. */
    input: z.object({ outlineId, search: z.string().trim().max(200).optional(), period: z.string().min(1).max(40).optional(), profileId: z.string().optional() }).strict(),
    output: z.array(evidenceDocumentSchema.extend({ linkedItems: z.array(z.string()) })),
  },
  "outline.linkEvidence": {
    input: outlineInput.extend({ itemKey, documentId: z.number().int(), linked: z.boolean() }).strict(),
    output: filledOutlineSchema,
  },
  "outline.setInspection": { input: z.object({ outlineId, inspection: inspectionSchema }).strict(), output: inspectionSchema },
  "outline.exportDocx": { input: outlineInput.extend({ appendPhuLuc3: z.boolean().optional(), estimate: z.boolean().optional() }).strict(), output: fileOutput },
  "outline.exportChecklistDocx": { input: outlineInput.strict(), output: fileOutput },
  /** The evidence binder as a zip (folders by item, the index page, the Word checklist), kept in Hộp thư đi unless the passphrase forbids; gaps say what is missing. */
  "outline.exportBinder": {
    input: outlineInput.strict(),
    output: z.object({
      fileName: z.string(),
      contentBase64: z.string(),
      files: z.number().int(),
      bytes: z.number().int(),
      gaps: z.array(z.string()),
      outboxNote: z.string().nullable(),
    }),
  },
  /** Loads an outline file (next year's, another province's) for later use; a broken one is refused. */
  "outline.template.load": {
    input: z.object({ file: z.object({ fileName: z.string().min(1).max(260), text: z.string().max(5_000_000) }) }).strict(),
    output: z.array(outlineInfoSchema),
  },
  "outline.template.remove": { input: z.object({ outlineId }).strict(), output: z.array(outlineInfoSchema) },
} as const;
