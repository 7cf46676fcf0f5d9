import http from "node:http";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { startBrowserMode, type BrowserModeServer } from "../../cli/http-server";
import { dispatch } from "../../core/api/dispatch";
import type { AppContext } from "../../core/context";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();
let running: { server: BrowserModeServer; ctx: AppContext } | null = null;
afterEach(async () => {
  if (running) {
    await running.server.close();
    running.ctx.store.close();
    running = null;
  }
});

async function start() {
  const dir = tempDir();
  const rendererDir = path.join(dir, "renderer");
  mkdirSync(path.join(rendererDir, "assets"), { recursive: true });
  writeFileSync(path.join(rendererDir, "index.html"), "<!doctype html><html><head><title>CCHC</title></head><body></body></html>");
  writeFileSync(path.join(rendererDir, "assets", "app.js"), "console.log('ok')");
  writeFileSync(path.join(dir, "secret.txt"), "không được lộ");
  const ctx = createAppContext({ storePath: path.join(dir, "x.sqlite"), userName: "Kiểm thử" });
  const server = await startBrowserMode((method, input) => dispatch(ctx, method, input), { port: 0, rendererDir });
  running = { server, ctx };
  return server;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so the Host header and the path are sent exactly as written. */
function request(server: BrowserModeServer, opts: { method?: string; path: string; host?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: url.port, method: opts.method ?? "GET", path: opts.path, headers: { Host: opts.host ?? url.host, ...opts.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}

const apiCall = (server: BrowserModeServer, method: string, input: unknown, headers: Record<string, string> = {}) =>
  request(server, {
    method: "POST",
    path: `/api/${method}`,
    headers: { "Content-Type": "application/json", "X-CCHC-Token": server.token, ...headers },
    body: JSON.stringify(input),
  });

describe("browser mode server", () => {
  it("listens on 127.0.0.1 only and writes the per-launch token into the page", async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await request(server, { path: "/" });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="cchc-api-token" content="${server.token}">`);
    expect(page.headers["content-security-policy"]).toContain("default-src 'self'");
    expect((await request(server, { path: "/assets/app.js" })).headers["content-type"]).toContain("text/javascript");
  });

  it("answers API calls through the dispatcher", async () => {
    const server = await start();
    const r = await apiCall(server, "profiles.list", {});
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body);
    expect(body.ok).toBe(true);
    expect(body.value.map((p: { id: string }) => p.id).sort()).toEqual(["cao-bang", "hai-phong", "vi-khe"]);
  });

  it("refuses calls without the token or with a wrong one", async () => {
    const server = await start();
    const missing = await request(server, { method: "POST", path: "/api/unit.get", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(missing.status).toBe(403);
    expect(JSON.parse(missing.body).error.message).toContain("không được phép");
    expect((await apiCall(server, "unit.get", {}, { "X-CCHC-Token": "0".repeat(48) })).status).toBe(403);
  });

  it("refuses a foreign Host header (DNS rebinding)", async () => {
    const server = await start();
    expect((await request(server, { path: "/", host: "evil.example:80" })).status).toBe(421);
    expect((await apiCall(server, "unit.get", {}, { Host: "attacker.test" })).status).toBe(421);
  });

  it("refuses a call from another site's page even with the token, and takes its own page's", async () => {
    const server = await start();
    const foreign = await apiCall(server, "unit.get", {}, { Origin: "https://attacker.test" });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body).error.message).toBe("Yêu cầu từ một trang web khác bị từ chối.");
    expect((await apiCall(server, "unit.get", {}, { Origin: "http://127.0.0.1:1" })).status).toBe(403);
    expect((await apiCall(server, "unit.get", {}, { Origin: "null" })).status).toBe(403);
    const own = new URL(server.url).origin;
    expect((await apiCall(server, "unit.get", {}, { Origin: own })).status).toBe(200);
  });

  it("does not serve files outside the renderer folder", async () => {
    const server = await start();
    for (const p of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt"]) {
      const r = await request(server, { path: p });
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain("không được lộ");
    }
  });

  it("refuses a body that is not JSON", async () => {
    const server = await start();
    const r = await request(server, { method: "POST", path: "/api/unit.get", headers: { "Content-Type": "application/json", "X-CCHC-Token": server.token }, body: "{oops" });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.message).toBe("Dữ liệu gửi lên không phải JSON hợp lệ.");
  });
});
