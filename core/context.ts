import type { Store } from "../db/store";
import type { ProvinceProfile } from "./profiles";

/** What every API handler and command works against. */
export interface AppContext {
  store: Store;
  profiles: Map<string, ProvinceProfile>;
  /** The user name set in the app, written into history and the audit log. */
  userName: string;
  /** The name given with --user or CCHC_USER; absent when userName is only the computer's login. */
  givenUserName?: string;
  now: () => Date;
  /** How long an API call may go without progress before it is abandoned (tests shorten it). */
  callIdleLimitMs?: number;
}
