import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Folder name of the app's data under the OS's per-user application-data folder. */
export const DATA_FOLDER_NAME = "cchc-xa";
export const STORE_FILE_NAME = "cchc.sqlite";

/**
 * The per-user data folder, the same one the desktop shell sets as Electron's
 * userData, so the app and `cchc` share one store.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === "win32") return path.join(env.APPDATA ?? path.join(os.homedir(), "AppData", "Roaming"), DATA_FOLDER_NAME);
  if (platform === "darwin") return path.join(os.homedir(), "Library", "Application Support", DATA_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), ".config"), DATA_FOLDER_NAME);
}

/** `--db`, else CCHC_DB, else the desktop app's own file (cli.md). */
export function resolveStorePath(dbOption: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (dbOption) return path.resolve(dbOption);
  if (env.CCHC_DB) return path.resolve(env.CCHC_DB);
  return path.join(defaultDataDir(env), STORE_FILE_NAME);
}

/**
 * The store a command or the browser mode works on: resolveStorePath's, with
 * the app's own data folder made on first use, as on a machine that has never
 * run the app. A folder the user names (--db, CCHC_DB) is theirs to make.
 */
export function storePathForUse(dbOption: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const file = resolveStorePath(dbOption, env);
  if (!dbOption && !env.CCHC_DB) mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

/** The folder of the user's own province profiles (ho-so-tinh), beside the store: the app's data folder for the app's own store. */
export const profileFolderFor = (storePath: string): string => path.join(path.dirname(storePath), "ho-so-tinh");
