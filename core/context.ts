import type { Store } from "../db/store";
import type { ProvinceProfile } from "./profiles";

/** What every API handler and command works against. */
export interface AppContext {
  store: Store;
  profiles: Map<string, ProvinceProfile>;
  /** The name written into history and the audit log: the person working, else givenUserName, else the computer's login. */
  userName: string;
  /** The name given with --user or CCHC_USER; absent when userName is only the computer's login. */
  givenUserName?: string;
  /** The person working in the app who made this call (chosen in the app, sent with the call); absent in the CLI. */
  person?: string;
  now: () => Date;
  /** How long an API call may go without progress before it is abandoned (tests shorten it). */
  callIdleLimitMs?: number;
}
