import { writeFile } from "node:fs/promises";
import { stringOption, type ParsedArgs } from "../args";
import type { CliIO } from "../io";
import { formatNumber } from "../../core/number-format";

const SHOWN_REJECTIONS = 20;

interface ImportOutcome {
  rejected: { row: number; reason: string }[];
  rejectedFile: { content: Buffer } | null;
}

/** Writes the rejected rows to --rejected-out when asked; the path written, if any. */
export async function saveRejected(args: ParsedArgs, r: ImportOutcome): Promise<string | null> {
  const rejectedOut = stringOption(args, "rejected-out");
  if (!rejectedOut || !r.rejectedFile) return null;
  await writeFile(rejectedOut, r.rejectedFile.content);
  return rejectedOut;
}

/** The batch id and how to undo it, the first rejected rows with their reasons, and where the rest went. */
export function printBatchAndRejections(io: CliIO, batchId: string | null, r: ImportOutcome, savedTo: string | null): void {
  if (batchId) io.out(`Mã lần nhập: ${batchId} (hoàn tác: cchc import undo ${batchId})`);
  for (const x of r.rejected.slice(0, SHOWN_REJECTIONS)) io.out(`  Dòng ${x.row}: ${x.reason}`);
  if (r.rejected.length > SHOWN_REJECTIONS) io.out(`  … và ${formatNumber(r.rejected.length - SHOWN_REJECTIONS)} dòng khác.`);
  if (savedTo) io.out(`Các dòng bị từ chối đã ghi vào ${savedTo}.`);
}

/** Exit code of an import that went through: 1 when rows were left out (cli.md). */
export const importExitCode = (r: ImportOutcome) => (r.rejected.length > 0 ? 1 : 0);
