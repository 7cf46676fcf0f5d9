import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";

/** A fresh temp folder per test, removed afterwards. */
export function useTempDir(prefix = "cchc-test-"): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
}

export const sha256File = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

export const repoRoot = path.resolve(import.meta.dirname, "..");

/** The bundled `cchc` (cli/scripts/build.mjs), built before the tests by test/cli-bundle-setup.ts: a child starts in a third of tsx's time. */
export const cchcBundle = path.join(repoRoot, "dist", "cli", "cchc.mjs");
