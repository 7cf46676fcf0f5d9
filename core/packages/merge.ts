/**
 * Taking a department's answer back: the package is verified (container,
 * unit, window, that this department was sent this part), compared item by
 * item with what the app holds now, and the changes the officer accepts are
 * applied in one transaction, with the sending recorded in the history.
 * A change is a conflict when the app's value moved since the package was
 * made, or when another department's package already answered the figure;
 * conflicts are applied only when accepted one by one.
 */
import type { AppContext } from "../context";
import { localNow } from "../dates";
import { AppError } from "../errors";
import { activeCatalogue } from "../indicators/active-catalogue";
import { saveEntry } from "../indicators/entries";
import { formatFigure } from "../indicators/format";
import { buildReport } from "../indicators/report";
import { reportRows, type Report, type ReportRow } from "../indicators/report-types";
import { entryForRow } from "../indicators/set-value";
import { setEvidenceLink } from "../outline/evidence";
import { fillOutline } from "../outline/fill";
import { flattenNodes } from "../outline/filled-types";
import { saveText, slotKey, textsInForce } from "../outline/narratives";
import { getOutline } from "../outline/outlines";
import type { ResolvedPeriod } from "../periods";
import { nfc } from "../text";
import { getUnit } from "../unit";
import { periodOf } from "../unit-period";
import { readPackage, type OpenedPackage } from "./container";

/** Where a merged figure or text came from, as its history shows it. */
const PACKAGE_SOURCE = "Gói phòng ban";
export const packageSource = (departmentCode: string, fileName: string) => `${PACKAGE_SOURCE} ${departmentCode} (${fileName})`;

export type MergeChange =
  | { id: string; kind: "figure"; code: string; label: string; unit: string; now: number | null; sent: number | null; incoming: number; conflict: string | null }
  | { id: string; kind: "text"; itemKey: string; wording: string; now: string | null; sent: string | null; incoming: string; conflict: string | null }
  | { id: string; kind: "evidence"; itemKey: string; wording: string; documentId: number; numberSymbol: string; date: string; summary: string; conflict: null };

export interface MergePlan {
  fileName: string;
  fileSha256: string;
  manifest: OpenedPackage["manifest"];
  changes: MergeChange[];
  /** Answers equal to what the app already holds. */
  unchanged: number;
  /** What could not be taken (a document not in the register, a code the catalogue lacks). */
  warnings: string[];
}

interface Context {
  opened: OpenedPackage;
  period: ResolvedPeriod;
  assignmentId: number;
  report: Report;
  rows: Map<string, ReportRow>;
}

const refuse = (fileName: string, why: string): never => {
  throw new AppError("package_refused", `Không nhận gói "${fileName}": ${why}. Dữ liệu của ứng dụng giữ nguyên.`);
};

const same = (a: string | null | undefined, b: string | null | undefined) => nfc(a ?? "").trim() === nfc(b ?? "").trim();

/** A reply as bytes of a .cchc, or already read (from the .xlsx form). */
export type Reply = Buffer | OpenedPackage;

function open(ctx: AppContext, reply: Reply, fileName: string): Context {
  const opened = Buffer.isBuffer(reply) ? readPackage(reply, fileName) : reply;
  const { manifest } = opened;
  if (manifest.direction !== "tra_loi") refuse(fileName, "đây là gói giao việc gửi đi, chưa phải gói phòng ban đã điền và gửi lại");
  const unit = getUnit(ctx.store.db);
  if (!unit || !same(unit.name, manifest.unit.name)) refuse(fileName, `gói của "${manifest.unit.name}", không phải của ${unit ? `"${unit.name}"` : "đơn vị đang dùng"}`);
  getOutline(ctx, manifest.outline.id);
  let period: ResolvedPeriod;
  try {
    period = periodOf(ctx, { period: manifest.window.spec });
  } catch {
    return refuse(fileName, `kỳ báo cáo "${manifest.window.spec}" của gói không hợp lệ`);
  }
  if (period.from !== manifest.window.from || period.to !== manifest.window.to) {
    refuse(fileName, `gói cho khoảng ${manifest.window.label}, nhưng theo quy định đang dùng kỳ "${period.label}" là khoảng khác`);
  }
  const assignment = ctx.store.sqlite
    .prepare<[string, string, string, string], { id: number }>(
      "SELECT id FROM report_assignments WHERE outline_id = ? AND period_from = ? AND period_to = ? AND department_code = ?",
    )
    .get(manifest.outline.id, period.from, period.to, manifest.department.code);
  if (!assignment) refuse(fileName, `chưa giao phần việc nào cho ${manifest.department.name} trong kỳ ${manifest.window.label} (gói của kỳ khác hoặc của đơn vị khác)`);
  const report = buildReport(ctx, period, { catalogue: activeCatalogue(ctx) });
  return { opened, period, assignmentId: assignment!.id, report, rows: new Map(reportRows(report).map((r) => [r.code, r])) };
}

/** Another department's package already behind the figure in force, if any. */
function answeredByOther(row: ReportRow, departmentCode: string): string | null {
  const source = row.entry?.source ?? "";
  if (!source.startsWith(`${PACKAGE_SOURCE} `)) return null;
  const other = source.slice(PACKAGE_SOURCE.length + 1).split(" ")[0]!;
  return other !== departmentCode ? other : null;
}

/** What an answer would change, item by item, and which changes are conflicts. Reads only. */
export const planMerge = (ctx: AppContext, reply: Reply, fileName: string): MergePlan => planOf(ctx, open(ctx, reply, fileName), fileName);

