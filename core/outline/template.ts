import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AppError } from "../../shared/errors";
import { FIELD_LIMITS, tooLong } from "../field-limits";
import { builtinProfilesDir } from "../profiles";
import { formulaCodes, parseFormula } from "../indicators/formula";
import { indicatorsOf, type Catalogue } from "../indicators/catalogue";
import { withFullStop } from "../../shared/text";

/** Where a figure goes in an outline's wording: the "…" of "Tổng số nhiệm vụ được giao: … nhiệm vụ." */
export const BLANK = "…";

export const countBlanks = (text: string): number => text.split(BLANK).length - 1;

const text = z.string().trim().min(1);

/**
 * What the department package takes of an outline (core/packages/format.ts):
 * an item's key and wording travel in every part, the outline's name in the
 * manifest. A template holding more would make packages the department refuses.
 */
export const OUTLINE_LIMITS = { itemKey: FIELD_LIMITS.itemKey, wording: FIELD_LIMITS.summary, name: FIELD_LIMITS.line } as const;

/** An indicator code, or a formula over codes: "a + b", "a - b", "rate(a, b)". */
const figureExpression = text.refine((f) => parseFormula(f) !== null, 'Số liệu phải là một mã chỉ tiêu hoặc công thức dạng "a + b", "a - b", "rate(a, b)"');

/** A sentence that quotes figures: each "…" of its text is filled, in order, by one expression. */
const factSchema = z.object({ text, figures: z.array(figureExpression).min(1) }).strict();

const departmentCode = z.string().regex(/^[A-Z0-9_]{1,20}$/, "Mã phòng ban chỉ gồm chữ in hoa không dấu, số và dấu gạch dưới");

export interface OutlineNodeInput {
  key: string;
  number?: string;
  lead?: string;
  text: string;
  note?: string;
  departments?: string[];
  figures?: string[];
  facts?: { text: string; figures: string[] }[];
  narrative?: boolean;
  evidence?: boolean;
  children?: OutlineNodeInput[];
}

/**
 * One heading or item of an outline, as the province wrote it. `number` is
 * its marker ("I", "1", "a)", "-", "+"); `lead` the assignment printed before
 * the wording ("Văn phòng HĐND-UBND xã báo cáo"); `text` the wording itself,
 * with "…" where `figures` go; `note` a paragraph under a heading;
 * `departments` who writes it (inherited by the items below); `narrative`
 * whether it takes a written text (by default: an item with no children and
 * no blanks); `evidence` false where no evidence documents are expected.
 */
const nodeSchema: z.ZodType<OutlineNodeInput> = z.lazy(() =>
  z
    .object({
      key: z
        .string()
        .max(OUTLINE_LIMITS.itemKey, tooLong("Khóa của mục", OUTLINE_LIMITS.itemKey))
        .regex(/^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/, 'Khóa của mục chỉ gồm chữ, số và dấu chấm (ví dụ "II.2.1")'),
      number: z.string().trim().max(12).optional(),
      lead: text.optional(),
      text: text.max(OUTLINE_LIMITS.wording, tooLong("Nội dung của mục", OUTLINE_LIMITS.wording)),
      note: text.optional(),
      departments: z.array(departmentCode).min(1).optional(),
      figures: z.array(figureExpression).optional(),
      facts: z.array(factSchema).optional(),
      narrative: z.boolean().optional(),
      evidence: z.boolean().optional(),
      children: z.array(nodeSchema).optional(),
    })
    .strict(),
);

export const outlineSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,80}$/, "Mã đề cương chỉ gồm chữ thường không dấu, số và dấu gạch ngang"),
    /** "de_cuong": a report answering an outline the province sent; "bao_cao": the periodic narrative report. */
    kind: z.enum(["de_cuong", "bao_cao"]),
    /** The name in the app's lists: "Đề cương báo cáo phục vụ kiểm tra CCHC năm 2025". */
    name: text.max(OUTLINE_LIMITS.name, tooLong("Tên đề cương", OUTLINE_LIMITS.name)),
    /** Report kinds it is written for ("Y" for the annual report); any window when absent. */
    periods: z
      .array(z.enum(["Q1", "H1", "Q3", "Y", "custom"]))
      .min(1)
      .optional(),
    /** The window the province asked for, suggested when the outline is opened: "2025-07-01..2025-10-09". */
    defaultPeriod: z.string().trim().optional(),
    /** When the departments' drafts are due for the default window ("2025-10-09 11:00", seed 002); else the profile's due day. */
    departmentDeadline: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/, "Hạn của phòng ban phải có dạng YYYY-MM-DD hoặc YYYY-MM-DD HH:mm")
      .optional(),
    /** Every department the outline assigns, in the order the compiled document shows their contributions. */
    departments: z.array(departmentCode).min(1),
    document: z
      .object({
        /** "BÁO CÁO" */
        title: text,
        /**
         * The line under the title; {nam} is the period's year, {nam_sau} the next, {don_vi} the unit's name, {tu_ngay} and {den_ngay} the window's first and last days.
         * Every text below may also name {cap_don_vi} ("xã", "phường", "đặc khu"), {cap_tinh} ("tỉnh", "thành phố") and {tinh} ("tỉnh Ninh Bình").
         */
        subtitle: text,
        /** "BC-UBND" in "Số: …/BC-UBND". */
        symbol: text,
        /** "Kính gửi: …" line; none when absent. */
        recipient: text.optional(),
        opening: text.optional(),
        closing: text.optional(),
        /** The "Nơi nhận:" list; with a recipient it is printed after "Như trên;". */
        copies: z.array(text).min(1),
        /** A note printed at the end of the outline part: "(Số liệu báo cáo tính từ … đến thời điểm báo cáo.)" */
        windowNote: text.optional(),
        /** Whether Phụ lục 3 of the same period can be appended. */
        appendPhuLuc3: z.boolean().default(false),
      })
      .strict(),
    sections: z.array(nodeSchema).min(1),
  })
  .strict();

