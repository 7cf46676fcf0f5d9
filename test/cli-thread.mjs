// Runs `cchc` commands for test/cli-runner.ts in a worker thread: main() of the CLI bundle, each call with its own
// environment and its output captured as the process would print it, the answer posted on the port given.
import { parentPort, workerData } from "node:worker_threads";

const { main } = await import(workerData.mainModule);
const baseEnv = { ...process.env };
const printed = (lines) => lines.map((t) => (t.endsWith("\n") ? t : `${t}\n`)).join("");

parentPort.on("message", async ({ argv, env, done }) => {
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, baseEnv, env);
  const out = [];
  const err = [];
  let status;
  try {
    status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  } catch (e) {
    err.push(`Lỗi không mong đợi: ${e instanceof Error ? e.stack : String(e)}`);
    status = 2;
  }
  workerData.port.postMessage({ status, stdout: printed(out), stderr: printed(err) });
  const flag = new Int32Array(done);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
