import { OFFICE, type DemoCalendar } from "./calendar";
import { FIELD, type DemoProcedure } from "./procedures";
import type { Random } from "./random";

/** How a field's dossiers tend to end; shares of all its dossiers. */
interface Behaviour {
  late: number;
  rejected: number;
  withdrawn: number;
  /** Never closed: the old overdue dossiers still open. */
  stalled: number;
  /** Sent back for more papers; the clock restarts when they come. */
  supplement: number;
}

const ORDINARY: Behaviour = { late: 0.05, rejected: 0.02, withdrawn: 0.012, stalled: 0.004, supplement: 0.2 };
const BEHAVIOUR: Record<string, Behaviour> = {
  [FIELD.hoTich]: { late: 0.035, rejected: 0.016, withdrawn: 0.014, stalled: 0.0015, supplement: 0.15 },
  [FIELD.chungThuc]: { late: 0.025, rejected: 0.016, withdrawn: 0.012, stalled: 0.0003, supplement: 0.05 },
  [FIELD.datDai]: { late: 0.15, rejected: 0.05, withdrawn: 0.03, stalled: 0.012, supplement: 0.4 },
  [FIELD.xayDung]: { late: 0.09, rejected: 0.045, withdrawn: 0.02, stalled: 0.006, supplement: 0.35 },
};

const behaviourOf = (p: DemoProcedure): Behaviour => BEHAVIOUR[p.field] ?? ORDINARY;

/** Received after this, a "within the day" dossier is due the next working day. */
const SAME_DAY_CUTOFF = 15 * 3600;

type DossierStatus = "result" | "rejected" | "withdrawn" | "pending";

/** A dossier's story, with days as calendar indices and times as seconds after midnight. */
export interface Lifecycle {
  /** When the papers were complete: the day of receipt, or later when some were asked for. */
  restartDay: number;
  dueDay: number;
  dueSec: number;
  /** How it ends, whenever that is; "pending" only for a dossier that never closes. */
  status: DossierStatus;
  /** When it closes (the result, the refusal or the withdrawal); -1 if never. */
  closeDay: number;
  closeSec: number;
}

/**
 * When a dossier received on `day` at `received` is due, and how and when it
 * closes. `lateTrend` scales the field's share of late results.
 */
export function lifecycle(calendar: DemoCalendar, rng: Random, p: DemoProcedure, day: number, received: number, lateTrend: number): Lifecycle {
  const b = behaviourOf(p);
  const pause = p.days > 0 && rng.chance(b.supplement) ? rng.int(5, 60) : 0;
  const restartDay = pause > 0 ? calendar.addWorkingDays(day, pause) : day;
  const [dueDay, dueSec] = dueOf(calendar, p, day, received, restartDay);
  const onDueDay = (): [number, number] => [dueDay, OFFICE.open + rng.next() * (dueSec - OFFICE.open)];

  const u = rng.next();
  let status: DossierStatus;
  let close: [number, number];
  if (u < b.withdrawn) {
    status = "withdrawn";
    close = laterMoment(calendar, rng, day, received, rng.int(0, Math.min(3, Math.max(1, p.days))));
  } else if (u < b.withdrawn + b.rejected) {
    status = "rejected";
    close = laterMoment(calendar, rng, day, received, rng.int(0, Math.max(1, p.days >> 1)));
  } else if (u < b.withdrawn + b.rejected + b.stalled) {
    return { restartDay, dueDay, dueSec, status: "pending", closeDay: -1, closeSec: 0 };
  } else {
    status = "result";
    if (rng.chance(b.late * lateTrend)) {
      close = [calendar.addWorkingDays(dueDay, rng.chance(0.55) ? 1 : rng.int(2, 8)), officeTime(rng, false)];
    } else if (p.days === 0) {
      // Within the day; received late in the afternoon, often still done that day, else the next morning or afternoon.
      const sameDay = dueDay === day || (received < OFFICE.close - 900 && rng.chance(0.6));
      close = sameDay ? laterMoment(calendar, rng, day, received, 0) : onDueDay();
    } else if (rng.chance(0.85)) {
      // Early: some working day before the due day, more often soon.
      const ahead = Math.floor(Math.pow(rng.next(), 1.2) * p.days);
      close = laterMoment(calendar, rng, restartDay, restartDay === day ? received : OFFICE.open, ahead);
      if (close[0] >= dueDay) close = onDueDay();
    } else {
      close = onDueDay();
    }
  }
  return { restartDay, dueDay, dueSec, status, closeDay: close[0], closeSec: close[1] };
}

/** The due moment: so many working days after the papers were complete, at the time of receipt; "within the day" ones by closing time. */
function dueOf(calendar: DemoCalendar, p: DemoProcedure, day: number, received: number, restartDay: number): [number, number] {
  if (p.days > 0) return [calendar.addWorkingDays(restartDay, p.days), received];
  if (calendar.isSaturday(day)) return received < OFFICE.lunchFrom - 3600 ? [day, OFFICE.lunchFrom] : [calendar.addWorkingDays(day, 1), OFFICE.close];
  return [received < SAME_DAY_CUTOFF ? day : calendar.addWorkingDays(day, 1), OFFICE.close];
}

/** A moment within office hours: mornings busier than afternoons; Saturdays only in the morning. */
export function officeTime(rng: Random, saturday: boolean): number {
  const morning = OFFICE.open + rng.next() * (OFFICE.lunchFrom - OFFICE.open);
  if (saturday || rng.chance(0.58)) return morning;
  return OFFICE.lunchTo + rng.next() * (OFFICE.close - OFFICE.lunchTo);
}

/**
 * A moment `workingDays` after (day, seconds), during office hours and never
 * before it: with 0, a little later the same day, or the next working day
 * when the office is about to close.
 */
export function laterMoment(calendar: DemoCalendar, rng: Random, day: number, seconds: number, workingDays: number): [number, number] {
  if (workingDays > 0) return [calendar.addWorkingDays(day, workingDays), officeTime(rng, false)];
  const closing = calendar.isSaturday(day) ? OFFICE.lunchFrom : OFFICE.close;
  if (seconds < closing - 600) return [day, seconds + 300 + rng.next() * (closing - seconds - 300)];
  return [calendar.addWorkingDays(day, 1), officeTime(rng, false)];
}
