import path from "node:path";
import { CONTENT_SECURITY_POLICY } from "../core/content-security-policy";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
};

const contentTypeOf = (file: string): string => CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";

/** The headers app:// sends with a file of the built renderer. */
export const rendererFileHeaders = (file: string): Record<string, string> => ({
  "Content-Type": contentTypeOf(file),
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
});

/**
 * The file under `rootDir` that a request path names ("/" is index.html), or
 * null when the decoded path is malformed or would leave `rootDir`.
 */
export function resolveRendererFile(rootDir: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const relativePath = decoded === "/" ? "index.html" : `.${decoded}`;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relativePath);
  const inside = path.relative(root, file);
  if (inside === "" || inside === ".." || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return null;
  return file;
}
