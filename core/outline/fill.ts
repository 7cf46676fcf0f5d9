import type { AppContext } from "../context";
import { formatDateVi } from "../../shared/dates";
import type { ResolvedPeriod } from "../periods";
import { activeCatalogue } from "../indicators/active-catalogue";
import { evaluateFormula, parseFormula } from "../indicators/formula";
import { buildReport } from "../indicators/report";
import { reportRows, type Report, type ReportRow } from "../indicators/report-types";
import { sentFigure } from "../exports/phu-luc-3-text";
import { signatureLines } from "../exports/signature";
import { defaultDepartments, getUnit, kindOfUnitName, placeNameOf } from "../unit";
import { unitWording } from "../unit-wording";
import { evidenceByItem } from "./evidence";
import { getInspection } from "./inspection";
import { slotKey, textsInForce } from "./narratives";
import { BLANK, departmentsOf, expectsEvidence, takesNarrative, type OutlineNode, type OutlineTemplate } from "./template";
import { flattenNodes, NUMBER_BLANK, signingDay, type Completeness, type DepartmentProgress, type EvidenceDocument, type FilledFigure, type FilledNode, type FilledOutline } from "./filled-types";
import { lowerFirst } from "../../shared/text";
import { formatNumber } from "../number-format";

/** Worst first: one missing part makes the whole missing. */
function combine(states: Completeness[]): Completeness {
  if (states.includes("thieu")) return "thieu";
  return states.includes("du") ? "du" : "khong_can";
}

/** What a rate over nothing is written as: "Tỷ lệ xử lý VBQPPL sau kiểm tra: không phát sinh". */
export const NOTHING_TO_RATE = "không phát sinh";

function figureOf(expression: string, rows: Map<string, ReportRow>): FilledFigure {
  const formula = parseFormula(expression)!;
  const single = rows.get(expression.trim());
  const evaluated = single ? { value: single.value, denominator: single.denominator } : evaluateFormula(formula, (code) => rows.get(code)?.value ?? null);
  const { value } = evaluated;
  const unit = formula.kind === "rate" ? "%" : single ? single.unit : (rows.get(formula.terms[0]!.code)?.unit ?? "");
  const nothingToRate = value === null && unit === "%" && evaluated.denominator === 0;
  return {
    expression,
    label: single?.label ?? null,
    value,
    unit,
    nothingToRate,
    written: value !== null ? formatNumber(value) : nothingToRate ? NOTHING_TO_RATE : BLANK,
  };
}

const isKnown = (figure: FilledFigure) => figure.value !== null || figure.nothingToRate;

/** "Tổng số nhiệm vụ được giao: … nhiệm vụ." with its blanks filled in order; a blank with no figure stays "…". */
function writeIn(text: string, figures: FilledFigure[]): string {
  if (figures.length === 0) return text;
  return text.split(BLANK).reduce((out, piece, i) => {
    if (i === 0) return piece;
    const figure = figures[i - 1];
    return out + (figure?.written ?? BLANK) + (figure?.nothingToRate ? piece.replace(/^\s?%/, "") : piece);
  }, "");
}

/**
 * What an outline's wording may name: {nam}, {nam_sau}, {don_vi} ("xã Cẩm
 * Giang"), {tu_ngay}, {den_ngay}; the unit's level {cap_don_vi} ("xã",
 * "phường", "đặc khu"), the province's {cap_tinh} ("tỉnh", "thành phố") and
 * {tinh} ("tỉnh Ninh Bình"), so that one template serves every unit; and
 * {uoc_dat} ("; số liệu ước đạt đến ngày 14/12/2025"), empty unless the
 * report carries estimates, so that no sentence speaks of data it lacks.
 */
interface Placeholders {
  nam: string;
  nam_sau: string;
  don_vi: string;
  tu_ngay: string;
  den_ngay: string;
  cap_don_vi: string;
  cap_tinh: string;
  tinh: string;
  uoc_dat: string;
}

const PLACEHOLDER = /\{(nam|nam_sau|don_vi|tu_ngay|den_ngay|cap_don_vi|cap_tinh|tinh|uoc_dat)\}/g;

const substitute = (text: string, p: Placeholders): string => text.replace(PLACEHOLDER, (_, k: keyof Placeholders) => p[k]);

