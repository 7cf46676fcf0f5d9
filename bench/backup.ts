/**
 * How long a backup, its verification and a restore take on large stores
 * (200 000 and 1 000 000 demo dossiers): the backup runs before every import
 * and merge, so it adds to their time. Run: npx tsx bench/backup.ts
 */
import { copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAppContext } from "../core/app-context";
import { restoreStore } from "../core/backup/restore";
import { takeBackup } from "../core/backup/take";
import { verifyBackup } from "../core/backup/verify";
import { ensureDemoStore } from "./demo-stores";

const SIZES = [200_000, 1_000_000];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2).replace(".", ",")} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString("vi-VN")} MB`;

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
}

for (const size of SIZES) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-bench-sao-luu-"));
  try {
    const storePath = path.join(dir, "x.sqlite");
    copyFileSync(ensureDemoStore(size), storePath);
    const ctx = createAppContext({ storePath, userName: "bench" });
    const [taken, backupMs] = await timed(() => takeBackup(ctx, "tay"));
    ctx.store.close();
    const [, verifyMs] = await timed(() => verifyBackup(taken.file));
    const [, restoreMs] = await timed(() => restoreStore({ storePath, userName: "bench" }, taken.file));
    console.log(`${size.toLocaleString("vi-VN")} hồ sơ, tệp ${megabytes(statSync(storePath).size)}:`);
    console.log(`  sao lưu trực tuyến      ${seconds(backupMs)}`);
    console.log(`  kiểm tra (integrity)    ${seconds(verifyMs)}`);
    console.log(`  khôi phục (gồm bản hoàn tác, kiểm tra, chép, đổi tên) ${seconds(restoreMs)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
