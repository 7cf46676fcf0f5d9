/**
 * electron-builder.yml, checked without building (Electron's binary cannot be
 * downloaded here): valid against electron-builder's own schema, and saying
 * what a commune office needs – a Vietnamese per-user installer and a portable
 * copy for Windows, AppImage and deb for Linux, the app's icons, and an
 * uninstaller that leaves the citizens' records in the data folder alone.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Ajv from "ajv";
import { afterAll, describe, expect, it, vi } from "vitest";
import { DATA_FOLDER_NAME, defaultDataDir } from "../../core/paths";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const fromRoot = (p: string) => path.join(ROOT, p);
const require = createRequire(import.meta.url);
// Dependencies of electron-builder: js-yaml has no types, app-builder-lib's internals are not its public API.
const yaml = require("js-yaml") as { load(text: string): unknown };
const { LangConfigurator } = require("app-builder-lib/out/targets/nsis/nsisLang") as { LangConfigurator: new (options: object) => { langs: string[] } };
const { lcid } = require("app-builder-lib/out/util/langs") as { lcid: Record<string, number> };
const { PlatformPackager } = require("app-builder-lib") as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string | number, unknown>> } };
};
const { FuseV1Options } = require("@electron/fuses") as { FuseV1Options: Record<number, string> };

type TargetEntry = string | { target: string; arch?: string | string[] };
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  beforePack: string;
  asar?: boolean;
  asarUnpack?: string[];
  electronFuses?: Record<string, boolean>;
  extraResources: { from: string; to: string }[];
  extraMetadata: { desktopName?: string };
  win: { icon: string; target: TargetEntry[] };
  nsis: Record<string, unknown> & { installerLanguages: string[]; language: string };
  linux: {
    icon: string;
    target: TargetEntry[];
    category: string;
    syncDesktopName?: boolean;
    synopsis: string;
    description: string;
    desktop: { entry: Record<string, string> };
  };
}

const config = yaml.load(readFileSync(fromRoot("electron-builder.yml"), "utf8")) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(fromRoot("package.json"), "utf8")) as { name: string; productName: string };

/** The schema check electron-builder runs before building, with the same ajv options (app-builder-lib's schemaValidator). */
const validate = new Ajv({ allErrors: true, coerceTypes: true, strict: false }).compile(JSON.parse(readFileSync(require.resolve("app-builder-lib/scheme.json"), "utf8")) as object);
function schemaErrors(candidate: unknown): string[] {
  // coerceTypes rewrites the data it checks; the assertions below read the file's own values.
  return validate(structuredClone(candidate)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** [target, arches] for each entry of a win/linux target list. */
const targets = (list: TargetEntry[]) => list.map((t) => (typeof t === "string" ? [t, []] : [t.target, ([] as string[]).concat(t.arch ?? [])]) as [string, string[]]);

/** Vietnamese letters no English text has. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString("ascii"), file).toBe("PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** The image sizes an .ico holds (a 0 in its directory means 256). */
function icoSizes(file: string): number[] {
  const ico = readFileSync(file);
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)], file).toEqual([0, 1]);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
}

