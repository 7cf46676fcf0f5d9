const SKIPPED_KEY = "cchc.thiet-lap-ban-dau.de-sau";

/**
 * "Để sau" holds for this window only (sessionStorage): a reload keeps the app
 * open, but the next start shows the set-up again while there is no unit.
 */
export function setupSkipped(): boolean {
  try {
    return window.sessionStorage.getItem(SKIPPED_KEY) === "1";
  } catch {
    return false;
  }
}

export function rememberSetupSkipped(): void {
  try {
    window.sessionStorage.setItem(SKIPPED_KEY, "1");
  } catch {
    // Storage refused: the skip then lasts until the page is reloaded, which is all it must do.
  }
}
