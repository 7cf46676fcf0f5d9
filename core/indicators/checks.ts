import type { Catalogue, CheckRule } from "./catalogue";
import { formatFigure } from "./format";
import { indicatorTitles } from "./indicator-titles";
import type { ReportCheck, ReportRow } from "./report-types";

/** Under this many cases a rate says little (phu-luc-3.md: a warning). */
export const SMALL_DENOMINATOR = 10;
/** A figure that moved more than this share against the same period of last year is worth a second look. */
const LARGE_MOVE = 0.5;

/** "– Trong đó: trực tuyến" → "trực tuyến": a row named on its own, outside the table. */
export const rowName = (row: ReportRow) => row.label.replace(/^[–-]\s*(Trong đó:\s*)?/u, "");
const shortLabel = (row: ReportRow) => `“${rowName(row)}”`;

/** Each row as a check about it alone names it: “name” (mục, STT). */
function rowTitles(catalogue: Catalogue): Map<string, string> {
  return new Map([...indicatorTitles(catalogue)].map(([code, t]) => [code, `“${t.name}” (${t.place})`]));
}

/** A figure the clerk must type in: no value, not computable from the registers (source C), and not a rate with nothing to rate (shown "–" by rule). */
export const awaitsEntry = (row: ReportRow) => row.value === null && row.source !== "C" && row.denominator !== 0;
const figure = (row: ReportRow, value: number) => formatFigure(value, row.unit);
const isRateRow = (row: ReportRow) => row.unit === "%";

function ruleCheck(rule: CheckRule, rows: Map<string, ReportRow>): ReportCheck | null {
  const whole = rows.get(rule.whole)!;
  const parts = rule.parts.map((code) => rows.get(code)!);
  if (whole.value === null || parts.some((p) => p.value === null)) return null;
  const w = whole.value;
  if (rule.rule === "sum") {
    const total = Math.round(parts.reduce((s, p) => s + p.value!, 0) * 100) / 100;
    if (total === w) return null;
    const names = parts.map(shortLabel).join(" + ");
    return { level: rule.level, codes: [rule.whole, ...rule.parts], message: `${names} = ${figure(whole, total)}, khác ${shortLabel(whole)} (${figure(whole, w)}).` };
  }
  const larger = parts.filter((p) => p.value! > w);
  if (larger.length === 0) return null;
  const names = larger.map((p) => `${shortLabel(p)} (${figure(p, p.value!)})`).join(", ");
  return { level: rule.level, codes: [rule.whole, ...larger.map((p) => p.code)], message: `${names} lớn hơn ${shortLabel(whole)} (${figure(whole, w)}).` };
}

function rowChecks(row: ReportRow, title: string): ReportCheck[] {
  const checks: ReportCheck[] = [];
  const codes = [row.code];
  if (row.value === null) {
    // A rate whose denominator is 0 has no figure by rule; anything else the table needs is missing.
    if (awaitsEntry(row)) checks.push({ level: "error", codes, message: `${title}: chưa nhập số liệu (phụ trách: ${row.dept}).` });
    else if (row.denominator !== 0) checks.push({ level: "warning", codes, message: `${title}: chưa có dữ liệu để tính (chưa nhập sổ sách hoặc danh sách tương ứng); có thể nhập tay.` });
    return checks;
  }
  if (isRateRow(row) && (row.value < 0 || row.value > 100)) checks.push({ level: "error", codes, message: `${title} = ${figure(row, row.value)}, nằm ngoài khoảng 0–100 %.` });
  if (!isRateRow(row) && row.value < 0) checks.push({ level: "error", codes, message: `${title} là số âm (${figure(row, row.value)}).` });
  if (isRateRow(row) && row.denominator !== null && row.denominator > 0 && row.denominator < SMALL_DENOMINATOR) {
    checks.push({ level: "warning", codes, message: `${title} được tính trên ${row.denominator} trường hợp (dưới ${SMALL_DENOMINATOR}), ít ý nghĩa thống kê.` });
  }
  if (row.lastYear !== null && row.lastYear > 0 && Math.abs(row.value - row.lastYear) / row.lastYear > LARGE_MOVE) {
    const direction = row.value > row.lastYear ? "tăng" : "giảm";
    checks.push({
      level: "warning",
      codes,
      message: `${title} ${direction} hơn 50 % so với cùng kỳ năm trước (${figure(row, row.lastYear)} → ${figure(row, row.value)}); đề nghị kiểm tra lại.`,
    });
  }
  return checks;
}

function targetCheck(row: ReportRow, title: string, targetMin: number | undefined): ReportCheck | null {
  if (targetMin === undefined || row.value === null || row.value >= targetMin) return null;
  return { level: "warning", codes: [row.code], message: `${title} đạt ${figure(row, row.value)}, dưới mục tiêu ${figure(row, targetMin)}.` };
}

/**
 * The consistency checks of phu-luc-3.md on the figures in force: the
 * template's rules (parts adding up to their whole, no part above its whole),
 * rates within 0–100, no negative count, no figure missing, targets, small
 * denominators and large moves against last year. Errors block "final".
 */
export function runChecks(catalogue: Catalogue, rows: ReportRow[]): ReportCheck[] {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const targets = new Map(catalogue.sections.flatMap((s) => s.indicators.map((i) => [i.code, i.targetMin] as const)));
  const checks: ReportCheck[] = [];
  for (const rule of catalogue.checks) {
    const c = ruleCheck(rule, byCode);
    if (c) checks.push(c);
  }
  const titles = rowTitles(catalogue);
  for (const row of rows) {
    const title = titles.get(row.code)!;
    checks.push(...rowChecks(row, title));
    const target = targetCheck(row, title, targets.get(row.code));
    if (target) checks.push(target);
  }
  return checks.sort((a, b) => (a.level === b.level ? 0 : a.level === "error" ? -1 : 1));
}

/**
 * The same checks on the "ước đạt" column: the template's rules, rates
 * within 0–100 and no negative count, each message led by "Ước đạt:" so
 * the clerk knows which column it speaks of.
 */
export function estimateChecks(catalogue: Catalogue, rows: ReportRow[]): ReportCheck[] {
  const estimated = rows.map((r) => ({ ...r, value: r.estimate, lastYear: null, denominator: null }));
  const byCode = new Map(estimated.map((r) => [r.code, r]));
  const checks = catalogue.checks.map((rule) => ruleCheck(rule, byCode)).filter((c): c is ReportCheck => c !== null);
  const titles = rowTitles(catalogue);
  for (const row of estimated) if (row.value !== null) checks.push(...rowChecks(row, titles.get(row.code)!));
  return checks.map((c) => ({ ...c, message: `Ước đạt: ${c.message}` }));
}

export const hasErrors = (checks: ReportCheck[]) => checks.some((c) => c.level === "error");
