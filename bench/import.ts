/**
 * Import benchmark: a generated one-stop export (.xlsx, 100,000 rows by
 * default) imported by the real `cchc import tthc` into a new store, against
 * its floors – the same file only read, each in its own plain `node` process
 * with nothing of the app loaded (bench/import-floors.mjs): exceljs' streaming
 * reader, and a plain unzip + SAX read (saxes, the parser exceljs uses; a
 * minimal hand-written scanner). Every process is timed from outside with
 * /usr/bin/time: wall time, CPU time (user + system: what the machine's other
 * work disturbs least) and peak RSS. Each is run `runs` times; the median is kept.
 * The import runs as a user runs it – `node bin/cchc.mjs import tthc`, from the
 * prebuilt bundle – so its figures include starting the CLI and opening the store.
 *
 *   npx tsx bench/import.ts [rows] [runs]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeLargeExport } from "../test/fixtures/large-export";

const rows = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 3);
const root = path.resolve(import.meta.dirname, "..");
const file = path.join(os.tmpdir(), `cchc-bench-${rows}.xlsx`);
const db = path.join(os.tmpdir(), `cchc-bench-import-${process.pid}.sqlite`);
const timeReport = path.join(os.tmpdir(), `cchc-bench-import-${process.pid}.time`);

// The import runs as a user runs it: `cchc` from its prebuilt bundle (built here when older than the sources).
spawnSync(process.execPath, [path.join(root, "cli", "scripts", "build.mjs"), "--if-stale"], { cwd: root, stdio: "inherit" });

if (!existsSync(file)) {
  console.error(`Tạo tệp thử ${file} (${rows} dòng)…`);
  await writeLargeExport(file, rows);
}

interface Measured {
  wall: number;
  cpu: number;
  peakRssMb: number;
  output: string;
}

/** One process under /usr/bin/time: its wall and CPU seconds and its peak RSS. */
function once(args: string[]): Measured {
  const r = spawnSync("/usr/bin/time", ["-o", timeReport, "-f", "%e %U %S %M", ...args], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  const [wall, user, system, rssKb] = readFileSync(timeReport, "utf8").trim().split("\n").pop()!.split(" ").map(Number) as [number, number, number, number];
  return { wall, cpu: user + system, peakRssMb: rssKb / 1024, output: r.stdout.trim() };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `runs` runs; the median of each figure, and the last run's output. */
function measure(args: string[], before?: () => void): Measured {
  const all = Array.from({ length: runs }, () => {
    before?.();
    return once(args);
  });
  return { wall: median(all.map((m) => m.wall)), cpu: median(all.map((m) => m.cpu)), peakRssMb: median(all.map((m) => m.peakRssMb)), output: all.at(-1)!.output };
}

const freshStore = () => {
  for (const ext of ["", "-wal", "-shm"]) rmSync(db + ext, { force: true });
};

const floor = (reader: string) => measure([process.execPath, path.join(root, "bench", "import-floors.mjs"), reader, file]);
const exceljs = floor("exceljs");
const saxes = floor("saxes");
const scan = floor("scan");
const imported = measure([process.execPath, path.join(root, "bin", "cchc.mjs"), "import", "tthc", file, "--db", db, "--json"], freshStore);
freshStore();
rmSync(timeReport, { force: true });
const result = JSON.parse(imported.output) as { inserted: number; rejected: unknown[] };

const vi = (n: number, digits: number) => n.toLocaleString("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const line = (label: string, m: Measured) =>
  `${label.padEnd(36)} ${vi(m.wall, 2).padStart(6)} s  CPU ${vi(m.cpu, 2).padStart(6)} s  RSS tối đa ${vi(m.peakRssMb, 0).padStart(4)} MB  (${vi(m.wall / exceljs.wall, 2)}× exceljs)`;

console.log(`Tệp: ${vi(rows, 0)} dòng, trung vị ${runs} lần đo`);
console.log(line("Giải nén + bộ quét tự viết (node)", scan));
console.log(line("Giải nén + saxes (node)", saxes));
console.log(line("exceljs streaming (node)", exceljs));
console.log(line("cchc import tthc", imported) + ` – thêm ${vi(result.inserted, 0)}, từ chối ${vi(result.rejected.length, 0)}`);
const met = imported.wall <= 1.5 * exceljs.wall && imported.peakRssMb <= 300;
console.log(`Mục tiêu: ≤ 1,5× exceljs và ≤ 300 MB → ${met ? "đạt" : "KHÔNG đạt"}`);
