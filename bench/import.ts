/**
 * Import benchmark: a generated 100,000-row one-stop export (.xlsx) imported
 * by the real `cchc import tthc` in a child process, timed, with its peak RSS;
 * against the floor: the same file only read with exceljs' streaming reader.
 *
 *   npx tsx bench/import.ts [rows]
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeLargeExport } from "../test/fixtures/large-export";

const rows = Number(process.argv[2] ?? 100_000);
const root = path.resolve(import.meta.dirname, "..");
const file = path.join(os.tmpdir(), `cchc-bench-${rows}.xlsx`);
const db = path.join(os.tmpdir(), `cchc-bench-import-${process.pid}.sqlite`);

if (!existsSync(file)) {
  console.error(`Tạo tệp thử ${file} (${rows} dòng)…`);
  await writeLargeExport(file, rows);
}

interface Measured {
  seconds: number;
  peakRssMb: number;
  output: string;
}

/** Runs a node command and reads its peak RSS from GNU time-like resource usage reported by the child itself. */
function measure(args: string[]): Measured {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "bench", "measure-child.ts"), ...args], { cwd: root, encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  const report = JSON.parse(r.stderr.trim().split("\n").pop()!) as { maxRssKb: number };
  return { seconds, peakRssMb: report.maxRssKb / 1024, output: r.stdout.trim() };
}

const floor = measure(["read", file]);
rmSync(db, { force: true });
const imported = measure(["import", file, db]);
const result = JSON.parse(imported.output) as { inserted: number; rejected: unknown[] };
rmSync(db, { force: true });
for (const ext of ["-wal", "-shm"]) rmSync(db + ext, { force: true });

console.log(`Tệp: ${rows.toLocaleString("vi-VN")} dòng`);
console.log(`Chỉ đọc (exceljs streaming): ${floor.seconds.toFixed(2)} s, RSS tối đa ${floor.peakRssMb.toFixed(0)} MB`);
console.log(`cchc import tthc:            ${imported.seconds.toFixed(2)} s, RSS tối đa ${imported.peakRssMb.toFixed(0)} MB (thêm ${result.inserted}, từ chối ${result.rejected.length})`);
console.log(`Tỷ lệ so với chỉ đọc: ${(imported.seconds / floor.seconds).toFixed(2)}×`);
console.log(`Mục tiêu: ≤ 15 s và ≤ 400 MB → ${imported.seconds <= 15 && imported.peakRssMb <= 400 ? "đạt" : "KHÔNG đạt"}`);
