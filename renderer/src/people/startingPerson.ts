/**
 * Who works in a window that has named no one yet: the name the app was
 * started with (--user, CCHC_USER), else the only person the store knows;
 * null when the window must ask.
 */
export function startingPerson(known: readonly string[], given: string | null): string | null {
  if (given) return given;
  return known.length === 1 ? known[0]! : null;
}
