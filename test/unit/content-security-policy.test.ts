/** One Content-Security-Policy: browser mode's server and the desktop shell's app:// send the same one. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startBrowserMode } from "../../cli/http-server";
import { CONTENT_SECURITY_POLICY } from "../../core/content-security-policy";
import { rendererFileHeaders } from "../../electron/renderer-files";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-csp-");

describe("the content security policy", () => {
  it("is the same from browser mode and from the desktop shell", async () => {
    const rendererDir = path.join(tempDir(), "renderer");
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, "index.html"), "<!doctype html><html><head></head><body></body></html>");
    const server = await startBrowserMode(() => Promise.reject(new Error("no call expected")), { port: 0, rendererDir });
    try {
      const page = await fetch(server.url);
      const desktop = rendererFileHeaders(path.join(rendererDir, "index.html"))["Content-Security-Policy"];
      expect(page.headers.get("content-security-policy")).toBe(desktop);
      expect(desktop).toBe(CONTENT_SECURITY_POLICY);
    } finally {
      await server.close();
    }
  });
});
