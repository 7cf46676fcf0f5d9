/**
 * How long a backup, its verification and a restore take on large stores
 * (200 000 and 1 000 000 demo dossiers): the backup runs before every import
 * and merge, so it adds to their time. Then the same store protected with a
 * passphrase: setting it (the whole file encrypted), a backup (VACUUM INTO,
 * encrypted), its verification and a restore, and the TTHC figures of a year
 * read through the cipher against the plain store. Run: npx tsx bench/backup.ts
 */
import { copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAppContext } from "../core/app-context";
import { restoreStore } from "../core/backup/restore";
import { takeBackup } from "../core/backup/take";
import { verifyBackup } from "../core/backup/verify";
import { setStorePassphrase } from "../core/backup/passphrase";
import type { AppContext } from "../core/context";
import { tthcFigures } from "../core/indicators/tthc";
import { resolvePeriod } from "../core/periods";
import { getProfile, loadProfiles } from "../core/profiles";
import { ensureDemoStore } from "./demo-stores";

const SIZES = [200_000, 1_000_000];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2).replace(".", ",")} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString("vi-VN")} MB`;

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
}

const PASSPHRASE = "mật khẩu đo hiệu năng";
const year = resolvePeriod("2025-Y", getProfile(loadProfiles(), "hai-phong"));
const figuresOf = (ctx: AppContext) => tthcFigures(ctx.store.sqlite, year);

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

    const plain = createAppContext({ storePath, userName: "bench" });
    figuresOf(plain);
    const [, plainFiguresMs] = await timed(() => figuresOf(plain));
    const [, protectMs] = await timed(() => setStorePassphrase(plain, null, PASSPHRASE));
    plain.store.close();
    const secured = createAppContext({ storePath, userName: "bench", passphrase: PASSPHRASE });
    figuresOf(secured);
    const [, securedFiguresMs] = await timed(() => figuresOf(secured));
    const [encrypted, encryptedBackupMs] = await timed(() => takeBackup(secured, "tay"));
    secured.store.close();
    const [, encryptedVerifyMs] = await timed(() => verifyBackup(encrypted.file, undefined, PASSPHRASE));
    const [, encryptedRestoreMs] = await timed(() => restoreStore({ storePath, userName: "bench", passphrase: PASSPHRASE }, encrypted.file));
    console.log(`  có mật khẩu: đặt mật khẩu (mã hóa cả tệp và các bản sao lưu) ${seconds(protectMs)}`);
    console.log(`  có mật khẩu: sao lưu (VACUUM INTO) ${seconds(encryptedBackupMs)}, kiểm tra ${seconds(encryptedVerifyMs)}, khôi phục ${seconds(encryptedRestoreMs)}`);
    console.log(`  số liệu TTHC năm 2025 (lần đọc thứ hai): không mật khẩu ${seconds(plainFiguresMs)}, có mật khẩu ${seconds(securedFiguresMs)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
