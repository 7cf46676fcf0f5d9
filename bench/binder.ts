/**
 * The evidence binder's export time against its floor – the same bytes
 * written with plain fs calls (the folder: the same tree, file by file; the
 * zip: one file of the zip's size):
 * - the demo commune with its small PDFs;
 * - the same with about 200 MB of scans more (40 files of 5 MB of random bytes,
 *   as scans are: incompressible) attached to its evidence documents.
 * The export reads every kept file (unsealing and checking its hash), makes
 * the index and the Word checklist, and writes each copy; a document
 * evidencing several items is written once per item.
 * Run: npx tsx bench/binder.ts [scans, default 40] [MB each, default 5]
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAppContext } from "../core/app-context";
import { attachFiles, readAttachment } from "../core/attachments/attachments";
import { binderZip, prepareBinder, writeBinderFolder, type Binder } from "../core/binder/binder";
import type { AppContext } from "../core/context";
import { generateDemo } from "../core/demo";
import { formatFileSize } from "../core/file-size";

const SCANS = Number(process.argv[2] ?? 40);
const MEGABYTES = Number(process.argv[3] ?? 5);
const REQUEST = { outlineId: "de-cuong-kiem-tra-2025", period: "2025-07-01..2025-10-09" };

const seconds = (ms: number) => `${(ms / 1000).toFixed(2).replace(".", ",")} s`;
const megabytes = formatFileSize;
const ratio = (ms: number, floorMs: number) => `${(ms / floorMs).toFixed(1).replace(".", ",")}×`;

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
}

const report = (what: string, ms: number, floorMs: number) => console.log(`${what.padEnd(52)} ${seconds(ms).padStart(9)}   sàn ${seconds(floorMs).padStart(9)}   ${ratio(ms, floorMs)}`);

/** The floor of the folder: the binder's bytes, already in memory, written as the same tree. */
function writeTree(binder: Binder, ctx: AppContext, out: string): number {
  const files = [...binder.top, ...binder.plan.files.map((f) => ({ name: f.path, content: readAttachment(ctx, f.attachmentId).bytes }))];
  const started = performance.now();
  for (const f of files) {
    const file = path.join(out, ...f.name.split("/"));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, f.content, { flag: "wx" });
  }
  return performance.now() - started;
}

async function measure(ctx: AppContext, dir: string, label: string): Promise<void> {
  const [binder, prepareMs] = await timed(() => prepareBinder(ctx, REQUEST));
  const { files, bytes } = binder.plan.totals;
  console.log(`${label}: ${files.toLocaleString("vi-VN")} tệp, ${megabytes(bytes)} trong hồ sơ; chuẩn bị (đề cương, mục lục, danh mục Word) ${seconds(prepareMs)}`);
  const [, folderMs] = await timed(() => writeBinderFolder(ctx, binder, path.join(dir, `${label}-thu-muc`)));
  report("  Ghi ra thư mục (đọc, mở niêm phong, băm, ghi)", folderMs, writeTree(binder, ctx, path.join(dir, `${label}-san-thu-muc`)));
  const [zip, zipMs] = await timed(() => {
    const z = binderZip(ctx, binder);
    writeFileSync(path.join(dir, `${label}.zip`), z);
    return z;
  });
  const [, zipFloorMs] = await timed(() => writeFileSync(path.join(dir, `${label}-san.zip`), zip));
  report(`  Ghi ra tệp .zip (${megabytes(zip.length)})`, zipMs, zipFloorMs);
  report("  Cả lệnh, ra thư mục (chuẩn bị + ghi)", prepareMs + folderMs, writeTree(binder, ctx, path.join(dir, `${label}-san-2`)));
  for (const left of [`${label}-thu-muc`, `${label}-san-thu-muc`, `${label}-san-2`, `${label}.zip`, `${label}-san.zip`]) rmSync(path.join(dir, left), { recursive: true });
}

const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-bench-ho-so-"));
try {
  const ctx = createAppContext({ storePath: path.join(dir, "xa.sqlite"), userName: "bench" });
  const [, demoMs] = await timed(() => generateDemo(ctx.store, { seed: 1, until: "2026-01-31", userName: "bench" }));
  console.log(`Xã mẫu (cchc demo đến 31/01/2026) tạo trong ${seconds(demoMs)}`);
  await measure(ctx, dir, "xa-mau");

  const evidence = ctx.store.sqlite
    .prepare("SELECT DISTINCT e.document_id FROM evidence_links e JOIN documents d ON d.id = e.document_id WHERE e.outline_id = ? AND d.date <= ? ORDER BY e.document_id")
    .pluck()
    .all(REQUEST.outlineId, "2025-10-09") as number[];
  const scans = Array.from({ length: SCANS }, (_, i) => ({
    documentId: evidence[i % evidence.length]!,
    file: { fileName: `ban-quet-${i + 1}.pdf`, bytes: Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(MEGABYTES * 1024 * 1024 - 9)]) },
  }));
  attachFiles(ctx, scans);
  console.log(`Thêm ${SCANS} bản quét × ${MEGABYTES} MB vào ${Math.min(SCANS, evidence.length)} văn bản minh chứng`);
  await measure(ctx, dir, "ban-quet");
  ctx.store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
