import { sweepUnusedFiles } from "../attachments/attachments";
import { ensureDailyBackup, type TakenBackup } from "../backup/take";
import type { AppContext } from "../context";
import { inTurn } from "./dispatch";

export const DAILY_CHECK_MS = 30 * 60 * 1000;

export interface DailyBackupReport {
  taken(backup: TakenBackup): void;
  /** A failed daily backup must not stop the clerk's work: it is reported and tried again at the next check. */
  failed(message: string): void;
}

/**
 * The daily backup at start and then checked every half hour while the app
 * stays open, so an office PC left running for days still gets one a day.
 * Each check waits its turn behind any import or merge in progress, and
 * also sweeps the attached files no document uses any more.
 */
export function startDailyBackups(ctx: AppContext, report: DailyBackupReport, everyMs = DAILY_CHECK_MS): { stop(): Promise<void> } {
  let pending: Promise<void> = Promise.resolve();
  const check = () => {
    pending = pending.then(() =>
      inTurn(ctx, async () => {
        const taken = await ensureDailyBackup(ctx);
        sweepUnusedFiles(ctx);
        return taken;
      }).then(
        (taken) => {
          if (taken) report.taken(taken);
        },
        (e: unknown) => report.failed(e instanceof Error ? e.message.split("\n")[0]! : String(e)),
      ),
    );
  };
  check();
  const timer = setInterval(check, everyMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      return pending;
    },
  };
}
