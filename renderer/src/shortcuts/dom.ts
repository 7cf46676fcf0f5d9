/** Whether a key pressed on this element is text being typed. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(target.type);
}

/** Shown on the screen now: a tab not open (display: none) has no boxes. */
const visible = (el: Element) => el.getClientRects().length > 0;

/** The first element of the screen shown that matches, skipping those in tabs that are not open. */
export const firstVisible = <T extends Element>(selector: string): T | null => Array.from(document.querySelectorAll<T>(selector)).find(visible) ?? null;

/** Inside a dialog or drawer: the page's shortcuts would act behind it. */
export const inDialog = (target: EventTarget | null): boolean => target instanceof Element && target.closest('[role="dialog"]') !== null;
