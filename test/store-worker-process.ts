import { fork, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import type { WorkerProcess } from "../core/api/worker-protocol";
import { bundleStoreWorker } from "../electron/scripts/bundle.mjs";
import { repoRoot } from "./helpers";

/**
 * The store worker bundled as the desktop app ships it, one per test process
 * (both time-zone projects may build at once) in test-output/worker-<pid>/,
 * whose templates/ one folder up links to the repository's, as
 * dist-electron/ finds them.
 */
export async function bundledStoreWorker(): Promise<{ entry: string; remove(): void }> {
  const outputDir = path.join(repoRoot, "test-output");
  const outDir = path.join(outputDir, `worker-${process.pid}`);
  mkdirSync(outDir, { recursive: true });
  try {
    symlinkSync(path.join(repoRoot, "templates"), path.join(outputDir, "templates"), "junction");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  const entry = await bundleStoreWorker(outDir);
  return { entry, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** The worker as a Node child, the way the desktop app starts it as a utility process; `started` collects the children. */
export function forkStoreWorker(entry: string, started: ChildProcess[] = []): WorkerProcess {
  const child = fork(entry, [], {
    // Structured clone, as Electron's postMessage uses.
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  started.push(child);
  return {
    post: (message) => void child.send(message),
    onMessage: (listener) => child.on("message", listener as (message: unknown) => void),
    onExit: (listener) => child.once("exit", (code) => listener(code)),
    kill: () => void child.kill(),
  };
}
