// vitest globalSetup: a folder shared by every test file of one run, for fixtures that are the same in all of them
// (the demo commune); removed when the run ends.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    runCacheDir: string;
  }
}

export default function runCache(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-chung-"));
  project.provide("runCacheDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
