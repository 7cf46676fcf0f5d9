/**
 * What 2 GB of attached files (400 files of 5 MB of random bytes, as scans
 * are: incompressible) does to backups, verification and restore, each
 * against its floor – the same bytes moved with plain fs calls:
 * - attaching (in batches of 20, one transaction each) ↔ writing the bytes to files (each flushed to disk);
 * - the first backup into the backup folder (each file copied once) ↔ fs.cpSync of the files folder;
 * - a second backup with nothing new ↔ SQLite's online backup of the store alone;
 * - verifying a backup (every file read, unsealed, hashed) ↔ reading and hashing the sealed files;
 * - cchc restore of that backup (staged copy checked, files checked, undo backup, swap) ↔ the same read and hash;
 * - restoring it on a new PC (every file copied into the files folder) ↔ fs.cpSync of the backup's files;
 * - the self-contained copy (cchc backup --out: the files inside the copy) ↔ copying the store and the files folder;
 * - restoring that copy on a new PC ↔ fs.cpSync of the files folder.
 * Needs about 8 GB free in the temp folder at its peak; removes everything it made.
 * Run: npx tsx bench/attachments-backup.ts [files, default 400] [MB each, default 5]
 */
import { createHash, randomBytes } from "node:crypto";
import { closeSync, cpSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAppContext } from "../core/app-context";
import { attachFiles, filesFolder } from "../core/attachments/attachments";
import { backupFilesFolder } from "../core/backup/attached-files";
import { restoreStore } from "../core/backup/restore";
import { takeBackup } from "../core/backup/take";
import { verifyBackup } from "../core/backup/verify";
import { saveToRegister } from "../core/records/registers/records";
import { defaultDepartments } from "../core/unit";

