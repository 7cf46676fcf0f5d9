/** What every API call answers, over IPC and HTTP alike: its value, or a refusal the UI shows as it is. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** A refusal: `code` stable for programs, `message` Vietnamese for the clerk. */
export const apiFailure = (code: string, message: string): ApiResult<never> => ({ ok: false, error: { code, message } });
