import { utilityProcess } from "electron";
import type { FromWorker, ToWorker, WorkerProcess } from "../core/api/worker-protocol";

/**
 * The store worker (core/api/store-worker-entry.ts, bundled beside main.js)
 * as Electron's utility process: a Node process of its own, so the window's
 * thread never waits on the store. Messages posted before it has spawned wait.
 */
export function forkStoreWorker(entry: string): WorkerProcess {
  const child = utilityProcess.fork(entry, [], { serviceName: "CCHC Xã – dữ liệu", stdio: "inherit" });
  let waiting: ToWorker[] | null = [];
  child.once("spawn", () => {
    for (const message of waiting ?? []) child.postMessage(message);
    waiting = null;
  });
  return {
    post: (message) => (waiting ? waiting.push(message) : child.postMessage(message)),
    onMessage: (listener) => child.on("message", (message: FromWorker) => listener(message)),
    onExit: (listener) => child.once("exit", (code) => listener(code)),
    kill: () => void child.kill(),
  };
}
