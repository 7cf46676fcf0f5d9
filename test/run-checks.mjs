// Runs npm scripts side by side, as many at a time as the machine has cores: the lint and type checks are
// single-threaded, so on two cores they take half the time one after another would. An argument ending in ":"
// ("lint:") stands for every script of package.json whose name starts with it, so the list of checks is kept in one
// place. Each script's output is printed whole when it ends, so outputs never interleave; the exit code is the first
// failure's, after every script has run.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";

const defined = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).scripts);
const scripts = process.argv.slice(2).flatMap((name) => (name.endsWith(":") ? defined.filter((script) => script.startsWith(name)) : [name]));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ["run", "--silent", script], { shell: process.platform === "win32", stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`${code === 0 ? "✓" : "✗"} ${script} (${seconds} s)\n${output}`);
      resolve(code ?? 1);
    });
  });
}

const waiting = [...scripts];
const codes = [];
await Promise.all(
  Array.from({ length: Math.min(availableParallelism(), scripts.length) }, async () => {
    while (waiting.length) codes.push(await run(waiting.shift()));
  }),
);
process.exitCode = codes.find((code) => code !== 0) ?? 0;
