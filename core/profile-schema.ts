/**
 * What a province profile is (domain.md §3): its schema and its validation.
 * No file access here, so the screens can build and preview a profile too.
 */
import { z } from "zod";
import { AppError } from "../shared/errors";
import { daysInMonth } from "../shared/dates";

export const REPORT_KINDS = ["Q1", "H1", "Q3", "Y"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

const dayOfYear = z
  .object({
    day: z.number().int().min(1).max(31),
    month: z.number().int().min(1).max(12),
    /** The day falls in the year before the report's year (15/12 of Y-1). */
    previousYear: z.boolean().optional(),
  })
  .strict()
  .refine((d) => d.day <= daysInMonth(2024, d.month), { message: "Ngày không tồn tại trong tháng" });

const reportWindow = z
  .object({
    from: dayOfYear,
    to: dayOfYear,
    estimateTo: dayOfYear.nullable(),
    due: dayOfYear,
  })
  .strict();

export const profileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "Mã hồ sơ tỉnh chỉ gồm chữ thường không dấu, số và dấu gạch ngang"),
    name: z.string().min(1),
    description: z.string(),
    recipient: z.string().min(1),
    source: z.string(),
    reports: z.object({ Q1: reportWindow, H1: reportWindow, Q3: reportWindow, Y: reportWindow }).strict(),
    notes: z.array(z.string()).default([]),
  })
  .strict();

export type ProvinceProfile = z.infer<typeof profileSchema>;
export type DayOfYear = z.infer<typeof dayOfYear>;

/** Validates one profile file; a broken one is refused with the file and the field named. */
export function parseProfile(json: unknown, source: string): ProvinceProfile {
  const result = profileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new AppError("profile_invalid", `Tệp hồ sơ tỉnh "${source}" không hợp lệ ở "${issue.path.join(".") || "(gốc)"}": ${issue.message}.`);
  }
  return result.data;
}
