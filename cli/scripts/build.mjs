// `npm run build:cli` (also run by `npm ci` through "prepare", and by `npm run build`): bundles the CLI into dist/cli/
// so that `cchc` starts without tsx. `--if-stale` builds only when the bundle is missing or older than its sources.
//
// Each command is its own chunk, loaded by cli/main.ts's `import()` only when that command runs: `cchc --help` reads a
// few kilobytes, not the store, docx or exceljs. Chunk names carry a hash of their content and the entry is written
// last, each file by rename, so a build running beside a `cchc` that is still loading its chunks never changes them.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { bundleDir, bundleEntry, bundleIsFresh, manifestFile, root } from "./bundle.mjs";

// A chunk no longer part of the newest build is removed once it is this old: no `cchc` takes that long to load its chunks.
const STALE_CHUNK_MS = 10 * 60_000;

if (process.argv.includes("--if-stale") && bundleIsFresh()) process.exit(0);

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  // `npm ci --omit=dev` has no esbuild: bin/cchc.mjs then runs the sources through tsx.
  if (process.env.npm_lifecycle_event !== "prepare") throw new Error("Thiếu esbuild: chạy npm ci (kèm các gói phát triển) trước khi dựng.");
  console.log("Bỏ qua dựng dist/cli (chưa cài esbuild); cchc sẽ chạy từ mã nguồn qua tsx.");
  process.exit(0);
}

const startedAt = Date.now();
const result = await esbuild.build({
  // cchc-main exports main() alone, for the tests that run commands in a thread of their own process (test/cli-runner.ts).
  entryPoints: { cchc: path.join(root, "cli/run.ts"), "cchc-main": path.join(root, "cli/main.ts") },
  absWorkingDir: root,
  outdir: bundleDir,
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outExtension: { ".js": ".mjs" },
  entryNames: "[name]",
  chunkNames: "[name]-[hash]",
  tsconfig: path.join(root, "tsconfig.json"),
  // The native module's .node binary cannot be bundled; it is loaded from node_modules by the chunks that open a store.
  external: ["better-sqlite3"],
  // Bundled CommonJS packages (exceljs, docx, …) call require(); an ES module has none until we make one.
  banner: { js: 'import { createRequire as __cchcCreateRequire } from "node:module";\nconst require = __cchcCreateRequire(import.meta.url);' },
  plugins: [sourceRelativeUrls()],
  write: false,
  metafile: true,
  logLevel: "warning",
});

mkdirSync(bundleDir, { recursive: true });
const written = new Set();
const entry = result.outputFiles.find((file) => file.path === bundleEntry);
for (const file of [...result.outputFiles.filter((f) => f !== entry), entry]) {
  writeAtomically(file.path, file.contents);
  written.add(path.basename(file.path));
}
const inputs = [...Object.keys(result.metafile.inputs).filter((file) => !file.includes("node_modules/")), "package-lock.json"];
writeAtomically(manifestFile, JSON.stringify({ startedAt, inputs }));
written.add(path.basename(manifestFile));
removeOldChunks(written);
console.log(`dist/cli/cchc.mjs và ${written.size - 2} phần nạp khi cần, dựng trong ${Date.now() - startedAt} ms`);

function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

function removeOldChunks(keep) {
  for (const name of readdirSync(bundleDir)) {
    const file = path.join(bundleDir, name);
    if (!keep.has(name) && Date.now() - statSync(file).mtimeMs > STALE_CHUNK_MS) rmSync(file, { force: true });
  }
}

/**
 * Keeps `import.meta.url` of every repository source file pointing at that file, as under tsx: db/migrations,
 * templates/ and dist/renderer are found relative to the code that reads them, wherever the bundle is.
 */
function sourceRelativeUrls() {
  return {
    name: "source-relative-urls",
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = await readFile(args.path, "utf8");
        if (!source.includes("import.meta.url")) return undefined;
        const fromBundle = path.relative(bundleDir, args.path).split(path.sep).join("/");
        return { contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: "ts" };
      });
    },
  };
}
