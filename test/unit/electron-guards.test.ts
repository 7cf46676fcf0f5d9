/**
 * The desktop shell's guards, run under Node with Electron's objects stood in
 * for by recorders (the Electron binary cannot run here): no new windows, no
 * navigation or redirect away from app://cchc/, no webviews, every permission
 * refused, every remote request cancelled, and app:// serving nothing outside
 * the built renderer.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { APP_ENTRY_URL, isAppUrl } from "../../electron/app-origin";
import { CONTENT_SECURITY_POLICY } from "../../core/content-security-policy";
import { resolveRendererFile } from "../../electron/renderer-files";
import { blockRemoteRequests, denyAllPermissions, guardAllWebContents, guardWebContents } from "../../electron/security";

type Listener = (event: { url: string; preventDefault(): void }, ...rest: unknown[]) => void;

function recordedContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => (openHandler = handler),
    on: (event: string, listener: Listener) => listeners.set(event, listener),
  };
  /** Whether the guard stopped `event` for `url`. */
  const stopped = (event: string, url: string) => {
    let prevented = false;
    listeners.get(event)!({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents, listeners, stopped, open: (url: string) => openHandler!({ url }) };
}

const FOREIGN = ["https://example.com/", "http://127.0.0.1:4780/", "file:///etc/passwd", "app://khac/", "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "không phải url"];

describe("the web contents guard", () => {
  it("denies every new window", () => {
    const r = recordedContents();
    guardWebContents(r.contents as never);
    for (const url of [APP_ENTRY_URL, ...FOREIGN]) expect(r.open(url)).toEqual({ action: "deny" });
  });

  it("lets the app move between its own pages and stops every navigation or redirect elsewhere", () => {
    const r = recordedContents();
    guardWebContents(r.contents as never);
    for (const event of ["will-navigate", "will-redirect"]) {
      expect(r.stopped(event, APP_ENTRY_URL)).toBe(false);
      expect(r.stopped(event, `${APP_ENTRY_URL}#/bao-cao`)).toBe(false);
      for (const url of FOREIGN) expect(r.stopped(event, url), `${event} ${url}`).toBe(true);
    }
  });

  it("refuses to attach a webview", () => {
    const r = recordedContents();
    guardWebContents(r.contents as never);
    expect(r.stopped("will-attach-webview", APP_ENTRY_URL)).toBe(true);
  });

  it("is applied to every web contents the app creates", () => {
    const created = new Map<string, (event: unknown, contents: unknown) => void>();
    guardAllWebContents({ on: (event: string, listener: (event: unknown, contents: unknown) => void) => created.set(event, listener) } as never);
    const r = recordedContents();
    created.get("web-contents-created")!({}, r.contents);
    expect(r.open("https://example.com/")).toEqual({ action: "deny" });
    expect([...r.listeners.keys()].sort()).toEqual(["will-attach-webview", "will-navigate", "will-redirect"]);
  });
});

describe("the session guards", () => {
  it("refuse every permission request and check", () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
    let check: ((...args: unknown[]) => boolean) | null = null;
    denyAllPermissions({ setPermissionRequestHandler: (h: typeof request) => (request = h), setPermissionCheckHandler: (h: typeof check) => (check = h) } as never);
    for (const permission of ["media", "geolocation", "notifications", "clipboard-read", "openExternal"]) {
      let granted: boolean | null = null;
      request!({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(check!({}, permission, "app://cchc")).toBe(false);
    }
  });

  it("cancel every request to the network", () => {
    let filter: { urls: string[] } | null = null;
    let listener: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
    blockRemoteRequests({ webRequest: { onBeforeRequest: (f: typeof filter, l: typeof listener) => ((filter = f), (listener = l)) } } as never);
    expect(filter!.urls.sort()).toEqual(["http://*/*", "https://*/*", "ws://*/*", "wss://*/*"]);
    let response: { cancel: boolean } | null = null;
    listener!({ url: "https://example.com/theo-doi.js" }, (r) => (response = r));
    expect(response).toEqual({ cancel: true });
  });
});

describe("the app:// protocol", () => {
  const root = path.resolve("/ung-dung/renderer");

  it("serves files of the built renderer only", () => {
    expect(resolveRendererFile(root, "/")).toBe(path.join(root, "index.html"));
    expect(resolveRendererFile(root, "/assets/app.js")).toBe(path.join(root, "assets", "app.js"));
    for (const bad of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/x%00.js", "/%E0%A4%A", "/.."]) {
      expect(resolveRendererFile(root, bad), bad).toBeNull();
    }
  });

  it("has one origin, and a policy that loads nothing from elsewhere", () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    for (const url of FOREIGN) expect(isAppUrl(url), url).toBe(false);
    for (const rule of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "connect-src 'self'", "frame-ancestors 'none'"]) expect(CONTENT_SECURITY_POLICY).toContain(rule);
  });
});
