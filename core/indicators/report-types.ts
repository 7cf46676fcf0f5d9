/**
 * Phụ lục 3 for one period as the app shows and writes it: every row of the
 * catalogue with the computed figure, the manual entry or override in force,
 * the estimate and last year's figure, plus the consistency checks. Plain
 * data (no store): the Excel writer, the form filler, the CLI and the API all
 * read this one shape.
 */

/** Where the value in force comes from: the records, a manual entry, an override of a computed value, or nowhere yet. */
export type ValueOrigin = "tu_dong" | "nhap_tay" | "ghi_de" | "chua_co";

/** A manual entry or an override as kept in indicator_values. */
export interface ValueEntry {
  id: number;
  kind: "manual" | "override" | "estimate_override";
  value: number | null;
  /** The computed value when the entry was made (overrides only). */
  computedValue: number | null;
  reason: string | null;
  /** Where the figure was taken from (a department package, a document…). */
  source: string | null;
  enteredBy: string;
  /** 'YYYY-MM-DD HH:mm:ss', Vietnam time. */
  enteredAt: string;
}

export interface ReportRow {
  code: string;
  stt: string;
  label: string;
  unit: string;
  /** The unit in words ("Hồ sơ", "Triệu đồng"), from the catalogue. */
  unitName: string;
  source: "C" | "M" | "C/M";
  dept: string;
  /** From the records; null where there is none (no records, denominator 0, or an M row). */
  computed: number | null;
  /** The figure in force: the override, else the manual entry, else the computed value. */
  value: number | null;
  origin: ValueOrigin;
  /** The manual entry or override in force, if any. */
  entry: ValueEntry | null;
  /** The "ước đạt" figure when an estimate was asked for and the period has an estimate date; else null. */
  estimate: number | null;
  /** How the estimate came: scaled from the actual figure, or overridden by hand. */
  estimateOrigin: "uoc" | "ghi_de" | null;
  /** The same period of last year, where the records reach back that far. */
  lastYear: number | null;
  /** A rate's denominator, when computed. */
  denominator: number | null;
}

export interface ReportSection {
  stt: string;
  label: string;
  rows: ReportRow[];
}

export interface ReportCheck {
  level: "error" | "warning";
  codes: string[];
  message: string;
}

export interface ReportPeriod {
  spec: string;
  kind: "Q1" | "H1" | "Q3" | "Y" | "custom";
  year: number;
  /** "Quý I năm 2025" */
  label: string;
  from: string;
  to: string;
  estimateTo: string | null;
  due: string | null;
}

export interface Report {
  unit: { name: string; placeName: string | null; provinceName: string | null } | null;
  period: ReportPeriod;
  /** The window of the "same period last year" column. */
  lastYearPeriod: { from: string; to: string; label: string };
  /** Whether estimates were asked for and the period has an estimate date. */
  withEstimate: boolean;
  catalogue: { id: string; title: string };
  sections: ReportSection[];
  checks: ReportCheck[];
  /** Who signs: the default signer of the unit's settings. */
  signer: { name: string; position: "chu_tich" | "pho_chu_tich"; signMode: "TM" | "KT" } | null;
}

export const reportRows = (report: Report): ReportRow[] => report.sections.flatMap((s) => s.rows);
