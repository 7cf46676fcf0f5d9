/**
 * Taking a department's answer back: the package is verified (container,
 * unit, window, that this department was sent this part), its answers
 * checked by the rule the department side applies (judged by the app's own
 * units), held against the department's part as the app would send it now
 * (reply-scope.ts), compared item by item with what the app holds, and the
 * changes the officer accepts are applied in one transaction, with the
 * sending recorded in the history. A change is a conflict when it reaches
 * another department's figure or item, when the app's value moved since the
 * package was made, or when another department's package already answered
 * the figure; conflicts are applied only when accepted one by one. The
 * files the reply carries for a document land on it with its change (a
 * new document enters the register with them), skipping those it carries.
 */
import type { AppContext } from "../context";
import { attachInTransaction } from "../attachments/attachments";
import { localNow } from "../../shared/dates";
import { saveEntry } from "../indicators/entries";
import { formatFigure } from "../indicators/format";
import { reportRows, type ReportRow } from "../indicators/report-types";
import { entryForRow } from "../indicators/set-value";
import { setEvidenceLink } from "../outline/evidence";
import { flattenNodes, type FilledOutline } from "../outline/filled-types";
import { saveText, slotKey, textsInForce } from "../outline/narratives";
import { getOutline } from "../outline/outlines";
import type { ResolvedPeriod } from "../periods";
import { nfc } from "../../shared/text";
import { getUnit } from "../unit";
import { periodOf } from "../unit-period";
import { answerProblems, tidyAnswers } from "./answers";
import { readPackage, type OpenedPackage } from "./container";
import { currentPart } from "./department-part";
import type { DepartmentPart, PackageFileRef } from "./format";
import { newDocumentProblem, registeredDocument } from "./new-documents";
import { filesToAttach } from "./package-files";
import { replyRefused } from "./refusal";
import { replyScope, type ReplyScope } from "./reply-scope";

/** Where a merged figure or text came from, as its history shows it. */
const PACKAGE_SOURCE = "Gói phòng ban";
export const packageSource = (departmentCode: string, fileName: string) => `${PACKAGE_SOURCE} ${departmentCode} (${fileName})`;

export type MergeChange =
  | { id: string; kind: "figure"; code: string; label: string; unit: string; now: number | null; sent: number | null; incoming: number; conflict: string | null }
  | {
      id: string;
      kind: "text";
      itemKey: string;
      wording: string;
      /** Whose text it becomes: the replying department's, or for another's item the one the item prints (null: the merged text). */
      departmentCode: string | null;
      now: string | null;
      sent: string | null;
      incoming: string;
      conflict: string | null;
    }
  | {
      id: string;
      kind: "evidence";
      itemKey: string;
      wording: string;
      /** Null: a document the register does not hold, entered into it when the change is taken. */
      documentId: number | null;
      numberSymbol: string;
      date: string;
      summary: string;
      /** True: the document is linked to the item already, and the change brings only files. */
      alreadyLinked: boolean;
      /** Files the package carries for the document that it does not carry yet: attached when the change is taken. */
      files: PackageFileRef[];
      conflict: string | null;
    };

export interface MergePlan {
  fileName: string;
  fileSha256: string;
  manifest: OpenedPackage["manifest"];
  changes: MergeChange[];
  /** Answers equal to what the app already holds. */
  unchanged: number;
  /** What could not be taken (a code the catalogue lacks, an item the outline lacks). */
  warnings: string[];
}

interface Context {
  opened: OpenedPackage;
  period: ResolvedPeriod;
  assignmentId: number;
  rows: Map<string, ReportRow>;
  filled: FilledOutline;
  scope: ReplyScope;
}

const refuse = (fileName: string, why: string): never => {
  throw replyRefused(fileName, [why]);
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
  const outline = getOutline(ctx, manifest.outline.id);
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
    .prepare<[string, string, string, string], { id: number }>("SELECT id FROM report_assignments WHERE outline_id = ? AND period_from = ? AND period_to = ? AND department_code = ?")
    .get(manifest.outline.id, period.from, period.to, manifest.department.code);
  if (!assignment) refuse(fileName, `chưa giao phần việc nào cho ${manifest.department.name} trong kỳ ${manifest.window.label} (gói của kỳ khác hoặc của đơn vị khác)`);
  const { report, filled, part } = currentPart(ctx, outline, period, manifest.department.code);
  const rows = new Map(reportRows(report).map((r) => [r.code, r]));
  return {
    opened: { ...opened, part: checkedReply(fileName, opened.part, rows, period.to) },
    period,
    assignmentId: assignment!.id,
    rows,
    filled,
    scope: replyScope(rows, filled, part, manifest.department.code),
  };
}

