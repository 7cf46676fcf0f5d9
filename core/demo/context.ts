import type { Db, Store } from "../../db/store";
import type { IsoDate } from "../../shared/dates";
import type { DemoCalendar } from "./calendar";
import type { Place } from "./place";
import type { DocumentNumbers } from "./numbering";
import type { Random } from "./random";

/** What every part of the demo generator shares. */
export interface DemoContext {
  store: Store;
  db: Db;
  until: IsoDate;
  calendar: DemoCalendar;
  place: Place;
  /** The unit's departments, code → name; the demo leaves a department out when the unit has no such code. */
  departments: ReadonlyMap<string, string>;
  batchId: string;
  /** The commune's register of outgoing document numbers, shared by every part that cites one. */
  numbers: DocumentNumbers;
  userName: string;
  /** A random stream of its own for each part, so that one part's volume does not shift another's data. */
  random(stream: string): Random;
}

/** The department code if the unit has it, else null (so that foreign keys hold on a unit set up differently). */
export const departmentOf = (ctx: DemoContext, code: string): string | null => (ctx.departments.has(code) ? code : null);