/** "Nơi nhận:" of a document with a "Kính gửi:" starts "Như trên;" (Nghị định 30/2020) and does not name the addressee again. */
function copiesOf(copies: string[], recipient: string | null): string[] {
  if (!recipient) return copies;
  const rest = copies.filter((c) => c.replace(/;$/, "").trim() !== recipient && !/^như trên;?$/iu.test(c.trim()));
  return ["Như trên;", ...rest];
}

interface FillContext {
  rows: Map<string, ReportRow>;
  texts: ReturnType<typeof textsInForce>;
  evidence: Map<string, EvidenceDocument[]>;
  departmentName: (code: string) => string;
  outline: OutlineTemplate;
  placeholders: Placeholders;
}

function fillNode(f: FillContext, node: OutlineNode, path: OutlineNode[], coveredAbove: boolean): FilledNode {
  const sub = (s: string) => substitute(s, f.placeholders);
  const figures = (node.figures ?? []).map((e) => figureOf(e, f.rows));
  const facts = (node.facts ?? []).map((fact) => {
    const factFigures = fact.figures.map((e) => figureOf(e, f.rows));
    return { text: writeIn(sub(fact.text), factFigures), figures: factFigures };
  });
  const departments = departmentsOf(node, path, f.outline);
  const evidence = f.evidence.get(node.key) ?? [];
  const evidenceExpected = path.length > 0 && expectsEvidence(node, path);
  const covered = coveredAbove || evidence.length > 0;
  const children = (node.children ?? []).map((c) => fillNode(f, c, [...path, node], covered));

  let narrative: FilledNode["narrative"] = null;
  if (takesNarrative(node)) {
    const own = departments.map((code) => ({ departmentCode: code, departmentName: f.departmentName(code), current: f.texts.get(slotKey(node.key, code)) ?? null }));
    const merged = departments.length > 1 ? (f.texts.get(slotKey(node.key, null)) ?? null) : null;
    const joined = own.flatMap((d) => (d.current ? [d.current.body] : [])).join("\n\n");
    narrative = { departments: own, merged, text: merged?.body ?? joined };
  }

  const allFigures = [...figures, ...facts.flatMap((x) => x.figures)];
  const ownFigures: Completeness = allFigures.length === 0 ? "khong_can" : allFigures.every(isKnown) ? "du" : "thieu";
  const ownText: Completeness = !narrative ? "khong_can" : narrative.merged || narrative.departments.every((d) => d.current) ? "du" : "thieu";
  const evidenceStatus: Completeness =
    !evidenceExpected && path.length > 0 ? "khong_can" : covered ? "du" : children.length ? combine(children.map((c) => c.status.evidence)) : evidenceExpected ? "thieu" : "khong_can";
  return {
    key: node.key,
    depth: path.length,
    number: node.number ?? "",
    lead: node.lead ? sub(node.lead) : null,
    template: sub(node.text),
    text: writeIn(sub(node.text), figures),
    note: node.note ? sub(node.note) : null,
    figures,
    facts,
    departments,
    narrative,
    evidenceExpected,
    evidence,
    status: {
      figures: combine([ownFigures, ...children.map((c) => c.status.figures)]),
      text: combine([ownText, ...children.map((c) => c.status.text)]),
      evidence: evidenceStatus,
    },
    children,
  };
}

function progressOf(nodes: FilledNode[], departments: FilledOutline["departments"]): FilledOutline["progress"] {
  const all = flattenNodes(nodes);
  const figuresOf = (n: FilledNode) => [...n.figures, ...n.facts.flatMap((x) => x.figures)];
  const evidenceItems = all.filter((n) => n.evidenceExpected && n.children.length === 0);
  const count = <T>(items: T[], done: (t: T) => boolean) => ({ done: items.filter(done).length, total: items.length });
  const perDepartment = departments.map((d): DepartmentProgress => {
    const mine = all.filter((n) => n.departments.includes(d.code));
    return {
      code: d.code,
      name: d.name,
      headName: d.headName,
      texts: count(
        mine.filter((n) => n.narrative),
        (n) => Boolean(n.narrative!.merged || n.narrative!.departments.find((x) => x.departmentCode === d.code)?.current),
      ),
      figures: count(mine.flatMap(figuresOf), isKnown),
      evidence: count(
        evidenceItems.filter((n) => n.departments.includes(d.code)),
        (n) => n.status.evidence === "du",
      ),
    };
  });
  return {
    figures: count(all.flatMap(figuresOf), isKnown),
    texts: count(
      all.filter((n) => n.narrative),
      (n) => n.status.text === "du",
    ),
    evidence: count(evidenceItems, (n) => n.status.evidence === "du"),
    departments: perDepartment,
  };
}

