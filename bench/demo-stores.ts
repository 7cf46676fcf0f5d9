import { existsSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateDemo } from "../core/demo";
import { loadMigrations } from "../db/migrations";
import { openStore } from "../db/store";

const UNTIL = "2026-06-30";

/**
 * A demo store of `dossiers` dossiers in the temp folder, made once and
 * reused; one per schema version, so that a newer schema never migrates (and
 * copies) a large old file.
 */
export function ensureDemoStore(dossiers: number): string {
  const file = path.join(os.tmpdir(), `cchc-bench-figures-${dossiers}-v${loadMigrations().length}.sqlite`);
  if (existsSync(file)) return file;
  console.log(`Tạo dữ liệu mẫu ${dossiers.toLocaleString("vi-VN")} hồ sơ (chỉ lần đầu) …`);
  const partial = `${file}.dang-tao`;
  rmSync(partial, { force: true });
  const store = openStore(partial);
  const started = performance.now();
  generateDemo(store, { seed: 1, until: UNTIL, dossiers, userName: "bench" });
  store.sqlite.pragma("wal_checkpoint(TRUNCATE)");
  store.close();
  renameSync(partial, file);
  console.log(`  xong sau ${((performance.now() - started) / 1000).toFixed(1)} s: ${file}`);
  return file;
}
