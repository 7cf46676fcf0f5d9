// better-sqlite3 built for Electron's ABI, kept apart from node_modules so the CLI and the tests keep Node's build.
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
const BINARY = "better_sqlite3.node";
const fromRoot = (p) => path.join(root, p);
const versionOf = (packageDir) => JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")).version;

export const electronVersion = () => versionOf(fromRoot("node_modules/electron"));

/** Where electron/main.ts looks for the binary in development. */
const electronNativeDir = (platform = process.platform, arch = process.arch) => fromRoot(path.join("build", "electron-native", `${platform}-${arch}`));

/**
 * Returns the path of better_sqlite3.node for Electron on platform/arch,
 * building it first if missing or built for other versions. Does what
 * better-sqlite3's own install does – a prebuilt binary, else node-gyp (host
 * only) – but in a temporary copy. Throws with a Vietnamese message.
 */
export function ensureElectronNative({ platform = process.platform, arch = process.arch } = {}) {
  const electron = electronVersion();
  const sourceDir = fromRoot("node_modules/better-sqlite3");
  const stamp = `electron ${electron}, better-sqlite3 ${versionOf(sourceDir)}`;
  const outDir = electronNativeDir(platform, arch);
  const binary = path.join(outDir, BINARY);
  const stampFile = path.join(outDir, "built-for.txt");
  if (existsSync(binary) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return binary;

  console.log(`Đang dựng better-sqlite3 cho Electron ${electron} (${platform}-${arch})…`);
  const workDir = mkdtempSync(path.join(os.tmpdir(), "cchc-better-sqlite3-"));
  try {
    const copy = path.join(workDir, "better-sqlite3");
    const oldBuild = path.join(sourceDir, "build");
    cpSync(sourceDir, copy, { recursive: true, filter: (src) => src !== oldBuild && !src.startsWith(oldBuild + path.sep) });
    // An npm-wide nodedir (set on some machines for Node's own headers) would make node-gyp build for Node's ABI instead.
    const { npm_config_nodedir: _nodeHeaders, ...env } = process.env;
    const run = (script, args) => existsSync(script) && spawnSync(process.execPath, [script, ...args], { cwd: copy, env, stdio: "inherit", timeout: 10 * 60_000 }).status === 0;
    const isHost = platform === process.platform && arch === process.arch;
    const built =
      run(fromRoot("node_modules/prebuild-install/bin.js"), ["--runtime=electron", `--target=${electron}`, `--platform=${platform}`, `--arch=${arch}`]) ||
      (isHost && run(fromRoot("node_modules/node-gyp/bin/node-gyp.js"), ["rebuild", "--release", "--runtime=electron", `--target=${electron}`, "--dist-url=https://electronjs.org/headers"]));
    const result = path.join(copy, "build", "Release", BINARY);
    if (!built || !existsSync(result)) {
      throw new Error(
        `Không dựng được better-sqlite3 cho Electron ${electron} (${platform}-${arch}). ` +
          "Cần mạng để tải bản dựng sẵn, hoặc (chỉ cho máy đang dùng) công cụ biên dịch C++: " +
          "Windows cần Visual Studio Build Tools, Linux cần build-essential và python3.",
      );
    }
    mkdirSync(outDir, { recursive: true });
    copyFileSync(result, binary);
    writeFileSync(stampFile, stamp);
    return binary;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
