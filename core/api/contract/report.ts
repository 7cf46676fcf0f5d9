/** Methods of the Báo cáo screen: Phụ lục 3 for a period, figures entered by hand, their history, the template, the Excel file. */
import { z } from "zod";
import { FIELD_LIMITS } from "../../field-limits";
import { isoDate, periodSchema } from "./foundation";

const periodInput = z.object({ period: z.string().min(1).max(40), profileId: z.string().optional(), estimate: z.boolean().optional() });

const entrySchema = z.object({
  id: z.number().int(),
  kind: z.enum(["manual", "override", "estimate_override"]),
  value: z.number().nullable(),
  computedValue: z.number().nullable(),
  reason: z.string().nullable(),
  source: z.string().nullable(),
  enteredBy: z.string(),
  enteredAt: z.string(),
});

const reportRowSchema = z.object({
  code: z.string(),
  stt: z.string(),
  label: z.string(),
  unit: z.string(),
  unitName: z.string(),
  source: z.enum(["C", "M", "C/M"]),
  dept: z.string(),
  computed: z.number().nullable(),
  value: z.number().nullable(),
  origin: z.enum(["tu_dong", "nhap_tay", "ghi_de", "chua_co"]),
  entry: entrySchema.nullable(),
  estimate: z.number().nullable(),
  estimateOrigin: z.enum(["uoc", "ghi_de"]).nullable(),
  lastYear: z.number().nullable(),
  denominator: z.number().nullable(),
});

export const reportCheckSchema = z.object({ level: z.enum(["error", "warning"]), codes: z.array(z.string()), message: z.string() });

export const reportSchema = z.object({
  unit: z.object({ name: z.string(), placeName: z.string().nullable(), provinceName: z.string().nullable() }).nullable(),
  period: periodSchema,
  lastYearPeriod: z.object({ from: isoDate, to: isoDate, label: z.string() }),
  withEstimate: z.boolean(),
  catalogue: z.object({ id: z.string(), title: z.string() }),
  sections: z.array(z.object({ stt: z.string(), label: z.string(), rows: z.array(reportRowSchema) })),
  checks: z.array(reportCheckSchema),
  signer: z.object({ name: z.string(), position: z.enum(["chu_tich", "pho_chu_tich"]), signMode: z.enum(["TM", "KT"]) }).nullable(),
});

const templateInfoSchema = z.object({ fileName: z.string().nullable(), id: z.string(), title: z.string(), indicators: z.number().int() });

export const reportApi = {
  "report.get": { input: periodInput.strict(), output: reportSchema },
  "report.setValue": {
    input: periodInput
      .extend({
        code: z.string().min(1).max(120),
        value: z.number({ error: "Số liệu phải là một số" }).nullable(),
        reason: z.string().trim().max(FIELD_LIMITS.note).nullable().optional(),
        source: z.string().trim().max(FIELD_LIMITS.line).nullable().optional(),
      })
      .strict(),
    output: reportSchema,
  },
  "report.history": {
    input: periodInput.extend({ code: z.string().min(1).max(120) }).strict(),
    output: z.array(entrySchema.extend({ supersededAt: z.string().nullable() })),
  },
  "report.exportXlsx": {
    input: periodInput.strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string(), draft: z.boolean(), errors: z.number().int() }),
  },
  "report.template.get": { input: z.object({}).strict(), output: templateInfoSchema },
  "report.template.set": {
    /** file null: back to the built-in template. */
    input: z.object({ file: z.object({ fileName: z.string().min(1).max(260), text: z.string().max(5_000_000) }).nullable() }).strict(),
    output: templateInfoSchema,
  },
} as const;
