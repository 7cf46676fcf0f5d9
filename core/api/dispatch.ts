import { z } from "zod";
import type { AppContext } from "../context";
import { api, isApiMethod, personNameSchema, type ApiResult } from "./contract";
import { apiFailure as fail } from "./contract/result";
import { handlers } from "./handlers";
import { BACKUP_BEFORE } from "./backup-before";
import { takeBackup } from "../backup/take";
import { isAppError, storageProblem } from "../../shared/errors";
import { nfc, nfcDeep, withFullStop } from "../../shared/text";
import { workingAs } from "../people";
import { CALL_IDLE_LIMIT_MS, withCallDeadline } from "../call-deadline";
import { UPLOAD_TOO_LARGE_MESSAGE } from "../file-size";
import { logUnexpectedError } from "../error-log";
import { watchWrites } from "../write-transaction";

z.config(z.locales.vi());

/** A file over the upload limit, anywhere in the input (a union's branches too): answered with the file-size message alone. */
const uploadTooLarge = (issues: readonly z.core.$ZodIssue[]): boolean => issues.some((i) => i.message === UPLOAD_TOO_LARGE_MESSAGE || (i.code === "invalid_union" && i.errors.some(uploadTooLarge)));

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

/**
 * Calls run one after another per store: an import holds its write
 * transaction open while its file streams in. A call that stops moving is
 * abandoned after the idle limit, its transaction rolled back, so one
 * damaged file never blocks every call behind it.
 */
const queues = new WeakMap<AppContext, Promise<unknown>>();

export function inTurn<T>(ctx: AppContext, job: () => Promise<T>): Promise<T> {
  const previous = queues.get(ctx) ?? Promise.resolve();
  const bounded = () =>
    withCallDeadline(
      ctx.callIdleLimitMs ?? CALL_IDLE_LIMIT_MS,
      () => {
        if (ctx.store.sqlite.inTransaction) ctx.store.sqlite.exec("ROLLBACK");
      },
      job,
    );
  const run = previous.then(bounded, bounded);
  queues.set(
    ctx,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * The one entry point of both transports: validates the input, runs the
 * handler, validates the output. Never throws; a failure is a Vietnamese
 * message the UI can show as it is. `person`, the one working in the app,
 * comes with the call beside its input, so several windows each write their
 * own name; without it the call is the app's start-up user's.
 */
export function dispatch(ctx: AppContext, method: string, rawInput: unknown, person?: string): Promise<ApiResult<unknown>> {
  // A call abandoned at its idle limit rejects its turn: answered too, as every failure is.
  return inTurn(ctx, () => dispatchNow(ctx, method, rawInput, person)).catch((e: unknown) => (isAppError(e) ? fail(e.code, e.message) : unexpected(ctx, method, e, false)));
}

async function dispatchNow(appCtx: AppContext, method: string, rawInput: unknown, person: string | undefined): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) return fail("unknown_method", `Không có chức năng "${method}".`);
  const caller = person === undefined ? null : personNameSchema.safeParse(nfc(person));
  if (caller && !caller.success) return fail("invalid_input", withFullStop(`Người làm việc không hợp lệ – ${describeIssues(caller.error)}`));
  const ctx = caller ? workingAs(appCtx, caller.data) : appCtx;
  const spec = api[method];
  const input = spec.input.safeParse(nfcDeep(rawInput ?? {}));
  if (!input.success && uploadTooLarge(input.error.issues)) return fail("file_too_large", UPLOAD_TOO_LARGE_MESSAGE);
  if (!input.success) return fail("invalid_input", withFullStop(`Dữ liệu nhập không hợp lệ – ${describeIssues(input.error)}`));
  const outcome = await watchWrites(ctx.store.sqlite, async () => {
    const backupReason = BACKUP_BEFORE[method];
    if (backupReason && (input.data as { dryRun?: boolean }).dryRun !== true) await takeBackup(ctx, backupReason);
    const handler = handlers[method] as (ctx: AppContext, input: unknown) => unknown;
    return spec.output.parse(await handler(ctx, input.data));
  });
  if (outcome.ok) return { ok: true, value: outcome.value };
  const e = outcome.error;
  if (isAppError(e)) return fail(e.code, e.message);
  const storage = storageProblem(e);
  if (storage) return fail(storage.code, storage.message);
  return unexpected(ctx, method, e, outcome.storeUnchanged);
}

/**
 * An error no one meant: written to the error log (core/error-log.ts) and
 * told to the clerk – that the data is unchanged only when every row the
 * call wrote was rolled back.
 */
function unexpected(ctx: AppContext, method: string, error: unknown, storeUnchanged: boolean): ApiResult<never> {
  const logged = logUnexpectedError(ctx.store.path, { method, error, at: new Date() });
  return fail(
    "internal",
    [
      withFullStop(`Lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}`),
      storeUnchanged ? "Dữ liệu không thay đổi." : "Thao tác có thể đã ghi được một phần: hãy kiểm tra lại dữ liệu trước khi làm lại.",
      logged ? "Lỗi đã được ghi vào nhật ký lỗi (Cài đặt → Nhật ký lỗi) để gửi cho người hỗ trợ." : "",
    ]
      .filter(Boolean)
      .join(" "),
  );
}
