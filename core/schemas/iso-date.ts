import { z } from "zod";

/** A calendar date as the API carries it: "2025-03-31". */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
