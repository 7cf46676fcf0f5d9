// vitest globalSetup: tests that spawn `cchc` run its bundle, built here when it is missing or older than its sources.
import { execFileSync } from "node:child_process";
import path from "node:path";

export default function buildCliBundle() {
  const root = path.resolve(import.meta.dirname, "..");
  execFileSync(process.execPath, [path.join(root, "cli", "scripts", "build.mjs"), "--if-stale"], { cwd: root, stdio: "inherit" });
}
