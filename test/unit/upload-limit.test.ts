/**
 * One upload limit (core/file-size.ts) for every side: a file just under it
 * goes through browser mode's HTTP server to the handler, one just over it –
 * or far over, past the server's body limit – is refused with the file-size
 * message, never "Dữ liệu gửi lên quá lớn" (a 48–64 MB file met that before).
 */
import http from "node:http";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { startBrowserMode, type BrowserModeServer } from "../../cli/http-server";
import { dispatch } from "../../core/api/dispatch";
import type { AppContext } from "../../core/context";
import { UPLOAD_FILE_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from "../../core/file-size";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-gioi-han-tep-");
let server: BrowserModeServer;
let ctx: AppContext;

beforeAll(async () => {
  const dir = tempDir();
  const rendererDir = path.join(dir, "renderer");
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, "index.html"), "<!doctype html><html><head></head><body></body></html>");
  ctx = createAppContext({ storePath: path.join(dir, "xa.sqlite"), userName: "Kiểm thử" });
  server = await startBrowserMode((method, input) => dispatch(ctx, method, input), { port: 0, rendererDir });
});
afterAll(async () => {
  await server.close();
  ctx.store.close();
});

/** Posts a dossier import preview of a file of `bytes` bytes (not a real export: the import says so, after the limits let it in). */
function sendFile(bytes: number): Promise<{ status: number; body: { ok: boolean; error?: { code: string; message: string } } }> {
  const contentBase64 = Buffer.alloc(bytes, 7).toString("base64");
  const body = `{"fileName":"ho-so.xlsx","contentBase64":"${contentBase64}"}`;
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: url.port,
        agent: false,
        method: "POST",
        path: "/api/dossiers.importPreview",
        headers: { Host: url.host, "Content-Type": "application/json", "X-CCHC-Token": server.token },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("the upload limit", () => {
  it("lets a file just under it through browser mode to the import", async () => {
    const reply = await sendFile(UPLOAD_FILE_BYTES - 1);
    expect(reply.status).toBe(200);
    expect(reply.body.ok).toBe(false);
    // The import read it and found it is no spreadsheet: the limits let it in.
    expect(reply.body.error?.code).not.toMatch(/^(bad_request|file_too_large|invalid_input)$/);
  }, 60_000);

  it("refuses a file just over it with the file-size message", async () => {
    const reply = await sendFile(UPLOAD_FILE_BYTES + 3);
    expect(reply.body).toEqual({ ok: false, error: { code: "file_too_large", message: UPLOAD_TOO_LARGE_MESSAGE } });
    expect(UPLOAD_TOO_LARGE_MESSAGE).toContain("64 MB");
  }, 60_000);

  it("refuses a file far over it, past the server's body limit, with the same message", async () => {
    const reply = await sendFile(UPLOAD_FILE_BYTES + 2 * 1024 * 1024);
    expect(reply.status).toBe(413);
    expect(reply.body).toEqual({ ok: false, error: { code: "file_too_large", message: UPLOAD_TOO_LARGE_MESSAGE } });
  }, 60_000);
});
