// `npm run build:electron`: bundles the shell into dist-electron/. Needs no Electron binary.
import { cpSync, existsSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));
const outDir = path.join(root, "dist-electron");
const fromRoot = (p) => path.join(root, p);

rmSync(outDir, { recursive: true, force: true });

await Promise.all([
  build({
    entryPoints: [fromRoot("electron/main.ts")],
    outfile: path.join(outDir, "main.js"),
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
  }),
  build({
    entryPoints: [fromRoot("electron/preload.cts")],
    outfile: path.join(outDir, "preload.cjs"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    tsconfig: fromRoot("electron/tsconfig.json"),
    external: ["electron"],
    logLevel: "warning",
  }),
]);

// Bundled, core/ and db/ see import.meta.url as dist-electron/main.js:
//   db/migrations.ts  new URL("./migrations")          -> dist-electron/migrations/   (copied here)
//   core/profiles.ts  new URL("../templates/profiles") -> templates/profiles/         (the repo's own folder, shipped as is)
//   core/indicators/catalogue.ts  next to the profiles  -> templates/phu-luc-3.json
cpSync(fromRoot("db/migrations"), path.join(outDir, "migrations"), { recursive: true });
for (const needed of [path.join(outDir, "migrations", "meta"), path.join(outDir, "..", "templates", "profiles"), path.join(outDir, "..", "templates", "phu-luc-3.json")]) {
  if (!existsSync(needed)) throw new Error(`Thiếu tệp cần khi chạy: ${needed}`);
}

for (const name of ["main.js", "preload.cjs"]) {
  const { size } = statSync(path.join(outDir, name));
  console.log(`dist-electron/${name}  ${(size / 1024).toFixed(1)} KB`);
}
