import { fork, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import type { WorkerProcess } from "../core/api/worker-protocol";
import { bundleStoreWorker } from "../electron/scripts/bundle.mjs";
import { repoRoot } from "./helpers";

/**
 * The store worker bundled as the desktop app ships it, into test-output/ (the
 * bundle finds templates/ one folder up, as from dist-electron/); one per test
 * process, since both time-zone projects may build at once.
 */
export async function bundledStoreWorker(): Promise<{ entry: string; remove(): void }> {
  const entry = await bundleStoreWorker(path.join(repoRoot, "test-output"), `store-worker-${process.pid}.js`);
  const remove = () => {
    for (const file of [entry, `${entry}.map`]) rmSync(file, { force: true });
  };
  return { entry, remove };
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