/**
 * An outline filled for a window: figures in force (Phụ lục 3 of the same
 * window, manual entries included) written into the wording, the texts of the
 * report that starts on the window's first day, the evidence links, and what
 * is still missing, per item and per department.
 */
export function fillOutline(
  ctx: AppContext,
  source: { outline: OutlineTemplate; fileName: string | null },
  period: ResolvedPeriod,
  report: Report = buildReport(ctx, period, { catalogue: activeCatalogue(ctx) }),
): FilledOutline {
  const { outline } = source;
  const unit = getUnit(ctx.store.db);
  const standard = defaultDepartments(unit?.kind ?? kindOfUnitName(unit?.name ?? ""));
  const departmentOf = (code: string) => unit?.departments.find((d) => d.code === code) ?? standard.find((d) => d.code === code);
  const year = Number((period.due ?? period.to).slice(0, 4));
  const wording = unitWording(unit, unit ? ctx.profiles.get(unit.profileId) : null);
  const placeholders: Placeholders = {
    nam: String(period.year),
    nam_sau: String(period.year + 1),
    don_vi: unit ? lowerFirst(unit.name) : "đơn vị",
    tu_ngay: formatDateVi(period.from),
    den_ngay: formatDateVi(period.to),
    cap_don_vi: wording.unitLevel,
    cap_tinh: wording.provinceLevel,
    tinh: wording.provinceInSentence,
    uoc_dat: report.withEstimate && period.estimateTo ? `; số liệu ước đạt đến ngày ${formatDateVi(period.estimateTo)}` : "",
  };
  const fill: FillContext = {
    // The figures the report sends: the estimate where it carries one, as its Phụ lục 3 prints them.
    rows: new Map(reportRows(report).map((r) => [r.code, { ...r, value: sentFigure(report, r) }])),
    texts: textsInForce(ctx.store.sqlite, outline.id, period.from),
    evidence: evidenceByItem(ctx.store.sqlite, outline.id, period.to),
    departmentName: (code) => departmentOf(code)?.name ?? code,
    outline,
    placeholders,
  };
  const sections = outline.sections.map((s) => fillNode(fill, s, [], false));
  const departments = outline.departments.map((code) => {
    const d = departmentOf(code);
    return { code, name: d?.name ?? code, headName: d?.headName ?? null, headTitle: d?.headTitle ?? null };
  });
  const doc = outline.document;
  const sub = (s: string | undefined) => (s ? substitute(s, placeholders) : null);
  const place = unit ? (unit.placeName ?? placeNameOf(unit.name)) : "…";
  const recipient = sub(doc.recipient);
  return {
    outline: { id: outline.id, kind: outline.kind, name: outline.name, fileName: source.fileName },
    unit: report.unit,
    period: report.period,
    document: {
      issuer: ["ỦY BAN NHÂN DÂN", (unit?.name ?? "…").toLocaleUpperCase("vi")],
      numberLine: `Số:${NUMBER_BLANK}/${doc.symbol}`,
      symbol: doc.symbol,
      year,
      // Left blank with spaces, as the signed copy is dated by hand (seed 001); "…" marks only missing figures.
      dateLine: `${place}, ${signingDay(year)}`,
      title: substitute(doc.title, placeholders),
      subtitle: substitute(doc.subtitle, placeholders),
      recipient,
      opening: sub(doc.opening),
      closing: sub(doc.closing),
      copies: copiesOf(
        doc.copies.map((c) => substitute(c, placeholders)),
        recipient,
      ),
      windowNote: sub(doc.windowNote),
      appendPhuLuc3: doc.appendPhuLuc3,
    },
    departments,
    sections,
    progress: progressOf(sections, departments),
    inspection: getInspection(ctx, outline.id),
    signature: signatureLines(report.signer),
  };
}
