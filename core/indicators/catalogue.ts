import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AppError } from "../../shared/errors";
import { builtinProfilesDir } from "../profiles";
import { formulaCodes, parseFormula } from "./formula";
import { withFullStop } from "../../shared/text";

const text = z.string().trim().min(1);

const indicatorSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, "Mã chỉ tiêu chỉ gồm chữ thường không dấu, số, dấu gạch dưới và dấu chấm"),
    /** "1", "2", … or "–" for a "– Trong đó" sub-row. */
    stt: text,
    label: text,
    /** nv, hs, vb, ng, lượt, dv, %, tr.đ, số, tthc, đơn; "%" marks a rate. */
    unit: text,
    /** The unit as this row's "Đơn vị tính" writes it ("Tin, bài"), where the catalogue's word for the code does not fit. */
    unitName: text.optional(),
    /** C computed, M manual, C/M computed where the records exist, else manual. */
    source: z.enum(["C", "M", "C/M"]),
    dept: text,
    definition: z.string().trim(),
    /** A rate's target: below it the figure is flagged (satisfaction ≥ 95 %). */
    targetMin: z.number().min(0).max(100).optional(),
    /**
     * How the "ước đạt" figure comes: "scale" (a count of what happened in the
     * window, scaled by days), or "carry" (a stock standing at a date – the
     * plan's size, the staff present, the dossiers carried over – unchanged).
     * "remainder" (what is still pending: the part of a "sum" check that
     * takes what its whole's estimate leaves after the other parts). Rates
     * are always carried or worked out from their formula.
     */
    estimate: z.enum(["scale", "carry", "remainder"]).optional(),
    /** Worked out from other rows: "a + b", "a - b", "rate(a + b, c)". */
    formula: z
      .string()
      .trim()
      .refine((f) => parseFormula(f) !== null, 'Công thức phải có dạng "a + b", "a - b" hoặc "rate(a, b)" với a, b là mã chỉ tiêu')
      .optional(),
  })
  .strict();

/**
 * A consistency check of the table (phu-luc-3.md): "sum" – the parts add up
 * to the whole; "le" – no part is larger than the whole.
 */
const checkRuleSchema = z
  .object({
    rule: z.enum(["sum", "le"]),
    level: z.enum(["error", "warning"]),
    whole: z.string(),
    parts: z.array(z.string()).min(1),
  })
  .strict();

const sectionSchema = z
  .object({
    stt: z.string().regex(/^[IVXLC]+$/, "Số thứ tự của mục phải là số La Mã (I, II, …)"),
    label: text,
    indicators: z.array(indicatorSchema).min(1),
  })
  .strict();

export const catalogueSchema = z
  .object({
    id: text,
    title: text,
    description: z.string(),
    /** The unit codes written out as the official table writes them: "hs" → "Hồ sơ". */
    units: z.record(z.string(), text).default({}),
    sections: z.array(sectionSchema).min(1),
    checks: z.array(checkRuleSchema).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.sections.forEach((s, si) =>
      s.indicators.forEach((i, ii) => {
        if (seen.has(i.code)) ctx.addIssue({ code: "custom", path: ["sections", si, "indicators", ii, "code"], message: `Mã chỉ tiêu "${i.code}" bị trùng` });
        seen.add(i.code);
      }),
    );
    c.sections.forEach((s, si) =>
      s.indicators.forEach((i, ii) => {
        const formula = i.formula ? parseFormula(i.formula) : null;
        for (const code of formula ? formulaCodes(formula) : []) {
          if (!seen.has(code)) ctx.addIssue({ code: "custom", path: ["sections", si, "indicators", ii, "formula"], message: `Công thức dùng mã chỉ tiêu "${code}" không có trong danh mục` });
        }
      }),
    );
    c.checks.forEach((check, ci) => {
      for (const code of [check.whole, ...check.parts]) {
        if (!seen.has(code)) ctx.addIssue({ code: "custom", path: ["checks", ci], message: `Phép kiểm tra thứ ${ci + 1} dùng mã chỉ tiêu "${code}" không có trong danh mục` });
      }
    });
  });

export type Catalogue = z.infer<typeof catalogueSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type CheckRule = z.infer<typeof checkRuleSchema>;

/** templates/phu-luc-3.json, found beside the built-in profiles so that it resolves the same way bundled and unbundled. */
export const defaultCatalogueFile = path.join(builtinProfilesDir, "..", "phu-luc-3.json");

interface LooseCatalogue {
  sections?: { stt?: unknown; indicators?: { code?: unknown }[] }[];
}

/** Where an issue lies, told as a user finds it in the file: mục III, chỉ tiêu "tthc.ho_so.tong", trường "unit". */
function describePlace(json: unknown, where: PropertyKey[]): string {
  const [sections, si, indicators, ii, ...rest] = where;
  if (sections !== "sections" || typeof si !== "number") return `trường "${where.map(String).join(".") || "(gốc)"}"`;
  const section = (json as LooseCatalogue).sections?.[si];
  const sectionName = typeof section?.stt === "string" ? `mục ${section.stt}` : `mục thứ ${si + 1}`;
  if (indicators !== "indicators" || typeof ii !== "number") return `${sectionName}, trường "${where.slice(2).map(String).join(".") || "(cả mục)"}"`;
  const code = section?.indicators?.[ii]?.code;
  const indicator = typeof code === "string" ? `chỉ tiêu "${code}"` : `chỉ tiêu thứ ${ii + 1}`;
  return `${sectionName}, ${indicator}, trường "${rest.map(String).join(".") || "(cả chỉ tiêu)"}"`;
}

/** Validates a catalogue; a broken one is refused with the file and the field named. */
export function parseCatalogue(json: unknown, file: string): Catalogue {
  const result = catalogueSchema.safeParse(json, { error: z.locales.vi().localeError });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new AppError("catalogue_invalid", withFullStop(`Tệp danh mục chỉ tiêu "${file}" không hợp lệ ở ${describePlace(json, issue.path)}: ${issue.message}`));
  }
  return result.data;
}

/** Reads and validates a catalogue file (Phụ lục 3 by default; a user may load their province's own). */
export function loadCatalogue(file: string = defaultCatalogueFile): Catalogue {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new AppError("catalogue_unreadable", `Không đọc được tệp danh mục chỉ tiêu "${file}": ${(e as Error).message}`);
  }
  return parseCatalogue(json, path.basename(file));
}

let builtin: Catalogue | undefined;

/** The built-in Phụ lục 3, read once. */
export function defaultCatalogue(): Catalogue {
  builtin ??= loadCatalogue();
  return builtin;
}

export const indicatorsOf = (c: Catalogue): Indicator[] => c.sections.flatMap((s) => s.indicators);

export const isRate = (i: Indicator) => i.unit === "%";

/** Rates and amounts of money take decimals; everything else is counted in whole numbers. */
export const takesDecimals = (unit: string) => unit === "%" || unit === "tr.đ";

/** The smallest step of an estimated figure: whole numbers for counts, tenths for amounts and rates. */
export const figureStep = (unit: string) => (takesDecimals(unit) ? 0.1 : 1);

/** "Đơn vị tính" in words, as every document, sheet and screen prints it: the row's own word, else the catalogue's word for its code, else the code. */
export const unitNameOf = (catalogue: Catalogue, indicator: Indicator): string => indicator.unitName ?? catalogue.units[indicator.unit] ?? indicator.unit;
