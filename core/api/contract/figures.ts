/** Methods of the TTHC figures panel and its drill-down. */
import { z } from "zod";
import { periodSchema } from "./foundation";
import { dossierRowSchema } from "./dossiers";

const periodInput = z.object({ period: z.string().min(1).max(40), profileId: z.string().optional() });

export const figureSchema = z.object({
  code: z.string(),
  label: z.string(),
  unit: z.string(),
  /** The unit in words, from the catalogue. */
  unitName: z.string(),
  value: z.number().nullable(),
  /** Whether the dossiers behind the figure can be listed. */
  drillable: z.boolean(),
  /** Below its target (satisfaction), or computed on a denominator under 10. */
  flag: z.string().nullable(),
});

export const figureApi = {
  "tthc.figures": {
    input: periodInput.strict(),
    output: z.object({ period: periodSchema, figures: z.array(figureSchema) }),
  },
  "tthc.drilldown": {
    input: periodInput
      .extend({ code: z.string().min(1), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100) })
      .strict(),
    output: z.object({ code: z.string(), label: z.string(), total: z.number().int(), rows: z.array(dossierRowSchema) }),
  },
} as const;
