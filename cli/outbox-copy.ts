import { readFileSync } from "node:fs";
import path from "node:path";
import type { AppContext } from "../core/context";
import type { OutboxKind } from "../core/outbox/labels";
import { addToOutbox } from "../core/outbox/outbox";
import type { CliIO } from "./io";

/**
 * A file a command exported for sending, kept in Hộp thư đi as the app's own
 * exports are, so the office sees it waiting there. The export itself is
 * done either way: a copy that cannot be kept is a warning, not a failure.
 * Returns where the copy went, or null.
 */
export function keepInOutbox(ctx: AppContext, io: CliIO, out: string, kind: OutboxKind, period: { from: string; to: string } | null): string | null {
  try {
    return addToOutbox(ctx, { fileName: path.basename(out), bytes: readFileSync(out) }, kind, period).filePath;
  } catch (e) {
    io.err(`Đã xuất tệp nhưng chưa đưa được bản sao vào Hộp thư đi: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

/** The line human output adds after an export kept in the outbox. */
export const outboxLine = (kept: string | null): string[] => (kept ? [`Bản sao chờ gửi nằm trong Hộp thư đi: ${kept}`] : []);
