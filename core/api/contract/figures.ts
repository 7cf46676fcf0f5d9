/** Methods of the TTHC figures panel and its drill-down. */
import { z } from "zod";
import { periodSchema } from "./foundation";
import { dossierRowSchema } from "./dossiers";
import { figureSchema } from "../../schemas/figure";

export * from "../../schemas/figure";

const periodInput = z.object({ period: z.string().min(1).max(40), profileId: z.string().optional() });

export const figureApi = {
  "tthc.figures": {
    input: periodInput.strict(),
    output: z.object({ period: periodSchema, figures: z.array(figureSchema) }),
  },
  "tthc.drilldown": {
    input: periodInput.extend({ code: z.string().min(1), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100) }).strict(),
    output: z.object({ code: z.string(), label: z.string(), total: z.number().int(), rows: z.array(dossierRowSchema) }),
  },
} as const;
