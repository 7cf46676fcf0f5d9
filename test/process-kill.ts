import { spawn, type ChildProcess } from "node:child_process";
import { cchcBundle, repoRoot } from "./helpers";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Running {
  child: ChildProcess;
  /** The signal that ended the process, or null when it exited by itself. */
  exited: Promise<NodeJS.Signals | null>;
}

/** The real `cchc` in a child process, to be killed mid-way. */
export function startCchc(args: string[]): Running {
  const child = spawn(process.execPath, [cchcBundle, ...args], { cwd: repoRoot, stdio: "ignore", env: { ...process.env, CCHC_USER: "Kiểm thử" } });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
  return { child, exited };
}

/** Waits until `ready` holds (or the process ends, or the deadline passes), then SIGKILLs it; true when `ready` held at the kill. */
export async function killWhen(running: Running, ready: () => boolean, timeoutMs = 60_000): Promise<boolean> {
  let ended = false;
  void running.exited.then(() => (ended = true));
  const deadline = Date.now() + timeoutMs;
  while (!ended && Date.now() < deadline && !ready()) await sleep(2);
  const heldWhileRunning = !ended && ready();
  running.child.kill("SIGKILL");
  await running.exited;
  return heldWhileRunning;
}
