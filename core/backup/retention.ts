/**
 * Which automatic backups to keep: the 3 newest of today, the newest of each
 * earlier day, and never more than 10 in all (the newest first). Whatever
 * else is in the folder is pruned.
 */
export const RETENTION = { today: 3, total: 10 } as const;

export interface KeptBackup {
  file: string;
  /** 'YYYY-MM-DD HH:mm:ss', Vietnam time. */
  takenAt: string;
}

export function backupsToPrune(backups: KeptBackup[], today: string): string[] {
  const newestFirst = [...backups].sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
  const kept: KeptBackup[] = [];
  const daysKept = new Set<string>();
  let todayKept = 0;
  for (const b of newestFirst) {
    if (kept.length >= RETENTION.total) break;
    const day = b.takenAt.slice(0, 10);
    if (day >= today) {
      if (todayKept < RETENTION.today) {
        kept.push(b);
        todayKept++;
      }
    } else if (!daysKept.has(day)) {
      kept.push(b);
      daysKept.add(day);
    }
  }
  const keep = new Set(kept.map((b) => b.file));
  return newestFirst.filter((b) => !keep.has(b.file)).map((b) => b.file);
}
