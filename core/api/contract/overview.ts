/** What the Tổng quan screen shows beyond the unit and the reports coming due (overview.get). */
import { z } from "zod";

// Not foundation's isoDate: foundation imports this file, and a cycle would leave it undefined here.
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const window = z.object({ from: day, to: day });
const shortfall = z.object({ count: z.number().int(), examples: z.array(z.string()) });

export const reportStatusSchema = z.object({
  spec: z.string(),
  state: z.enum(["thieu", "du", "da_xuat", "da_gui"]),
  missingFigures: shortfall,
  checkErrors: shortfall,
  exportedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
});

export const inspectionReadinessSchema = z.object({
  outlineId: z.string(),
  outlineName: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  date: day,
  timeFrom: z.string().nullable(),
  daysLeft: z.number().int(),
  partsNotReturned: z.array(z.object({ code: z.string(), name: z.string(), state: z.enum(["chua_gui", "cho_gui", "da_gui", "can_bo_sung", "qua_han"]) })),
  evidenceMissing: shortfall,
  filesMissing: shortfall,
});

const rate = z.number().nullable();
const months = z.array(rate).length(12);

export const overviewFiguresSchema = z.object({
  window,
  lastYearWindow: window,
  figures: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      unit: z.enum(["hồ sơ", "%"]),
      higherIsBetter: z.boolean(),
      value: rate,
      lastYear: rate,
      change: rate,
    }),
  ),
  fields: z.object({ top: z.array(z.object({ field: z.string().nullable(), received: z.number().int() })), others: z.number().int() }),
  monthly: z.object({ year: z.number().int(), onTime: months, online: months, lastYearOnTime: months, lastYearOnline: months }),
});

export const alertSchema = z.object({
  kind: z.enum(["hai_long", "hai_long_dat_dai", "ho_so_qua_han", "nhiem_vu_ke_hoach", "nhiem_vu_tinh_giao"]),
  message: z.string(),
  advice: z.string(),
  examples: z.array(z.string()),
});
