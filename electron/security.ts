// Types only: the guards take Electron's objects as arguments, so plain Node (the unit tests) can load this file.
import type { App, Session, WebContents } from "electron";
import { isAppUrl } from "./app-origin";

/** Every web contents, present and future: no new windows, no webviews, no navigation away from the app. */
export function guardAllWebContents(app: Pick<App, "on">): void {
  app.on("web-contents-created", (_event, contents) => guardWebContents(contents));
}

export function guardWebContents(contents: Pick<WebContents, "setWindowOpenHandler" | "on">): void {
  contents.setWindowOpenHandler(() => ({ action: "deny" }));
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on("will-navigate", stayInApp);
  contents.on("will-redirect", stayInApp);
  contents.on("will-attach-webview", (event) => event.preventDefault());
}

/** Camera, notifications, clipboard reads, …: the app needs none, so every request and check is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** The app is offline by design; the CSP already forbids remote loads, this stops any that slip past it. */
export function blockRemoteRequests(session: Session): void {
  session.webRequest.onBeforeRequest({ urls: ["http://*/*", "https://*/*", "ws://*/*", "wss://*/*"] }, (_details, callback) => callback({ cancel: true }));
}
