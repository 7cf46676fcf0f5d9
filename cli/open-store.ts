// Opening the store loads drizzle, zod and better-sqlite3: only the commands that use a store import this file.
import type { AppContext } from "../core/context";
import { withRestoreAdvice } from "../core/backup/advice";
import { createAppContext } from "../core/app-context";
import { storePathForUse } from "../core/paths";
import { stringOption, type ParsedArgs } from "./args";
import { passphraseFromEnv } from "./io";

/** Opens the store named by --db / CCHC_DB / the app's default, as the named user. */
export function openContext(args: ParsedArgs, extra: { mustExist?: boolean } = {}): AppContext {
  const storePath = storePathForUse(stringOption(args, "db"));
  try {
    return createAppContext({ storePath, userName: stringOption(args, "user"), mustExist: extra.mustExist, passphrase: passphraseFromEnv() });
  } catch (e) {
    throw withRestoreAdvice(e, storePath);
  }
}

/** Runs `body` with an open context and always closes the store. */
export async function withContext<T>(args: ParsedArgs, body: (ctx: AppContext) => T | Promise<T>, extra: { mustExist?: boolean } = {}): Promise<T> {
  const ctx = openContext(args, extra);
  try {
    return await body(ctx);
  } finally {
    ctx.store.close();
  }
}