const FILES = Number(process.argv[2] ?? 400);
const MEGABYTES = Number(process.argv[3] ?? 5);
const BATCH = 20;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2).replace(".", ",")} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString("vi-VN")} MB`;
const ratio = (ms: number, floorMs: number) => `${(ms / floorMs).toFixed(1).replace(".", ",")}×`;

async function timed(run: () => Promise<unknown> | unknown): Promise<number> {
  return (await valueTimed(run))[1];
}

async function valueTimed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
}

const folderBytes = (folder: string) => readdirSync(folder).reduce((sum, name) => sum + statSync(path.join(folder, name)).size, 0);

function writeFlushed(file: string, bytes: Buffer): void {
  const fd = openSync(file, "w");
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function readAndHash(folder: string): void {
  for (const name of readdirSync(folder))
    createHash("sha256")
      .update(readFileSync(path.join(folder, name)))
      .digest();
}

/** A "scan": a PDF header, then random bytes. */
const scan = () => Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(MEGABYTES * 1024 * 1024 - 9)]);

const rows: [string, number, number][] = [];
const report = (what: string, ms: number, floorMs: number) => {
  rows.push([what, ms, floorMs]);
  console.log(`${what.padEnd(58)} ${seconds(ms).padStart(9)}   sàn ${seconds(floorMs).padStart(9)}   ${ratio(ms, floorMs)}`);
};

const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-bench-tep-dinh-kem-"));
try {
  const storePath = path.join(dir, "du-lieu", "xa.sqlite");
  mkdirSync(path.dirname(storePath));
  const ctx = createAppContext({ storePath, userName: "bench" });
  const add = ctx.store.sqlite.prepare("INSERT INTO departments (code, name, sort_order) VALUES (?, ?, ?)");
  for (const d of defaultDepartments("xa")) add.run(d.code, d.name, d.sortOrder);
  const documentIds = Array.from(
    { length: FILES },
    (_, i) =>
      (
        saveToRegister(ctx, "documents", { numberSymbol: `${i + 1}/KH-UBND`, date: "2025-01-10", kind: "Kế hoạch", summary: `Kế hoạch số ${i + 1}`, direction: "di", isLegalNormative: false }) as {
          id: number;
        }
      ).id,
  );

  console.log(`${FILES.toLocaleString("vi-VN")} tệp × ${MEGABYTES} MB ngẫu nhiên, đính kèm theo lô ${BATCH} tệp (một giao dịch mỗi lô):`);
  const floorFolder = path.join(dir, "san-ghi");
  mkdirSync(floorFolder);
  let attachMs = 0;
  let writeMs = 0;
  for (let start = 0; start < FILES; start += BATCH) {
    const batch = documentIds.slice(start, start + BATCH).map((documentId, i) => ({ documentId, file: { fileName: `${start + i + 1}-KH-UBND.pdf`, bytes: scan() } }));
    writeMs += await timed(() => batch.forEach((item) => writeFlushed(path.join(floorFolder, item.file.fileName), item.file.bytes)));
    attachMs += await timed(() => attachFiles(ctx, batch));
  }
  rmSync(floorFolder, { recursive: true });
  const liveFiles = filesFolder(ctx);
  console.log(`  thư mục tệp đính kèm ${megabytes(folderBytes(liveFiles))}, tệp dữ liệu ${megabytes(statSync(storePath).size)}`);
  report("Đính kèm (băm, niêm phong AES-GCM, ghi, fsync)", attachMs, writeMs);

  const floorCopy = path.join(dir, "san-chep");
  const cpMs = await timed(() => cpSync(liveFiles, floorCopy, { recursive: true }));
  rmSync(floorCopy, { recursive: true });
  const firstBackupMs = await timed(() => takeBackup(ctx, "tay"));
  report("Sao lưu lần đầu vào thư mục sao lưu (chép mọi tệp)", firstBackupMs, cpMs);

  const dbOnly = path.join(dir, "chi-csdl.sqlite");
  const dbCopyMs = await timed(() => ctx.store.sqlite.backup(dbOnly));
  rmSync(dbOnly);
  const [second, secondMs] = await valueTimed(() => takeBackup(ctx, "tay"));
  report("Sao lưu lần sau, không có tệp mới", secondMs, dbCopyMs);

  const backupFiles = backupFilesFolder(path.dirname(second.file));
  const hashMs = await timed(() => readAndHash(backupFiles));
  report("Kiểm tra bản sao lưu (đọc, mở niêm phong, băm mọi tệp)", await timed(() => verifyBackup(second.file)), hashMs);

  const out = path.join(dir, "usb", "mang-di.sqlite");
  const outFloor = path.join(dir, "san-usb");
  const outFloorMs = await timed(async () => {
    await ctx.store.sqlite.backup(path.join(dir, "san-usb.sqlite"));
    cpSync(liveFiles, outFloor, { recursive: true });
  });
  rmSync(outFloor, { recursive: true });
  rmSync(path.join(dir, "san-usb.sqlite"));
  const outMs = await timed(() => takeBackup(ctx, "tay", out));
  report("Bản sao tự chứa (cchc backup --out: tệp nằm trong bản sao)", outMs, outFloorMs);
  console.log(`  bản sao tự chứa ${megabytes(statSync(out).size)}`);
  ctx.store.close();

  report("Khôi phục (cchc restore) trên cùng máy", await timed(() => restoreStore({ storePath, userName: "bench" }, second.file)), hashMs);

  const newPc = path.join(dir, "may-moi", "xa.sqlite");
  mkdirSync(path.dirname(newPc));
  const newPcFloor = path.join(dir, "san-may-moi");
  const newPcFloorMs = await timed(() => cpSync(backupFiles, newPcFloor, { recursive: true }));
  rmSync(newPcFloor, { recursive: true });
  report("Khôi phục trên máy mới từ thư mục sao lưu (chép mọi tệp)", await timed(() => restoreStore({ storePath: newPc, userName: "bench" }, second.file)), newPcFloorMs);
  rmSync(path.dirname(newPc), { recursive: true });

  mkdirSync(path.dirname(newPc));
  report("Khôi phục trên máy mới từ bản sao tự chứa", await timed(() => restoreStore({ storePath: newPc, userName: "bench" }, out)), newPcFloorMs);
  console.log(`  tệp dữ liệu sau khi khôi phục ${megabytes(statSync(newPc).size)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
