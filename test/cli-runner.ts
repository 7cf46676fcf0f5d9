import { spawnSync } from "node:child_process";
import { cchcBundle, repoRoot } from "./helpers";

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `cchc` command in a child process, as a clerk or a script would. */
export function cchc(args: string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [cchcBundle, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, CCHC_USER: "Kiểm thử", ...env },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
