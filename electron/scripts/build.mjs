// `npm run build:electron`: bundles the shell into dist-electron/. Needs no Electron binary.
import { rmSync, statSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { bundleStoreWorker, nodeBundle, root } from "./bundle.mjs";

const outDir = path.join(root, "dist-electron");

rmSync(outDir, { recursive: true, force: true });

await Promise.all([
  build(nodeBundle("electron/main.ts", path.join(outDir, "main.js"))),
  // Started by main.js as Electron's utility process: the store and every API call, off the window's thread.
  bundleStoreWorker(outDir),
  build({
    entryPoints: [path.join(root, "electron/preload.cts")],
    outfile: path.join(outDir, "preload.cjs"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    tsconfig: path.join(root, "electron/tsconfig.json"),
    external: ["electron"],
    logLevel: "warning",
  }),
]);

for (const name of ["main.js", "store-worker.js", "preload.cjs"]) {
  const { size } = statSync(path.join(outDir, name));
  console.log(`dist-electron/${name}  ${(size / 1024).toFixed(1)} KB`);
}
