// electron-builder beforePack hook: stages better-sqlite3 built for Electron on the target platform/arch,
// which electron-builder.yml ships as resources/native/better_sqlite3.node (see electron/main.ts).
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import builder from "electron-builder";
import { ensureElectronNative, root } from "./native.mjs";

const stagedNativeDir = path.join(root, "build", "electron-native", "for-package");

export default async function beforePack(context) {
  const binary = ensureElectronNative({ platform: context.electronPlatformName, arch: builder.Arch[context.arch] });
  rmSync(stagedNativeDir, { recursive: true, force: true });
  mkdirSync(stagedNativeDir, { recursive: true });
  copyFileSync(binary, path.join(stagedNativeDir, "better_sqlite3.node"));
}
