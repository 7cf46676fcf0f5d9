// `npm start`: runs the desktop app from the repo. Fetches Electron's binary on first use where the network
// allows; otherwise explains how to use browser mode instead.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { electronVersion, ensureElectronNative, root } from "./native.mjs";

const require = createRequire(import.meta.url);

function stop(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** The electron package exports the binary's path; it throws, or names a missing file, until the binary is downloaded. */
function electronBinary() {
  try {
    const binary = require("electron");
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function downloadElectron() {
  console.log(`Chưa có Electron ${electronVersion()}, đang tải về (lần đầu)…`);
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/electron/install.js")], {
    cwd: root,
    encoding: "utf8",
    timeout: 120_000,
  });
  const reason = (result.error?.message ?? result.stderr ?? "").trim().split("\n")[0];
  if (result.status !== 0 && reason) console.error(`Lỗi khi tải: ${reason}`);
}

function runNpmScript(name) {
  // npm_execpath is the npm that runs `npm start`; calling it through node avoids npm.cmd quirks on Windows.
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, "run", name], { cwd: root, stdio: "inherit" })
    : spawnSync("npm", ["run", name], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) stop(`Lệnh "npm run ${name}" không thành công.`);
}

let binary = electronBinary();
if (!binary) {
  downloadElectron();
  binary = electronBinary();
}
if (!binary) {
  stop(
    "Không tải được Electron – phần vỏ ứng dụng máy tính – trên máy này (không có mạng hoặc mạng chặn máy chủ tải về).\n" +
      "Chế độ trình duyệt vẫn dùng được với cùng dữ liệu:\n" +
      "    npm run web\n" +
      "rồi mở địa chỉ được in ra bằng trình duyệt.",
  );
}

try {
  ensureElectronNative();
} catch (e) {
  stop(`${e.message}\nChế độ trình duyệt vẫn dùng được: npm run web`);
}

runNpmScript("build:renderer");
runNpmScript("build:electron");

const { ELECTRON_RUN_AS_NODE: _runAsNode, ...env } = process.env;
const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
