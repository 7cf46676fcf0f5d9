/**
 * Who has sent what for a report: for each department the outline assigns,
 * the state of its part (chưa gửi, chờ gửi, đã gửi, đã nhận, cần bổ sung, quá hạn),
 * its deadline, how far its items are done, and what is still missing; and
 * the history of packages sent and received.
 */
import type { AppContext } from "../context";
import { AppError } from "../../shared/errors";
import { recordAudit } from "../audit";
import { openOutline, type OutlineRequest } from "../outline/open";
import { fillOutline } from "../outline/fill";
import { flattenNodes, type DepartmentProgress } from "../outline/filled-types";
import { deadlinePassed, partDeadline, type DeadlineSource } from "./deadline";
import { LATEST_SENDING_SQL } from "./sending";

/** "cho_gui": its package is made and waits in Hộp thư đi; "da_gui": sent, as Hộp thư đi says. */
export type PartState = "chua_gui" | "cho_gui" | "da_gui" | "da_nhan" | "can_bo_sung" | "qua_han";

export interface DepartmentRow extends DepartmentProgress {
  state: PartState;
  /** 'YYYY-MM-DD HH:mm' or 'YYYY-MM-DD'. */
  deadline: string;
  deadlineSource: DeadlineSource;
  /** Its last minute is behind us: sending the part now asks first. */
  deadlinePassed: boolean;
  sentAt: string | null;
  receivedAt: string | null;
  /** What is still missing: "Nội dung mục II.5.6", "Số liệu tai_chinh.dvsn.tong". */
  missing: string[];
}

export interface PackageEvent {
  departmentCode: string | null;
  direction: "gui" | "nhan";
  fileName: string;
  sender: string | null;
  summary: string | null;
  at: string;
}

export interface Dashboard {
  departments: DepartmentRow[];
  events: PackageEvent[];
}

interface AssignmentRow {
  department_code: string;
  deadline: string | null;
  sending: "cho_gui" | "da_gui" | null;
  sent_at: string | null;
  received_at: string | null;
}

const done = (c: { done: number; total: number }) => c.done === c.total;

export function packageDashboard(ctx: AppContext, input: OutlineRequest): Dashboard {
  const { source, period } = openOutline(ctx, input);
  const filled = fillOutline(ctx, source, period);
  const sqlite = ctx.store.sqlite;
  const assignments = new Map(
    sqlite
      .prepare<[string, string, string], AssignmentRow>(
        `SELECT a.department_code, a.deadline, s.sending, s.sent_at, a.received_at
           FROM report_assignments a LEFT JOIN (${LATEST_SENDING_SQL}) s ON s.assignment_id = a.id
          WHERE a.outline_id = ? AND a.period_from = ? AND a.period_to = ?`,
      )
      .all(source.outline.id, period.from, period.to)
      .map((a) => [a.department_code, a]),
  );
  const nodes = flattenNodes(filled.sections);
  const departments = filled.progress.departments.map((p): DepartmentRow => {
    const a = assignments.get(p.code);
    const { deadline, source: deadlineSource } = partDeadline(source, period, a?.deadline);
    const complete = done(p.texts) && done(p.figures) && done(p.evidence);
    const overdue = deadlinePassed(deadline, ctx.now());
    const state: PartState = a?.received_at ? (complete ? "da_nhan" : "can_bo_sung") : overdue && !complete ? "qua_han" : (a?.sending ?? "chua_gui");
    const mine = nodes.filter((n) => n.departments.includes(p.code) && n.children.length === 0);
    const missing = [
      ...mine.filter((n) => n.narrative && !n.narrative.merged && !n.narrative.departments.find((d) => d.departmentCode === p.code)?.current).map((n) => `Nội dung mục ${n.key}`),
      ...mine.filter((n) => n.status.figures === "thieu").map((n) => `Số liệu mục ${n.key}`),
      ...mine.filter((n) => n.evidenceExpected && n.status.evidence === "thieu").map((n) => `Minh chứng mục ${n.key}`),
    ];
    return { ...p, state, deadline, deadlineSource, deadlinePassed: overdue, sentAt: a?.sent_at ?? null, receivedAt: a?.received_at ?? null, missing };
  });
  const events = sqlite
    .prepare<[string, string, string], { department_code: string | null; direction: "gui" | "nhan"; file_name: string; sender: string | null; summary: string | null; at: string }>(
      `SELECT a.department_code, e.direction, e.file_name, e.sender, e.summary, e.at
         FROM package_events e JOIN report_assignments a ON a.id = e.assignment_id
        WHERE a.outline_id = ? AND a.period_from = ? AND a.period_to = ? ORDER BY e.id DESC`,
    )
    .all(source.outline.id, period.from, period.to)
    .map((e) => ({ departmentCode: e.department_code, direction: e.direction, fileName: e.file_name, sender: e.sender, summary: e.summary, at: e.at }));
  return { departments, events };
}

/** Sets (or clears) a department's deadline for a report, date and time; audited. */
export function setPartDeadline(ctx: AppContext, input: OutlineRequest & { departmentCode: string; deadline: string | null }): void {
  const { source, period } = openOutline(ctx, input);
  if (!source.outline.departments.includes(input.departmentCode)) throw new AppError("package_department", `Đề cương không giao phần nào cho phòng ban "${input.departmentCode}".`);
  const sqlite = ctx.store.sqlite;
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `INSERT INTO report_assignments (outline_id, period_from, period_to, department_code, deadline) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (outline_id, period_from, period_to, department_code) DO UPDATE SET deadline = excluded.deadline`,
      )
      .run(source.outline.id, period.from, period.to, input.departmentCode, input.deadline);
    recordAudit(ctx.store.db, {
      userName: ctx.userName,
      action: "sua",
      entity: "han_phan_viec",
      entityId: `${source.outline.id}/${period.from}..${period.to}/${input.departmentCode}`,
      oldValue: null,
      newValue: input.deadline,
    });
  })();
}
