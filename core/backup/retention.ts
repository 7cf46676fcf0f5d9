import { addDays } from "../../shared/dates";

/**
 * Which automatic backups to keep – what a person would reach for: every
 * backup of today and yesterday, the newest of each day for 30 days, the
 * newest of each month for a year; the copies taken before a restore are
 * counted apart (the 5 newest stay, whatever else is taken), and a backup the
 * caller names (the one just restored from) is never pruned. Whatever else is
 * in the folder is pruned.
 */
export const RETENTION = { everyBackupDays: 2, dailyDays: 30, monthlyMonths: 12, beforeRestore: 5 } as const;

export interface KeptBackup {
  file: string;
  /** 'YYYY-MM-DD HH:mm:ss', Vietnam time. */
  takenAt: string;
  reason?: string;
}

/** 'YYYY-MM' of the month `n` months before the one of `day`. */
function monthsBefore(day: string, n: number): string {
  const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 - n;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function backupsToPrune(backups: KeptBackup[], today: string, keepAlways: string[] = []): string[] {
  const newestFirst = [...backups].sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
  const everyFrom = addDays(today, 1 - RETENTION.everyBackupDays);
  const dailyFrom = addDays(today, 1 - RETENTION.dailyDays);
  const monthlyFrom = monthsBefore(today, RETENTION.monthlyMonths - 1);
  const keep = new Set(keepAlways);
  const daysKept = new Set<string>();
  const monthsKept = new Set<string>();
  let beforeRestoreKept = 0;
  for (const b of newestFirst) {
    const day = b.takenAt.slice(0, 10);
    const month = day.slice(0, 7);
    if (day >= everyFrom) keep.add(b.file);
    if (b.reason === "truoc-khoi-phuc") {
      if (beforeRestoreKept++ < RETENTION.beforeRestore) keep.add(b.file);
      continue;
    }
    if (day >= dailyFrom && !daysKept.has(day)) keep.add(b.file);
    if (month >= monthlyFrom && !monthsKept.has(month)) keep.add(b.file);
    daysKept.add(day);
    monthsKept.add(month);
  }
  return newestFirst.filter((b) => !keep.has(b.file)).map((b) => b.file);
}