function planOf(ctx: AppContext, c: Context, fileName: string): MergePlan {
  const { manifest, part } = c.opened;
  const dept = manifest.department.code;
  const changes: MergeChange[] = [];
  const warnings: string[] = [];
  let unchanged = 0;

  for (const f of part.figures) {
    if (f.answer === null) continue;
    const row = c.rows.get(f.code);
    if (!row) {
      warnings.push(`Chỉ tiêu "${f.code}" không có trong Phụ lục 3 đang dùng: bỏ qua.`);
      continue;
    }
    if (row.value === f.answer) {
      unchanged++;
      continue;
    }
    const other = answeredByOther(row, dept);
    const conflict =
      row.dept !== dept
        ? `Chỉ tiêu này do ${row.dept} phụ trách, không phải ${dept}.`
        : other
          ? `Đã nhận số liệu của phòng ${other} cho chỉ tiêu này.`
          : row.value !== f.current
            ? `Số liệu trên máy đã đổi từ khi gửi gói: lúc gửi ${formatFigure(f.current, row.unit)}, nay ${formatFigure(row.value, row.unit)}.`
            : null;
    changes.push({ id: `so-lieu:${f.code}`, kind: "figure", code: f.code, label: row.label, unit: row.unit, now: row.value, sent: f.current, incoming: f.answer, conflict });
  }

  const texts = textsInForce(ctx.store.sqlite, manifest.outline.id, c.period.from);
  for (const t of part.texts) {
    if (t.answer === null) continue;
    const now = texts.get(slotKey(t.itemKey, dept))?.body ?? null;
    if (same(now, t.answer)) {
      unchanged++;
      continue;
    }
    const conflict = same(now, t.current) ? null : "Nội dung trên máy đã được sửa từ khi gửi gói.";
    changes.push({ id: `noi-dung:${t.itemKey}`, kind: "text", itemKey: t.itemKey, wording: t.wording, now, sent: t.current, incoming: t.answer, conflict });
  }

  const answered = part.evidence.filter((e) => e.answer.length > 0);
  if (answered.length > 0) {
    const filled = fillOutline(ctx, getOutline(ctx, manifest.outline.id), c.period, c.report);
    const linked = new Map(flattenNodes(filled.sections).map((n) => [n.key, new Set(n.evidence.map((d) => `${d.numberSymbol}|${d.date}`))]));
    const find = ctx.store.sqlite.prepare<[string, string], { id: number; summary: string }>("SELECT id, summary FROM documents WHERE number_symbol = ? AND date = ?");
    for (const e of answered) {
      for (const d of e.answer) {
        if (linked.get(e.itemKey)?.has(`${d.numberSymbol}|${d.date}`)) {
          unchanged++;
          continue;
        }
        const doc = find.get(d.numberSymbol, d.date);
        if (!doc) {
          warnings.push(`Văn bản ${d.numberSymbol} ngày ${d.date.split("-").reverse().join("/")} (mục ${e.itemKey}) không có trong sổ văn bản: hãy nhập văn bản vào sổ rồi gắn minh chứng.`);
          continue;
        }
        changes.push({ id: `minh-chung:${e.itemKey}:${doc.id}`, kind: "evidence", itemKey: e.itemKey, wording: e.wording, documentId: doc.id, numberSymbol: d.numberSymbol, date: d.date, summary: doc.summary, conflict: null });
      }
    }
  }
  return { fileName, fileSha256: c.opened.fileSha256, manifest, changes, unchanged, warnings };
}

export interface MergeResult extends MergePlan {
  applied: string[];
  rejected: string[];
}

/**
 * Applies an answer: every change without a conflict unless rejected, every
 * conflict only when accepted. One transaction: all of it or none.
 */
export function applyMerge(ctx: AppContext, reply: Reply, fileName: string, decisions: { accept?: string[]; reject?: string[] } = {}): MergeResult {
  const c = open(ctx, reply, fileName);
  const plan = planOf(ctx, c, fileName);
  const { manifest } = plan;
  const dept = manifest.department.code;
  const accept = new Set(decisions.accept ?? []);
  const reject = new Set(decisions.reject ?? []);
  const taken = plan.changes.filter((ch) => !reject.has(ch.id) && (ch.conflict === null || accept.has(ch.id)));
  const source = packageSource(dept, fileName);
  const sqlite = ctx.store.sqlite;
  sqlite.transaction(() => {
    for (const ch of taken) {
      if (ch.kind === "figure") {
        const row = c.rows.get(ch.code)!;
        const reason = row.computed !== null ? `Theo số liệu ${manifest.department.name} gửi lại` : null;
        saveEntry(ctx, c.period, entryForRow(row, { value: ch.incoming, reason, source }));
      } else if (ch.kind === "text") {
        saveText(ctx, { outlineId: manifest.outline.id, periodFrom: c.period.from, periodTo: c.period.to, itemKey: ch.itemKey, departmentCode: dept }, ch.incoming, source);
      } else {
        setEvidenceLink(ctx, { outlineId: manifest.outline.id, itemKey: ch.itemKey, documentId: ch.documentId }, true);
      }
    }
    const now = localNow(ctx.now());
    sqlite.prepare("UPDATE report_assignments SET status = 'da_nhan', received_at = ? WHERE id = ?").run(now, c.assignmentId);
    sqlite
      .prepare("INSERT INTO package_events (assignment_id, direction, file_name, file_sha256, sender, summary, at) VALUES (?, 'nhan', ?, ?, ?, ?, ?)")
      .run(c.assignmentId, fileName, plan.fileSha256, `${manifest.createdBy} (${manifest.department.name})`, `nhận ${taken.length}, bỏ qua ${plan.changes.length - taken.length} thay đổi`, now);
  })();
  const takenIds = new Set(taken.map((t) => t.id));
  return { ...plan, applied: [...takenIds], rejected: plan.changes.filter((ch) => !takenIds.has(ch.id)).map((ch) => ch.id) };
}
