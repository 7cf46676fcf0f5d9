import { useSyncExternalStore } from "react";

const PERSON_KEY = "cchc.nguoi-lam-viec";

/**
 * The person working in this window, sent with every call (api.ts) so what
 * the call records names them. Kept in sessionStorage: a reload keeps it,
 * and the next start asks again when several people share the PC.
 */
let current: string | null = readStored();
const listeners = new Set<() => void>();

function readStored(): string | null {
  try {
    return window.sessionStorage.getItem(PERSON_KEY);
  } catch {
    return null;
  }
}

export const currentPerson = (): string | null => current;

export function workAs(name: string): void {
  current = name;
  try {
    window.sessionStorage.setItem(PERSON_KEY, name);
  } catch {
    // Storage refused: the name then holds until the page is reloaded.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const usePerson = (): string | null => useSyncExternalStore(subscribe, currentPerson);
