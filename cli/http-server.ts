import http from "node:http";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { ApiCall } from "../core/api/store-gate";
import { apiFailure as apiError } from "../core/api/contract/result";
import { CONTENT_SECURITY_POLICY } from "../core/content-security-policy";
import { UPLOAD_BASE64_CHARS, UPLOAD_TOO_LARGE_MESSAGE } from "../core/file-size";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
};

/** A call carrying the largest file the app takes, plus the rest of the call around it (its name, options, JSON). */
const MAX_BODY_BYTES = UPLOAD_BASE64_CHARS + 1024 * 1024;

export interface BrowserModeServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  port: number;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
}

const securityHeaders = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cache-Control": "no-store",
};

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { ...securityHeaders, "Content-Type": type });
  res.end(body);
}

const sendJson = (res: http.ServerResponse, status: number, value: unknown) => send(res, status, CONTENT_TYPES[".json"]!, JSON.stringify(value));

/** The body, or "too_large" once past the limit: the rest is read and dropped, so the browser gets the answer rather than a reset connection. */
function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
      else chunks.length = 0;
    });
    req.on("end", () => (size > MAX_BODY_BYTES ? reject(new Error("too_large")) : resolve(Buffer.concat(chunks).toString("utf8"))));
    req.on("error", reject);
  });
}

/** The person working, sent percent-encoded (a header carries no Vietnamese letters); undefined when none was sent, null when unreadable. */
function personOf(req: http.IncomingMessage): string | undefined | null {
  const sent = req.headers["x-cchc-person"];
  if (sent === undefined) return undefined;
  try {
    return decodeURIComponent(String(sent));
  } catch {
    return null;
  }
}

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Browser mode: the built renderer and POST /api/<method> on 127.0.0.1 only,
 * the person working in X-CCHC-Person.
 * A per-launch token (written into the page, sent back in X-CCHC-Token) keeps
 * other web pages from calling the API, as does the Origin check (a page of
 * another site that learnt the token still cannot call); the Host check stops
 * DNS rebinding.
 */
export async function startBrowserMode(call: ApiCall, options: ServeOptions): Promise<BrowserModeServer> {
  const token = randomBytes(24).toString("hex");
  const root = path.resolve(options.rendererDir);
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  async function serveStatic(urlPath: string, res: http.ServerResponse) {
    let rel: string;
    try {
      rel = decodeURIComponent(urlPath);
    } catch {
      return send(res, 400, "text/plain; charset=utf-8", "Đường dẫn không hợp lệ");
    }
    const file = path.resolve(root, `.${rel === "/" ? "/index.html" : rel}`);
    if (file !== root && !file.startsWith(root + path.sep)) return send(res, 404, "text/plain; charset=utf-8", "Không tìm thấy");
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return send(res, 404, "text/plain; charset=utf-8", "Không tìm thấy");
    const ext = path.extname(file).toLowerCase();
    if (ext === ".html") {
      const html = (await readFile(file, "utf8")).replace("</head>", `<meta name="cchc-api-token" content="${token}"></head>`);
      return send(res, 200, CONTENT_TYPES[".html"]!, html);
    }
    return send(res, 200, CONTENT_TYPES[ext] ?? "application/octet-stream", await readFile(file));
  }

  async function serveApi(method: string, req: http.IncomingMessage, res: http.ServerResponse) {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      return sendJson(res, 403, apiError("forbidden", "Yêu cầu từ một trang web khác bị từ chối."));
    }
    const given = req.headers["x-cchc-token"];
    if (typeof given !== "string" || !sameToken(given, token)) {
      return sendJson(res, 403, apiError("forbidden", "Yêu cầu không được phép: thiếu hoặc sai mã phiên. Hãy tải lại trang."));
    }
    if (!String(req.headers["content-type"] ?? "").startsWith("application/json")) {
      return sendJson(res, 415, apiError("bad_request", "Yêu cầu phải gửi dữ liệu JSON."));
    }
    const person = personOf(req);
    if (person === null) return sendJson(res, 400, apiError("bad_request", "Tên người làm việc gửi kèm không đọc được. Hãy tải lại trang."));
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length ? JSON.parse(body) : {};
    } catch (e) {
      // Only a file makes a call this large.
      if (e instanceof Error && e.message === "too_large") return sendJson(res, 413, apiError("file_too_large", UPLOAD_TOO_LARGE_MESSAGE));
      return sendJson(res, 400, apiError("bad_request", "Dữ liệu gửi lên không phải JSON hợp lệ."));
    }
    sendJson(res, 200, await call(method, input, person));
  }

  const server = http.createServer((req, res) => {
    if (!allowedHosts.has(req.headers.host ?? "")) return send(res, 421, "text/plain; charset=utf-8", "Máy chủ không hợp lệ");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const handle =
      url.pathname.startsWith("/api/") && req.method === "POST"
        ? serveApi(url.pathname.slice("/api/".length), req, res)
        : req.method === "GET" || req.method === "HEAD"
          ? serveStatic(url.pathname, res)
          : Promise.resolve(send(res, 405, "text/plain; charset=utf-8", "Phương thức không được hỗ trợ"));
    handle.catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, apiError("internal", `Lỗi máy chủ: ${e instanceof Error ? e.message : String(e)}`));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((host) => `http://${host}`));
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A browser tab keeps sockets open (preconnects, keep-alive); they would hold the process after Ctrl+C.
        server.closeAllConnections();
      }),
  };
}
