/** The demo commune, loaded from the first-run screen. */
import { z } from "zod";
import { isoDate } from "./foundation";

export const demoApi = {
  /** Fills a store with no records yet with the demo commune up to today, keeping the unit set up; refused once any record exists. */
  "demo.load": {
    input: z.object({}).strict(),
    output: z.object({ unitName: z.string(), from: isoDate, until: isoDate, counts: z.record(z.string(), z.number().int()) }),
  },
} as const;
