/** The Báo cáo screen's "Điền biểu mẫu của tỉnh" button: the province's own Phụ lục 3 form, filled. */
import { z } from "zod";
import { uploadedFileBase64 } from "./upload";

const formRow = z.object({ row: z.number().int(), label: z.string() });

export const fillFormResultSchema = z.object({
  /** "<form name> - đã điền.xlsx" */
  fileName: z.string(),
  contentBase64: z.string(),
  sheetName: z.string(),
  /** Column letters: where the labels were found, where the figures went. */
  labelColumn: z.string(),
  valueColumn: z.string(),
  /** `code`: the indicator, or those added up joined by "+" (as in `codes`); `missing`: those without a figure, which leave the cell empty. */
  filled: z.array(
    formRow.extend({ code: z.string(), codes: z.array(z.string()), value: z.number().nullable(), missing: z.array(z.string()), how: z.enum(["exact", "fuzzy", "context", "sum", "mapping"]) }),
  ),
  /** Matched rows whose figure cell holds the form's own formula or text ("x"), or lies under a merge: left as they were. */
  kept: z.array(formRow.extend({ code: z.string(), reason: z.string() })),
  ambiguous: z.array(formRow.extend({ candidates: z.array(z.string()) })),
  /** Worded like an indicator, none fitting well enough. */
  unmatched: z.array(formRow),
  /** The province's own rows: no indicator of Phụ lục 3 reads like them. */
  provinceOnly: z.array(formRow),
  /** The blanks for the unit and the period ("Đơn vị báo cáo: ……"), filled. */
  placeholders: z.array(z.object({ row: z.number().int(), column: z.number().int(), cell: z.string(), before: z.string(), text: z.string() })),
  savedMappingUsed: z.boolean(),
  mappingSaved: z.boolean(),
});

export const fillFormApi = {
  "report.fillForm": {
    input: z
      .object({
        /** "2025-Q1", or "2025-07-01..2025-10-09". */
        period: z.string().min(1).max(40),
        profileId: z.string().optional(),
        estimate: z.boolean().optional(),
        fileName: z.string().min(1).max(260),
        /** The form's bytes, base64: the renderer reads the file the user picked. */
        contentBase64: uploadedFileBase64,
        /** The user's choices: form row → indicator code ("code+code" for a sum), or null for a row to leave. */
        mapping: z.record(z.string().regex(/^\d+$/), z.string().min(1).max(600).nullable()).optional(),
        /** Remember the choices for this form. */
        saveMapping: z.boolean().optional(),
      })
      .strict(),
    output: fillFormResultSchema,
  },
} as const;
