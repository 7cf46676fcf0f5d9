import { z } from "zod";

/** One figure of the TTHC panel (tthc.figures), as the indicators compute it. */
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
