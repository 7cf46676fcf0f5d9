import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { AppError } from "./errors";
import { daysInMonth } from "./dates";

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

export const builtinProfilesDir = fileURLToPath(new URL("../templates/profiles", import.meta.url));

/** Validates one profile file; a broken one is refused with the file and the field named. */
export function parseProfile(json: unknown, source: string): ProvinceProfile {
  const result = profileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new AppError("profile_invalid", `Tệp hồ sơ tỉnh "${source}" không hợp lệ ở "${issue.path.join(".") || "(gốc)"}": ${issue.message}.`);
  }
  return result.data;
}

export function loadProfileFile(file: string): ProvinceProfile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new AppError("profile_unreadable", `Không đọc được tệp hồ sơ tỉnh "${file}": ${(e as Error).message}`);
  }
  return parseProfile(json, path.basename(file));
}

/** The built-in profiles, then those in `extraDirs` (a user's own, which may replace a built-in by id). */
export function loadProfiles(extraDirs: string[] = []): Map<string, ProvinceProfile> {
  const profiles = new Map<string, ProvinceProfile>();
  for (const dir of [builtinProfilesDir, ...extraDirs]) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const profile = loadProfileFile(path.join(dir, name));
      profiles.set(profile.id, profile);
    }
  }
  return profiles;
}

export function getProfile(profiles: Map<string, ProvinceProfile>, id: string): ProvinceProfile {
  const p = profiles.get(id);
  if (!p) {
    throw new AppError("profile_unknown", `Không có hồ sơ tỉnh "${id}". Các hồ sơ hiện có: ${[...profiles.keys()].join(", ")}.`);
  }
  return p;
}