describe("electron-builder.yml", () => {
  it("passes electron-builder's schema, which refuses an option it does not know", () => {
    expect(schemaErrors(config)).toEqual([]);
    const { installerLanguages, ...nsis } = config.nsis;
    expect(schemaErrors({ ...config, nsis: { ...nsis, installerLanguage: installerLanguages } })).toContain("/nsis must NOT have additional properties");
  });

  it("names the app CCHC Xã, with the same name in package.json", () => {
    expect(config.appId).toBe("vn.gov.cchc.xa");
    expect(config.productName).toBe("CCHC Xã");
    expect(packageJson.productName).toBe(config.productName);
  });

  it("builds an x64 NSIS installer and an x64 portable copy for Windows", () => {
    expect(targets(config.win.target)).toEqual([
      ["nsis", ["x64"]],
      ["portable", ["x64"]],
    ]);
  });

  it("installs per user, with shortcuts named CCHC Xã", () => {
    expect(config.nsis.oneClick).toBe(false);
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.selectPerMachineByDefault).not.toBe(true);
    expect(config.nsis.shortcutName).toBe("CCHC Xã");
    expect(config.nsis.uninstallDisplayName).toBe("CCHC Xã");
    expect(config.nsis.createDesktopShortcut).not.toBe(false);
    expect(config.nsis.createStartMenuShortcut).not.toBe(false);
  });

  it("makes the installer Vietnamese", () => {
    // electron-builder's own reading of these options: the languages the installer is built with.
    expect(new LangConfigurator(config.nsis).langs).toEqual(["vi_VN"]);
    expect(config.nsis.language).toBe(String(lcid.vi_VN));
    expect(config.nsis.language).toBe("1066");
  });

  it("never deletes the data folder on uninstall", () => {
    // The uninstaller's "delete app data" removes %APPDATA%\<package name>, which is the data folder itself.
    expect(packageJson.name).toBe(DATA_FOLDER_NAME);
    expect(config.nsis.deleteAppDataOnUninstall).not.toBe(true);
  });

  it("builds an AppImage and a deb for Linux, listed under Office with a Vietnamese desktop entry", () => {
    expect(targets(config.linux.target).map(([t]) => t)).toEqual(["AppImage", "deb"]);
    expect(config.linux.category).toBe("Office");
    expect(config.linux.desktop.entry.Name).toBe("CCHC Xã");
    // electron-builder writes linux.description as the entry's Comment; synopsis heads the deb's description.
    expect(config.linux.description).toMatch(VIETNAMESE);
    expect(config.linux.synopsis).toMatch(VIETNAMESE);
  });

  it("gives the running Linux window the desktop entry's name, so it shows the app's icon", () => {
    expect(config.extraMetadata.desktopName).toBe(`${config.appId}.desktop`);
    expect(config.linux.syncDesktopName).toBe(true);
  });

  it("ships the built app, its templates and only the JavaScript of the SQLite driver", () => {
    for (const glob of ["package.json", "dist/**", "dist-electron/**", "templates/**", "!node_modules/**", "node_modules/better-sqlite3/lib/**"]) {
      expect(config.files).toContain(glob);
    }
    // Only what the files list takes after excluding node_modules is shipped of it.
    expect(config.files.indexOf("!node_modules/**")).toBeLessThan(config.files.indexOf("node_modules/better-sqlite3/lib/**"));
    expect(readdirSync(fromRoot("node_modules/better-sqlite3/lib")).length).toBeGreaterThan(0);
  });

  it("flips the Electron fuses the security checklist asks for", async () => {
    // electron-builder's own reading of electronFuses: the wire it writes into the Electron binary, by fuse name.
    const wire = await PlatformPackager.prototype.generateFuseConfig.call(null, config.electronFuses);
    const byName = Object.fromEntries(Object.entries(wire).flatMap(([key, value]) => (FuseV1Options[Number(key)] ? [[FuseV1Options[Number(key)], value]] : [])));
    expect(byName).toEqual({
      // ELECTRON_RUN_AS_NODE=1 would turn the signed app into a plain Node that runs any script.
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      // The app loads its pages from its own app:// scheme, never file://.
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it("packs the app into app.asar, the only place OnlyLoadAppFromAsar loads it from, with the SQLite binary beside it in resources/", () => {
    expect(config.asar).toBe(true);
    // Nothing is unpacked from the archive: the native binary is an extra resource, loaded by path from process.resourcesPath.
    expect(config.asarUnpack).toBeUndefined();
    expect(config.extraResources.map((r) => r.to)).toEqual(["native/better_sqlite3.node"]);
    const main = readFileSync(fromRoot("electron/main.ts"), "utf8");
    expect(main).toContain('path.join(process.resourcesPath, "native", "better_sqlite3.node")');
  });

  it("refers only to files the repository has", () => {
    expect(statSync(fromRoot(config.directories.buildResources)).isDirectory()).toBe(true);
    expect(statSync(fromRoot(config.beforePack)).isFile()).toBe(true);
    expect(statSync(fromRoot(config.win.icon)).isFile()).toBe(true);
    expect(statSync(fromRoot(config.linux.icon)).isDirectory()).toBe(true);
    expect(statSync(path.join(fromRoot(config.directories.buildResources), "icon.svg")).isFile()).toBe(true);
  });

  it("has a Windows icon from 16 to 256 px and a Linux icon set whose names give their sizes", () => {
    expect(icoSizes(fromRoot(config.win.icon))).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
    const linuxIcons = readdirSync(fromRoot(config.linux.icon));
    expect(linuxIcons.sort()).toEqual(["16x16.png", "32x32.png", "48x48.png", "64x64.png", "128x128.png", "256x256.png", "512x512.png"].sort());
    for (const name of linuxIcons) {
      const size = Number(name.split("x")[0]);
      expect(pngSize(path.join(fromRoot(config.linux.icon), name)), name).toEqual([size, size]);
    }
    expect(pngSize(path.join(fromRoot(config.directories.buildResources), "icon.png"))).toEqual([512, 512]);
  });
});

// The hook runs against a stand-in for native.mjs: a scratch root and a prebuilt binary, no network or compiler.
const scratch = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const root = fs.mkdtempSync(join(tmpdir(), "cchc-dong-goi-"));
  const binary = join(root, "built.node");
  fs.writeFileSync(binary, "better_sqlite3 for Electron");
  return { root, binary, asked: [] as { platform: string; arch: string }[] };
});
vi.mock("../../electron/scripts/native.mjs", () => ({
  root: scratch.root,
  ensureElectronNative: (target: { platform: string; arch: string }) => {
    scratch.asked.push(target);
    return scratch.binary;
  },
}));
afterAll(() => rmSync(scratch.root, { recursive: true, force: true }));

describe("the beforePack hook", () => {
  it("stages the SQLite binary built for the target where extraResources takes it from", async () => {
    const hookUrl = pathToFileURL(fromRoot(config.beforePack)).href;
    const { default: beforePack } = (await import(hookUrl)) as { default: (context: object) => Promise<void> };
    const { Arch } = (await import("electron-builder")).default;
    const stale = path.join(scratch.root, "build", "electron-native", "for-package", "stale.node");
    mkdirSync(path.dirname(stale), { recursive: true });
    writeFileSync(stale, "");

    await beforePack({ electronPlatformName: "win32", arch: Arch.x64 });

    expect(scratch.asked).toEqual([{ platform: "win32", arch: "x64" }]);
    const native = config.extraResources.find((r) => r.to === "native/better_sqlite3.node");
    expect(native, "extraResources ships native/better_sqlite3.node").toBeDefined();
    expect(readFileSync(path.join(scratch.root, native!.from), "utf8")).toBe("better_sqlite3 for Electron");
    expect(readdirSync(path.dirname(path.join(scratch.root, native!.from)))).toEqual(["better_sqlite3.node"]);
  });
});

describe("the data folder", () => {
  it("is the per-user application-data folder on Windows, outside wherever the app is installed", () => {
    const env = { APPDATA: "C:\\Users\\Lan\\AppData\\Roaming", LOCALAPPDATA: "C:\\Users\\Lan\\AppData\\Local", TEMP: "C:\\Users\\Lan\\AppData\\Local\\Temp" };
    const dataDir = path.win32.normalize(defaultDataDir(env, "win32"));
    expect(dataDir).toBe("C:\\Users\\Lan\\AppData\\Roaming\\cchc-xa");
    // Per-user install, per-machine install, and where the portable copy unpacks itself.
    for (const installDir of ["C:\\Users\\Lan\\AppData\\Local\\Programs\\cchc-xa", "C:\\Program Files\\cchc-xa", env.TEMP]) {
      expect(path.win32.relative(installDir, dataDir), installDir).toMatch(/^\.\.\\/);
    }
  });

  it("is under the XDG config folder on Linux, outside /opt and the AppImage's mount", () => {
    const dataDir = defaultDataDir({ XDG_CONFIG_HOME: "/home/lan/.config" }, "linux");
    expect(dataDir).toBe(`/home/lan/.config/${DATA_FOLDER_NAME}`);
    expect(defaultDataDir({}, "linux")).toBe(path.join(os.homedir(), ".config", DATA_FOLDER_NAME));
    for (const installDir of [`/opt/${config.productName}`, "/tmp/.mount_cchc-xaAbC123"]) {
      expect(path.posix.relative(installDir, dataDir), installDir).toMatch(/^\.\.\//);
    }
  });

  it("is where the desktop app keeps its store", () => {
    const main = readFileSync(fromRoot("electron/main.ts"), "utf8");
    expect(main).toMatch(/const dataDir = defaultDataDir\(\);[\s\S]*?app\.setPath\("userData", dataDir\)/);
  });
});
