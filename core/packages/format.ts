/**
 * The department package (.cchc): a zip holding manifest.json, part.json and
 * the files of the evidence it names ("tep/<sha256>", one entry per content).
 * The manifest names the unit, the report window, the department, who made
 * it and when, the app and format versions, and the SHA-256 of every other
 * entry; part.json is what the department fills, each document naming its
 * files (checksum, name, size). Only aggregate figures, outline texts and
 * the commune's own documents travel: no citizen's personal data.
 */
import { z } from "zod";
import { ATTACHMENT_MAX_BYTES } from "../attachments/file-kinds";
import { FIELD_LIMITS } from "../field-limits";
import { formatMegabytes, UPLOAD_FILE_BYTES } from "../file-size";
import { formatNumber } from "../number-format";

export const PACKAGE_EXTENSION = ".cchc";
export const PACKAGE_FORMAT = "cchc-goi-phong-ban";
/**
 * Raised when the content's shape changes so that an older app could misread
 * it; a package of a newer format is refused, not guessed at. Files did not
 * raise it: an app before them refuses a package carrying files (an entry it
 * does not know), and reads one without files as ever.
 */
export const PACKAGE_FORMAT_VERSION = 1;

/** The Excel form's wording in force (manifest.formEdition). */
export const FORM_EDITION = 2;

export const MANIFEST_ENTRY = "manifest.json";
export const PART_ENTRY = "part.json";
/** The JSON entries a package holds; beside them only files under FILE_ENTRY_PREFIX. Anything else (another name, a folder, a path) is refused. */
export const PACKAGE_ENTRIES = [MANIFEST_ENTRY, PART_ENTRY] as const;

/** A file the package carries: "tep/" and the SHA-256 of its content. */
export const FILE_ENTRY_PREFIX = "tep/";
export const fileEntryName = (sha256: string): string => `${FILE_ENTRY_PREFIX}${sha256}`;
export const isFileEntryName = (name: string): boolean => /^tep\/[0-9a-f]{64}$/.test(name);

const MB = 1024 * 1024;
const MAX_FILES = 500;

export const PACKAGE_LIMITS = {
  /** A package without files, and the Excel form: far above a real one (a few dozen kB), far below what could exhaust an office PC. */
  fileBytes: 10 * MB,
  /** A package with its files: what the screen can carry in one file, so any package the app makes can be opened from the screen. */
  packageBytes: UPLOAD_FILE_BYTES,
  /** All the files of one package together, unpacked: room left for the JSON within packageBytes (files barely compress). */
  filesBytes: UPLOAD_FILE_BYTES - 4 * MB,
  /** One file: as one attached to a document. */
  fileEntryBytes: ATTACHMENT_MAX_BYTES,
  files: MAX_FILES,
  entries: PACKAGE_ENTRIES.length + MAX_FILES,
  /** One JSON entry. */
  entryBytes: 10 * MB,
  /**
   * Uncompressed / compressed of a JSON entry: JSON compresses about 5–10
   * times; a zip bomb thousands of times. Files are held by their sizes
   * instead: a blank page scanned uncompressed deflates near a thousand times.
   */
  ratio: 100,
} as const;

/** A size over a limit, as a refusal says both: in MB, or in bytes when the MB would read the same ("60 MB, quá giới hạn 60 MB"). */
export function sizeAndLimit(size: number, limit: number): [string, string] {
  const [shown, max] = [formatMegabytes(size), formatMegabytes(limit)];
  return shown === max ? [`${formatNumber(size, 0)} byte`, `${formatNumber(limit, 0)} byte`] : [shown, max];
}

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
    /**
     * The Excel form's wording: 2 since it says that files go in the package.
     * Absent in a .cchc and in a form made before; the form is read back
     * against the wording it was made with.
     */
    formEdition: z.number().int().positive().optional(),
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

/** A file of a document, carried in the package as fileEntryName(sha256). */
const fileRefSchema = z.object({ sha256, fileName: z.string().min(1).max(260), size: z.number().int().positive().max(ATTACHMENT_MAX_BYTES) }).strict();

export type PackageFileRef = z.infer<typeof fileRefSchema>;

/** A document; `files` absent (a package of before, or a document without files) is none. */
const documentRefSchema = z
  .object({
    numberSymbol: z.string().min(1).max(FIELD_LIMITS.code),
    date: isoDate,
    summary: z.string().max(FIELD_LIMITS.summary),
    files: z.array(fileRefSchema).max(50).optional(),
  })
  .strict();

export type DocumentRef = z.infer<typeof documentRefSchema>;

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