/** The answers tidied, or the whole reply refused by the rule the department side applies; a figure is judged by the app's label and unit, not the reply's. */
function checkedReply(fileName: string, part: DepartmentPart, rows: Map<string, ReportRow>, windowTo: string): DepartmentPart {
  const tidy = tidyAnswers(part);
  const judged = {
    ...tidy,
    figures: tidy.figures.map((f) => {
      const row = rows.get(f.code);
      return row ? { ...f, label: row.label, unit: row.unit } : f;
    }),
  };
  const problems = answerProblems(judged, windowTo);
  if (problems.length > 0)
    throw replyRefused(
      fileName,
      problems.map((p) => p.message),
    );
  return tidy;
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
    const reach = c.scope.figure(f.code);
    if (reach.kind === "outside") {
      warnings.push(reach.warning);
      continue;
    }
    const { row } = reach;
    if (row.value === f.answer) {
      unchanged++;
      continue;
    }
    const other = answeredByOther(row, dept);
    const conflict =
      reach.kind === "other"
        ? reach.conflict
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
    const reach = c.scope.text(t.itemKey);
    if (reach.kind === "outside") {
      warnings.push(reach.warning);
      continue;
    }
    const now = texts.get(slotKey(t.itemKey, reach.departmentCode))?.body ?? null;
    if (same(now, t.answer)) {
      unchanged++;
      continue;
    }
    const conflict = reach.kind === "other" ? reach.conflict : same(now, t.current) ? null : "Nội dung trên máy đã được sửa từ khi gửi gói.";
    changes.push({ id: `noi-dung:${t.itemKey}`, kind: "text", itemKey: t.itemKey, wording: reach.wording, departmentCode: reach.departmentCode, now, sent: t.current, incoming: t.answer, conflict });
  }

  const linked = new Map(flattenNodes(c.filled.sections).map((n) => [n.key, new Set(n.evidence.map((d) => `${d.numberSymbol}|${d.date}`))]));
  const find = ctx.store.sqlite.prepare<[string, string], { id: number; summary: string }>("SELECT id, summary FROM documents WHERE number_symbol = ? AND date = ?");
  const unregistrable: string[] = [];
  for (const e of part.evidence.filter((x) => x.answer.length > 0)) {
    const reach = c.scope.evidence(e.itemKey);
    if (reach.kind === "outside") {
      warnings.push(reach.warning);
      continue;
    }
    const conflict = reach.kind === "other" ? reach.conflict : null;
    e.answer.forEach((d, ref) => {
      const doc = find.get(d.numberSymbol, d.date);
      const alreadyLinked = linked.get(e.itemKey)?.has(`${d.numberSymbol}|${d.date}`) ?? false;
      const files = filesToAttach(ctx, doc?.id ?? null, d);
      if (alreadyLinked && files.length === 0) {
        unchanged++;
        return;
      }
      if (doc) {
        changes.push({
          id: `minh-chung:${e.itemKey}:${doc.id}`,
          kind: "evidence",
          itemKey: e.itemKey,
          wording: reach.wording,
          documentId: doc.id,
          numberSymbol: d.numberSymbol,
          date: d.date,
          summary: doc.summary,
          alreadyLinked,
          files,
          conflict,
        });
        return;
      }
      const problem = newDocumentProblem(d, e.itemKey, dept);
      if (problem) unregistrable.push(problem);
      else
        changes.push({
          id: `minh-chung:${e.itemKey}:moi-${ref + 1}`,
          kind: "evidence",
          itemKey: e.itemKey,
          wording: reach.wording,
          documentId: null,
          numberSymbol: d.numberSymbol,
          date: d.date,
          summary: d.summary,
          alreadyLinked: false,
          files,
          conflict,
        });
    });
  }
  if (unregistrable.length > 0) throw replyRefused(fileName, unregistrable);
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
        saveText(ctx, { outlineId: manifest.outline.id, periodFrom: c.period.from, periodTo: c.period.to, itemKey: ch.itemKey, departmentCode: ch.departmentCode }, ch.incoming, source);
      } else {
        const documentId = ch.documentId ?? registeredDocument(ctx, ch, dept);
        setEvidenceLink(ctx, { outlineId: manifest.outline.id, itemKey: ch.itemKey, documentId }, true);
        for (const f of ch.files) attachInTransaction(ctx, documentId, { fileName: f.fileName, bytes: c.opened.files!.get(f.sha256)! });
      }
    }
    const now = localNow(ctx.now());
    sqlite.prepare("UPDATE report_assignments SET received_at = ? WHERE id = ?").run(now, c.assignmentId);
    sqlite
      .prepare("INSERT INTO package_events (assignment_id, direction, file_name, file_sha256, sender, summary, at) VALUES (?, 'nhan', ?, ?, ?, ?, ?)")
      .run(c.assignmentId, fileName, plan.fileSha256, `${manifest.createdBy} (${manifest.department.name})`, `nhận ${taken.length}, bỏ qua ${plan.changes.length - taken.length} thay đổi`, now);
  })();
  const takenIds = new Set(taken.map((t) => t.id));
  return { ...plan, applied: [...takenIds], rejected: plan.changes.filter((ch) => !takenIds.has(ch.id)).map((ch) => ch.id) };
}
