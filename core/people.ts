/**
 * Who is working: the people known to the store (offered when the app opens)
 * and the context of one call made by one of them.
 */
import type { Db } from "../db/store";
import { people } from "../db/schema";
import type { AppContext } from "./context";

const byVietnamese = new Intl.Collator("vi").compare;

/** The same person whatever the case: "lê thị hoa" is "Lê Thị Hoa" typed in a hurry. */
const sameName = (a: string, b: string) => a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");

/** The known people's names, in Vietnamese alphabetical order. */
export function knownPeople(db: Db): string[] {
  return db
    .select({ name: people.name })
    .from(people)
    .all()
    .map((p) => p.name)
    .sort(byVietnamese);
}

/** Adds a person unless someone of that name is already known; the name as kept, and the names afterwards. */
export function addPerson(db: Db, name: string): { name: string; people: string[] } {
  const known = knownPeople(db).find((k) => sameName(k, name));
  if (known) return { name: known, people: knownPeople(db) };
  db.insert(people).values({ name }).run();
  return { name, people: knownPeople(db) };
}

/**
 * The context of one call made by `person`: every record it writes names
 * them. A proxy, not a copy, because a restore swaps the store on the context
 * it is given and that must stay the shared one.
 */
export function workingAs(ctx: AppContext, person: string): AppContext {
  return new Proxy(ctx, {
    get: (target, key, receiver) => (key === "userName" || key === "person" ? person : Reflect.get(target, key, receiver)),
  });
}
