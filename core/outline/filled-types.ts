/**
 * An outline filled for one window, as the app shows, prints and writes it:
 * every heading and item with its figures written into the wording, the text
 * each department wrote, the merged text, the evidence documents and the
 * completeness. Plain data (no store): the Word writers, the print view, the
 * CLI and the API all read this one shape.
 */
import type { ReportPeriod } from "../indicators/report-types";
import type { SignatureLines } from "../exports/signature";

/** Done, missing, or not asked for this item. */
export type Completeness = "du" | "thieu" | "khong_can";

export interface NarrativeVersion {
  body: string;
  author: string;
  /** 'YYYY-MM-DD HH:mm:ss', Vietnam time. */
  at: string;
  /** Where it came from: typed here, a department package… */
  source: string | null;
}

export interface DepartmentText {
  departmentCode: string;
  departmentName: string;
  /** The text in force; null when the department has written nothing yet. */
  current: NarrativeVersion | null;
}

export interface FilledNarrative {
  /** One entry per department that writes this item, in the outline's order. */
  departments: DepartmentText[];
  /** The compiling officer's edited text; when null the document joins the departments' texts. */
  merged: NarrativeVersion | null;
  /** What the document prints: the merged text, else the departments' texts joined, else "". */
  text: string;
}

export interface EvidenceDocument {
  documentId: number;
  /** "15/QĐ-UBND" */
  numberSymbol: string;
  /** YYYY-MM-DD */
  date: string;
  /** "Quyết định", "Kế hoạch", … */
  kind: string;
  summary: string;
  departmentCode: string | null;
  /** Files attached to the document in the register; 0 while only its entry is there. */
  fileCount: number;
}

export interface FilledFigure {
  /** The expression of the template: a code or a formula over codes. */
  expression: string;
  /** The indicator's label when the expression is one code. */
  label: string | null;
  value: number | null;
  unit: string;
  /** A rate whose denominator is zero: there was nothing to measure, and the text says so. */
  nothingToRate: boolean;
  /** The figure as written: "1.150", "97,46", "không phát sinh"; "…" when there is none. */
  written: string;
}

export interface FilledNode {
  key: string;
  depth: number;
  /** "I", "1", "a)", "-", "+" or "". */
  number: string;
  lead: string | null;
  /** The wording as the outline gives it, blanks as "…". */
  template: string;
  /** The wording with the figures written in; a blank with no figure stays "…". */
  text: string;
  note: string | null;
  /** The figures of the blanks, in order. */
  figures: FilledFigure[];
  /** Extra sentences quoting figures, written: "Số văn bản QPPL được ban hành: 3 văn bản." */
  facts: { text: string; figures: FilledFigure[] }[];
  departments: string[];
  /** Null when the item takes no written text. */
  narrative: FilledNarrative | null;
  /** Whether evidence documents are expected here. */
  evidenceExpected: boolean;
  /** The documents linked to this very item. */
  evidence: EvidenceDocument[];
  status: { figures: Completeness; text: Completeness; evidence: Completeness };
  children: FilledNode[];
}

/** Every node depth-first, in document order. */
export const flattenNodes = <N extends { children: N[] }>(nodes: N[]): N[] => nodes.flatMap((n) => [n, ...flattenNodes(n.children)]);

export interface DepartmentProgress {
  code: string;
  name: string;
  headName: string | null;
  /** Texts written / texts asked of this department. */
  texts: { done: number; total: number };
  /** Figures available / figures in the items this department reports. */
  figures: { done: number; total: number };
  /** Items with evidence / items expecting it, among this department's. */
  evidence: { done: number; total: number };
}

export interface InspectionInfo {
  /** YYYY-MM-DD, or null when not set. */
  date: string | null;
  /** "13:30" */
  timeFrom: string | null;
  timeTo: string | null;
  /** "Đoàn kiểm tra cải cách hành chính thành phố" */
  team: string | null;
  place: string | null;
  /** Who answers for each department during the inspection, by department code (default: its head). */
  responsible: Record<string, string>;
}

export interface FilledOutline {
  outline: { id: string; kind: "de_cuong" | "bao_cao"; name: string; fileName: string | null };
  unit: { name: string; placeName: string | null; provinceName: string | null } | null;
  period: ReportPeriod;
  document: {
    /** "ỦY BAN NHÂN DÂN" and "XÃ CẨM GIANG": the issuing body, two lines. */
    issuer: [string, string];
    /** "Số:      /BC-UBND" */
    numberLine: string;
    /** The document's symbol ("BC-UBND") and the year it is dated, for lines that cite it (the appendix's "Kèm theo …"). */
    symbol: string;
    year: number;
    /** "Cẩm Giang, ngày       tháng       năm 2025": day and month left for the signing. */
    dateLine: string;
    title: string;
    subtitle: string;
    recipient: string | null;
    opening: string | null;
    closing: string | null;
    copies: string[];
    windowNote: string | null;
    appendPhuLuc3: boolean;
  };
  departments: { code: string; name: string; headName: string | null; headTitle: string | null }[];
  sections: FilledNode[];
  progress: {
    figures: { done: number; total: number };
    texts: { done: number; total: number };
    evidence: { done: number; total: number };
    departments: DepartmentProgress[];
  };
  inspection: InspectionInfo;
  signature: SignatureLines;
}

/** Where a document's number is written by hand when it is signed: "Số:        /BC-UBND". */
export const NUMBER_BLANK = "        ";

/** "ngày       tháng       năm 2025": the day a document is signed, day and month left for the signing (seed 001). */
export const signingDay = (year: number): string => `ngày       tháng       năm ${year}`;
