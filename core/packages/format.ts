/**
 * The department package (.cchc): a zip holding manifest.json and part.json.
 * The manifest names the unit, the report window, the department, who made
 * it and when, the app and format versions, and the SHA-256 of every other
 * entry; part.json is what the department fills. Only aggregate figures,
 * outline texts and references to the commune's own documents travel: no
 * citizen's personal data.
 */
import { z } from "zod";
import { FIELD_LIMITS } from "../field-limits";

export const PACKAGE_EXTENSION = ".cchc";
export const PACKAGE_FORMAT = "cchc-goi-phong-ban";
/** Raised when the content's shape changes; a package of a newer format is refused, not guessed at. */
export const PACKAGE_FORMAT_VERSION = 1;

export const MANIFEST_ENTRY = "manifest.json";
export const PART_ENTRY = "part.json";
/** Every entry a package may hold; anything else (another name, a folder, a path) is refused. */
export const PACKAGE_ENTRIES = [MANIFEST_ENTRY, PART_ENTRY] as const;

/** Far above a real package (a few dozen kB), far below what could exhaust an office PC. */
export const PACKAGE_LIMITS = {
  fileBytes: 10 * 1024 * 1024,
  entries: PACKAGE_ENTRIES.length,
  entryBytes: 10 * 1024 * 1024,
  /** Uncompressed / compressed: JSON compresses about 5–10 times; a zip bomb thousands of times. */
  ratio: 100,
} as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    formatVersion: z.number().int().positive(),
    appVersion: z.string().min(1).max(40),
    unit: z.object({ name: z.string().min(1).max(FIELD_LIMITS.name) }).strict(),
    /** The report the part belongs to: "2025-Y" or "2025-07-01..2025-10-09" as the app names it, its days and its title. */
    window: z.object({ spec: z.string().min(1).max(40), from: isoDate, to: isoDate, label: z.string().min(1).max(120) }).strict(),
    outline: z.object({ id: z.string().regex(/^[a-z0-9-]{1,80}$/), name: z.string().min(1).max(FIELD_LIMITS.line) }).strict(),
    department: z.object({ code: z.string().regex(/^[A-Z0-9_]{1,20}$/), name: z.string().min(1).max(FIELD_LIMITS.name) }).strict(),
    /** "giao": the officer sends the part out; "tra_loi": the department sends it back filled. */
    direction: z.enum(["giao", "tra_loi"]),
    createdBy: z.string().min(1).max(FIELD_LIMITS.name),
    /** 'YYYY-MM-DD HH:mm:ss', Vietnam time. */
    createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
    deadline: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/)
      .nullable(),
    entries: z.record(z.string(), sha256),
  })
  .strict();

export type PackageManifest = z.infer<typeof manifestSchema>;

const text = z.string().max(FIELD_LIMITS.body);

/** A figure of Phụ lục 3 the department answers for: what the app has now, and the answer. */
const partFigureSchema = z
  .object({
    code: z.string().min(1).max(120),
    label: z.string().max(500),
    unit: z.string().max(20),
    /** The unit in words ("Hồ sơ", "Triệu đồng") as the report prints it; absent in a package of an earlier version. */
    unitName: z.string().max(120).optional(),
    /** Whether it is counted from the registers (the department checks it) or typed in (the department enters it). */
    source: z.enum(["C", "M", "C/M"]),
    current: z.number().nullable(),
    answer: z.number().nullable(),
  })
  .strict();

/** An outline item the department writes: the wording, the text in force when the package was made, and the answer. */
const partTextSchema = z
  .object({
    itemKey: z.string().min(1).max(FIELD_LIMITS.itemKey),
    wording: z.string().max(FIELD_LIMITS.summary),
    current: text.nullable(),
    answer: text.nullable(),
  })
  .strict();

const documentRefSchema = z.object({ numberSymbol: z.string().min(1).max(FIELD_LIMITS.code), date: isoDate, summary: z.string().max(FIELD_LIMITS.summary) }).strict();

/** An outline item expecting evidence: the documents linked when the package was made, and those the department names. */
const partEvidenceSchema = z
  .object({
    itemKey: z.string().min(1).max(FIELD_LIMITS.itemKey),
    wording: z.string().max(FIELD_LIMITS.summary),
    current: z.array(documentRefSchema).max(500),
    /** Documents linked at a heading above, which cover this item too: shown so the department does not name them again. */
    coveredAbove: z.array(documentRefSchema).max(500).default([]),
    answer: z.array(documentRefSchema).max(500),
  })
  .strict();

export const partSchema = z
  .object({
    figures: z.array(partFigureSchema).max(2000),
    texts: z.array(partTextSchema).max(2000),
    evidence: z.array(partEvidenceSchema).max(2000),
  })
  .strict();

export type DepartmentPart = z.infer<typeof partSchema>;