export type OutlineTemplate = z.infer<typeof outlineSchema>;
export type OutlineNode = OutlineNodeInput;

/** Every node depth-first with its ancestors' keys, in document order. */
export function walkOutline(template: Pick<OutlineTemplate, "sections">): { node: OutlineNode; depth: number; path: OutlineNode[] }[] {
  const out: { node: OutlineNode; depth: number; path: OutlineNode[] }[] = [];
  const visit = (nodes: OutlineNode[], path: OutlineNode[]) => {
    for (const node of nodes) {
      out.push({ node, depth: path.length, path });
      visit(node.children ?? [], [...path, node]);
    }
  };
  visit(template.sections, []);
  return out;
}

/** Whether a node takes a written text: as marked, else a leaf whose blanks (if any) no figure fills. */
export const takesNarrative = (node: OutlineNode): boolean => node.narrative ?? (!node.children?.length && !node.figures?.length);

/** The departments that write a node: its own, else its nearest ancestor's, else the outline's. */
export function departmentsOf(node: OutlineNode, path: OutlineNode[], outline: Pick<OutlineTemplate, "departments">): string[] {
  for (const n of [node, ...[...path].reverse()]) if (n.departments) return n.departments;
  return outline.departments;
}

/** Whether evidence documents are expected for a node: unless it or an ancestor says not. */
export const expectsEvidence = (node: OutlineNode, path: OutlineNode[]): boolean => [...path, node].every((n) => n.evidence !== false);

/** The expressions of a node: those of its blanks and of its fact sentences. */
export const figureExpressionsOf = (node: OutlineNode): string[] => [...(node.figures ?? []), ...(node.facts ?? []).flatMap((f) => f.figures)];

function checkOutline(o: OutlineTemplate, catalogue: Catalogue, issue: (path: PropertyKey[], message: string) => void): void {
  const codes = new Set(indicatorsOf(catalogue).map((i) => i.code));
  const keys = new Set<string>();
  const known = new Set(o.departments);
  const visit = (nodes: OutlineNode[], at: PropertyKey[]) =>
    nodes.forEach((node, i) => {
      const here = [...at, i];
      if (keys.has(node.key)) issue([...here, "key"], `Khóa "${node.key}" bị trùng`);
      keys.add(node.key);
      const blanks = countBlanks(node.text);
      if (node.figures && node.figures.length !== blanks) issue([...here, "figures"], `Nội dung có ${blanks} chỗ "…" nhưng có ${node.figures?.length ?? 0} số liệu`);
      node.facts?.forEach((fact, fi) => {
        if (countBlanks(fact.text) !== fact.figures.length) issue([...here, "facts", fi], `Câu số liệu có ${countBlanks(fact.text)} chỗ "…" nhưng có ${fact.figures.length} số liệu`);
      });
      for (const expression of figureExpressionsOf(node)) {
        for (const code of formulaCodes(parseFormula(expression)!)) {
          if (!codes.has(code)) issue([...here, "figures"], `Mã chỉ tiêu "${code}" không có trong danh mục Phụ lục 3 đang dùng`);
        }
      }
      for (const d of node.departments ?? []) if (!known.has(d)) issue([...here, "departments"], `Phòng ban "${d}" không có trong danh sách "departments" của đề cương`);
      visit(node.children ?? [], [...here, "children"]);
    });
  visit(o.sections, ["sections"]);
}

/** Where an issue lies, as a user finds it in the file: mục "II.2.1", trường "figures". */
function describePlace(json: unknown, where: PropertyKey[]): string {
  let node: unknown = json;
  let key: string | null = null;
  let i = 0;
  for (; i < where.length; i++) {
    const step = where[i]!;
    if (node === null || typeof node !== "object") break;
    node = (node as Record<PropertyKey, unknown>)[step as string];
    const k = (node as { key?: unknown } | null)?.key;
    if (typeof step === "number" && typeof k === "string") key = k;
  }
  const field = where.filter((s) => typeof s === "string" && s !== "sections" && s !== "children").pop();
  if (!key) return `trường "${where.map(String).join(".") || "(gốc)"}"`;
  return `mục "${key}"${field ? `, trường "${String(field)}"` : ""}`;
}

/** Validates an outline against the indicator catalogue it will be filled from; a broken one is refused naming the file and the item. */
export function parseOutline(json: unknown, file: string, catalogue: Catalogue): OutlineTemplate {
  const result = outlineSchema.safeParse(json, { error: z.locales.vi().localeError });
  const fail = (where: PropertyKey[], message: string): never => {
    throw new AppError("outline_invalid", withFullStop(`Tệp đề cương "${file}" không hợp lệ ở ${describePlace(json, where)}: ${message}`));
  };
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return fail(issue.path, issue.message);
  }
  checkOutline(result.data, catalogue, fail);
  return result.data;
}

/** The folder of the built-in outlines: templates/, beside the profiles. */
export const builtinTemplatesDir = path.join(builtinProfilesDir, "..");

/** The outlines shipped with the app, by id. */
export const BUILTIN_OUTLINES = ["de-cuong-kiem-tra-2025", "bao-cao-nam"] as const;

export function readOutlineFile(file: string, catalogue: Catalogue): OutlineTemplate {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new AppError("outline_unreadable", `Không đọc được tệp đề cương "${path.basename(file)}": ${(e as Error).message}`);
  }
  return parseOutline(json, path.basename(file), catalogue);
}

export const builtinOutlineFile = (id: string): string => path.join(builtinTemplatesDir, `${id}.json`);
