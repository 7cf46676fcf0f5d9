// After `npm ci`: keeps the better-sqlite3 binary that npm ci compiled in npm's prebuild cache, where
// prebuild-install looks before it downloads one. This machine cannot reach GitHub, where the prebuilt binaries
// are, so every install compiles SQLite (≈ 100 s on 2 cores); with the binary kept, the next `npm ci` unpacks
// it as it would a downloaded one. The cache key is prebuild-install's own (package version, Node ABI,
// platform, libc, architecture), and prebuild-install loads the binary before it accepts it; a cold cache
// simply compiles.
import { createWriteStream, existsSync, mkdirSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve("better-sqlite3/package.json"));
const binary = path.join("build", "Release", "better_sqlite3.node");
const fromPrebuildInstall = createRequire(require.resolve("prebuild-install/package.json"));
const rc = fromPrebuildInstall("./rc");
const util = fromPrebuildInstall("./util");
const tar = fromPrebuildInstall("tar-fs");

const pkg = require(path.join(packageDir, "package.json"));
const cached = util.cachedPrebuild(util.getDownloadUrl({ ...rc(pkg), pkg }));

if (existsSync(cached)) {
  console.log(`Bản dựng better-sqlite3 đã có trong bộ nhớ đệm: ${cached}`);
} else if (!existsSync(path.join(packageDir, binary))) {
  console.log(`Không có ${binary} để giữ lại (better-sqlite3 chưa được dựng).`);
} else {
  mkdirSync(path.dirname(cached), { recursive: true });
  const partial = `${cached}.${process.pid}.tmp`;
  await pipeline(tar.pack(packageDir, { entries: [binary] }), createGzip(), createWriteStream(partial));
  renameSync(partial, cached);
  console.log(`Đã giữ bản dựng better-sqlite3 cho lần cài sau: ${cached}`);
}
