// How the shell's Node-side files are bundled, shared by `npm run build:electron` and the store worker's tests,
// which run the worker bundled exactly as the desktop app ships it.
import { cpSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const root = fileURLToPath(new URL("../..", import.meta.url));
const fromRoot = (p) => path.join(root, p);

/** An ES module for Electron's Node side (the main process, the store worker's utility process). */
export const nodeBundle = (entry, outfile) => ({
  entryPoints: [fromRoot(entry)],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  tsconfig: fromRoot("electron/tsconfig.json"),
  // Loaded at run time from node_modules: Electron itself, and the native module (its .node binary cannot be bundled).
  external: ["electron", "better-sqlite3"],
  // Bundled CommonJS packages (exceljs, docx, …) call require(); an ES module has none until we make one.
  banner: {
    js: 'import { createRequire as __cchcCreateRequire } from "node:module";\nconst require = __cchcCreateRequire(import.meta.url);',
  },
  sourcemap: true,
  logLevel: "warning",
});

export const STORE_WORKER_ENTRY = "core/api/store-worker-entry.ts";

/** The store worker alone, into `outDir` (which must sit in the repository's root folder, see copyRuntimeFiles). */
export async function bundleStoreWorker(outDir, name = "store-worker.js") {
  await build(nodeBundle(STORE_WORKER_ENTRY, path.join(outDir, name)));
  copyRuntimeFiles(outDir);
  return path.join(outDir, name);
}

/**
 * Bundled, core/ and db/ see import.meta.url as a file in outDir:
 *   db/migrations.ts  new URL("./migrations")          -> outDir/migrations/   (copied here)
 *   core/profiles.ts  new URL("../templates/profiles") -> templates/profiles/  (the repo's own folder, shipped as is)
 *   core/indicators/catalogue.ts  next to the profiles  -> templates/phu-luc-3.json
 */
export function copyRuntimeFiles(outDir) {
  cpSync(fromRoot("db/migrations"), path.join(outDir, "migrations"), { recursive: true });
  for (const needed of [path.join(outDir, "migrations", "meta"), path.join(outDir, "..", "templates", "profiles"), path.join(outDir, "..", "templates", "phu-luc-3.json")]) {
    if (!existsSync(needed)) throw new Error(`Thiếu tệp cần khi chạy: ${needed}`);
  }
}
