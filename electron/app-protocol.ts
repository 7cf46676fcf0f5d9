import { readFile } from "node:fs/promises";
import { protocol } from "electron";
import { APP_HOST, APP_SCHEME } from "./app-origin";
import { rendererFileHeaders, resolveRendererFile } from "./renderer-files";

/** Must run before the app is ready: gives app:// a real origin, a secure context and fetch(). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

const plain = (status: number, text: string) => new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Serves the built renderer from `rendererDir` on app://cchc/, nothing outside it. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== "GET") return plain(405, "Phương thức không được hỗ trợ.");
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveRendererFile(rendererDir, url.pathname) : null;
    if (!file) return plain(404, "Không tìm thấy.");
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return plain(404, "Không tìm thấy.");
    }
    return new Response(new Uint8Array(body), { headers: rendererFileHeaders(file) });
  });
}
