/**
 * What needs acting on today, each with what to do next: satisfaction under
 * its target, dossiers past their due date, plan tasks and tasks assigned by
 * the province past their deadline and not done.
 */
import type Database from "better-sqlite3";
import type { Catalogue } from "../indicators/catalogue";
import { SATISFACTION_RATES, satisfactionTargets } from "../indicators/satisfaction";
import { dossierFigures } from "../indicators/dossier-figures";
import { formatFigure } from "../indicators/format";
import type { IsoDate } from "../../shared/dates";
import { shortfall } from "./shortfall";

export type AlertKind = "hai_long" | "hai_long_dat_dai" | "ho_so_qua_han" | "nhiem_vu_ke_hoach" | "nhiem_vu_tinh_giao";

export interface Alert {
  kind: AlertKind;
  /** What is wrong, with the figure. */
  message: string;
  /** What to do next. */
  advice: string;
  /** The first few records concerned, by name. */
  examples: string[];
}

const SATISFACTION = [
  {
    kind: "hai_long",
    rate: "overall",
    what: "Mức độ hài lòng chung",
    advice: "Xem lại các lĩnh vực có nhiều lượt chưa hài lòng trong sổ đánh giá và có biện pháp cải thiện; nêu nguyên nhân trong báo cáo.",
  },
  {
    kind: "hai_long_dat_dai",
    rate: "land",
    what: "Mức độ hài lòng lĩnh vực đất đai",
    advice: "Rà soát hồ sơ đất đai bị chậm hoặc phải bổ sung nhiều lần, trao đổi với công chức địa chính; nêu nguyên nhân trong báo cáo.",
  },
] as const;

/** Satisfaction of the window under the target the Phụ lục 3 template sets for it; exactly the target is not under it. */
function satisfactionAlerts(values: Record<string, number | null>, catalogue: Catalogue): Alert[] {
  const targets = satisfactionTargets(catalogue);
  return SATISFACTION.flatMap((s) => {
    const value = values[SATISFACTION_RATES[s.rate]] ?? null;
    const target = targets[s.rate];
    if (value === null || target === null || value >= target) return [];
    return [{ kind: s.kind, message: `${s.what} đạt ${formatFigure(value, "%")}, dưới mục tiêu ${formatFigure(target, "%")}.`, advice: s.advice, examples: [] }];
  });
}

/** Dossiers still being handled whose due date has passed: a dossier due today is not overdue yet. */
function overdueDossiers(sqlite: Database.Database, today: IsoDate): Alert[] {
  const count = dossierFigures(sqlite, { from: today, to: today }, ["tthc.ho_so.dang_qua_han"]).values["tthc.ho_so.dang_qua_han"] ?? 0;
  if (count === 0) return [];
  return [
    {
      kind: "ho_so_qua_han",
      message: `${formatFigure(count, "")} hồ sơ TTHC đang giải quyết đã quá ngày hẹn trả.`,
      advice: "Đôn đốc bộ phận xử lý trả kết quả; hồ sơ quá hạn phải có văn bản xin lỗi và hẹn lại ngày trả gửi người nộp.",
      examples: [],
    },
  ];
}

const OVERDUE_PLAN_TASKS = `SELECT title FROM plan_tasks
  WHERE deadline < ? AND status <> 'hoan_thanh' AND completed_date IS NULL ORDER BY deadline, id`;
const OVERDUE_ASSIGNED_TASKS = `SELECT title FROM assigned_tasks WHERE deadline < ? AND completed_date IS NULL ORDER BY deadline, id`;

/** Tasks whose deadline is before today and that are not done; a task due today is not overdue yet. */
function overdueTasks(sqlite: Database.Database, today: IsoDate): Alert[] {
  const titles = (sql: string) => shortfall(sqlite.prepare<[string], string>(sql).pluck().all(today));
  const plan = titles(OVERDUE_PLAN_TASKS);
  const assigned = titles(OVERDUE_ASSIGNED_TASKS);
  const alerts: Alert[] = [];
  if (plan.count > 0) {
    alerts.push({
      kind: "nhiem_vu_ke_hoach",
      message: `${formatFigure(plan.count, "")} nhiệm vụ trong Kế hoạch CCHC đã quá hạn mà chưa hoàn thành.`,
      advice: "Đôn đốc đơn vị chủ trì; nhiệm vụ đã xong thì cập nhật tình trạng và ngày hoàn thành trong sổ.",
      examples: plan.examples,
    });
  }
  if (assigned.count > 0) {
    alerts.push({
      kind: "nhiem_vu_tinh_giao",
      message: `${formatFigure(assigned.count, "")} nhiệm vụ tỉnh, thành phố giao đã quá hạn mà chưa hoàn thành.`,
      advice: "Báo cáo lãnh đạo UBND xã để chỉ đạo hoàn thành; nhiệm vụ đã xong thì ghi ngày hoàn thành trong sổ.",
      examples: assigned.examples,
    });
  }
  return alerts;
}

export function overviewAlerts(sqlite: Database.Database, windowValues: Record<string, number | null>, catalogue: Catalogue, today: IsoDate): Alert[] {
  return [...overdueDossiers(sqlite, today), ...overdueTasks(sqlite, today), ...satisfactionAlerts(windowValues, catalogue)];
}
