// Where the CLI bundle lives and whether it still matches the sources; read by bin/cchc.mjs on every run, so plain
// JavaScript with nothing but node:fs.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const bundleDir = path.join(root, "dist", "cli");
export const bundleEntry = path.join(bundleDir, "cchc.mjs");
/** Written last by each build: when it started and every repository file it read (package-lock.json stands for node_modules). */
export const manifestFile = path.join(bundleDir, "inputs.json");

/** True when the bundle exists and no file it was built from has changed (or gone) since its build began. */
export function bundleIsFresh() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    statSync(bundleEntry);
  } catch {
    return false;
  }
  return manifest.inputs.every((file) => {
    const stat = statSync(path.join(root, file), { throwIfNoEntry: false });
    return stat !== undefined && stat.mtimeMs < manifest.startedAt;
  });
}
