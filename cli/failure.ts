import { existsSync } from "node:fs";
import path from "node:path";
import { errorLogFile, logUnexpectedError } from "../core/error-log";
import { isAppError, storageProblem } from "../shared/errors";

/**
 * What the command line says when a command fails: a refusal the app made on
 * purpose (or a full or failing disk) as it is; anything else is unexpected,
 * so it is written to the error log beside the store, as the app's own
 * errors are, and the clerk is told where. The log is not made for a store
 * whose folder does not exist.
 */
export function describeFailure(error: unknown, command: string, storePath: string, at = new Date()): string {
  const known = isAppError(error) ? error : storageProblem(error);
  if (known) return known.message;
  const said = `Lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}`;
  const logged = existsSync(path.dirname(storePath)) && logUnexpectedError(storePath, { method: `cchc ${command}`, error, at });
  return logged ? `${said}\nLỗi đã được ghi vào nhật ký lỗi "${errorLogFile(storePath)}" để gửi cho người hỗ trợ.` : said;
}
