/** The app's own origin, app://cchc/. No Electron import, so plain Node can load and check it. */
export const APP_SCHEME = "app";
export const APP_HOST = "cchc";
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/`;

/**
 * True only for pages of the app itself. Compares scheme and host rather than
 * `URL.origin`, which is "null" for non-special schemes outside Chromium.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
