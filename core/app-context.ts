import os from "node:os";
import { openStore, type OpenOptions } from "../db/store";
import type { AppContext } from "./context";
import { profileFolderFor } from "./paths";
import { loadProfiles } from "./profiles";

export interface ContextOptions extends OpenOptions {
  storePath: string;
  userName?: string;
  /** Folders of the user's own province profiles, read after the built-in ones; by default the one beside the store. */
  profileDirs?: string[];
  now?: () => Date;
}

const systemUserName = () => {
  try {
    return os.userInfo().username;
  } catch {
    return "người dùng";
  }
};

/** Opens the store and loads the profiles: what the CLI, browser mode and the desktop shell all start from. */
export function createAppContext(options: ContextOptions): AppContext {
  const profiles = loadProfiles(options.profileDirs ?? [profileFolderFor(options.storePath)]);
  const store = openStore(options.storePath, options);
  const givenUserName = options.userName?.trim() || process.env.CCHC_USER?.trim() || undefined;
  return {
    store,
    profiles,
    userName: givenUserName ?? systemUserName(),
    ...(givenUserName ? { givenUserName } : {}),
    now: options.now ?? (() => new Date()),
  };
}
