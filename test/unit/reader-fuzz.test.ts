/**
 * Every reader of a file a clerk or a department brings in ends – with a
 * result or a Vietnamese refusal naming the file – for damaged copies of
 * each input shape: a one-stop export (.xlsx and .csv), a department package
 * (.cchc), a department's Excel form, a province form, a backup. None may
 * hang (a damaged export used to keep the import, and every call queued
 * behind it, waiting forever) and none may show a library's raw English.
 * The copies do not depend on the time zone, so vitest.config.ts runs this
 * file in the UTC project only.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { verifyBackup } from "../../core/backup/verify";
import { readDossierExport } from "../../core/dossiers/read-export";
import { isAppError } from "../../shared/errors";
import { fillForm } from "../../core/forms/fill-form";
import { readPackage, writePackage, type UnsealedManifest } from "../../core/packages/container";
import type { DepartmentPart } from "../../core/packages/format";
import { readXlsxForm } from "../../core/packages/xlsx-form/read";
import { writeXlsxForm } from "../../core/packages/xlsx-form/write";
import { csvWithBom } from "../fixtures/dossier-exports";
import { writeLargeExport } from "../fixtures/large-export";
import { damagedBytes, damagedPart, seededRandom } from "../fixtures/mutations";
import { formInColumnB, sampleReport } from "../fixtures/province-forms";
import { useTempDir } from "../helpers";

/** Far above what a reader of these small files needs; far below the 20 s a stalled exceljs stream was given. */
const SETTLE_MS = 5_000;
const RAW_LIBRARY_TEXT = /Cannot|undefined|Unexpected|Z_[A-Z]|ERR_|\[object|TypeError|RangeError|invalid|Invalid|of null|is not a|FILE_ENDED|attribute|root|character|Error:/;

interface Tally {
  cases: number;
  read: number;
  refused: number;
  slowestMs: number;
}

/** Runs the reader on every copy; each must settle in time with a result or a clean refusal. */
async function fuzz(name: string, copies: Buffer[], read: (bytes: Buffer, fileName: string) => Promise<unknown>, fileName: string): Promise<Tally> {
  const tally: Tally = { cases: 0, read: 0, refused: 0, slowestMs: 0 };
  for (const [i, bytes] of copies.entries()) {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      read(bytes, fileName).then(
        () => ({ kind: "read" as const }),
        (error: unknown) => ({ kind: "refused" as const, error }),
      ),
      new Promise<{ kind: "hung" }>((resolve) => {
        timer = setTimeout(() => resolve({ kind: "hung" }), SETTLE_MS);
      }),
    ]);
    clearTimeout(timer);
    const ms = performance.now() - started;
    if (outcome.kind === "hung") writeFileSync(path.join(process.cwd(), `test-output-hung-${name}-${i}.bin`), bytes);
    expect(outcome.kind, `${name}, bản hỏng số ${i}: không xong sau ${SETTLE_MS} ms`).not.toBe("hung");
    if (outcome.kind === "refused") {
      const e = outcome.error;
      expect(isAppError(e), `${name}, bản hỏng số ${i}: ${e instanceof Error ? e.stack : String(e)}`).toBe(true);
      const message = (e as Error).message;
      expect(message, `${name}, bản hỏng số ${i}`).toContain(fileName);
      expect(message, `${name}, bản hỏng số ${i}`).not.toMatch(RAW_LIBRARY_TEXT);
      tally.refused++;
    } else tally.read++;
    tally.cases++;
    tally.slowestMs = Math.max(tally.slowestMs, ms);
  }
  console.log(`${name}: ${tally.cases} bản hỏng (${tally.read} đọc được, ${tally.refused} bị từ chối), lâu nhất ${Math.round(tally.slowestMs)} ms`);
  return tally;
}

const copiesOf = (bytes: Buffer, seed: number, count: number, zipped: boolean): Buffer[] => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => (zipped && i % 3 === 2 ? damagedPart(bytes, random) : damagedBytes(bytes, random)));
};

const MANIFEST: UnsealedManifest = {
  appVersion: "0.1.0",
  unit: { name: "Xã Cẩm Giang" },
  window: { spec: "2025-07-01..2025-10-09", from: "2025-07-01", to: "2025-10-09", label: "từ 01/07/2025 đến 09/10/2025" },
  outline: { id: "de-cuong-kiem-tra-2025", name: "Đề cương kiểm tra CCHC năm 2025" },
  department: { code: "TTPVHCC", name: "Trung tâm Phục vụ hành chính công" },
  direction: "tra_loi",
  createdBy: "Trần Văn Bình",
  createdAt: "2025-10-08 10:00:00",
  deadline: "2025-10-09 11:00",
};

const PART: DepartmentPart = {
  figures: [
    { code: "tthc.tiep_nhan.tong", label: "Tổng số hồ sơ tiếp nhận", unit: "hs", source: "C", current: 2927, answer: 2930 },
    { code: "tthc.hai_long.ty_le", label: "Tỷ lệ hài lòng", unit: "%", source: "M", current: null, answer: 96.5 },
  ],
  texts: [{ itemKey: "II.2", wording: "Kết quả giải quyết TTHC", current: null, answer: "Trung tâm tiếp nhận và trả kết quả đúng hạn." }],
  evidence: [{ itemKey: "II.2.1", wording: "Văn bản chỉ đạo", current: [], coveredAbove: [], answer: [{ numberSymbol: "12/KH-UBND", date: "2025-03-01", summary: "Kế hoạch CCHC năm 2025" }] }],
};

describe("damaged files end with a result or a refusal, never a hang", () => {
  const tempDir = useTempDir("cchc-fuzz-");

  it("one-stop exports: .xlsx and .csv", async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, "export.xlsx");
    await writeLargeExport(xlsx, 40);
    const readExport = (bytes: Buffer, fileName: string) => readDossierExport({ fileName, buffer: bytes });
    await fuzz("xlsx", copiesOf(readFileSync(xlsx), 1, 900, true), readExport, "export.xlsx");
    await fuzz("csv", copiesOf(readFileSync(csvWithBom(dir)), 2, 400, false), readExport, "export.csv");
  }, 240_000);

  it("department packages (.cchc) and Excel forms", async () => {
    await fuzz("cchc", copiesOf(writePackage(MANIFEST, PART), 3, 600, true), async (bytes, fileName) => readPackage(bytes, fileName), "TTPVHCC.cchc");
    const form = await writeXlsxForm({ ...MANIFEST, direction: "giao" } as never, PART);
    await fuzz("mau-excel", copiesOf(form, 4, 300, true), (bytes, fileName) => readXlsxForm(bytes, fileName), "TTPVHCC.xlsx");
  }, 240_000);

  it("a province form to fill", async () => {
    const form = await formInColumnB();
    const report = sampleReport();
    await fuzz("bieu-mau", copiesOf(form.bytes, 5, 300, true), (bytes, fileName) => fillForm({ fileName, bytes }, report), form.fileName);
  }, 240_000);

  it("a backup to restore", async () => {
    const dir = tempDir();
    const storePath = path.join(dir, "xa.sqlite");
    createAppContext({ storePath, userName: "Nguyễn Thị Hương" }).store.sqlite.close();
    const copies = copiesOf(readFileSync(storePath), 6, 120, false);
    await fuzz(
      "sao-luu",
      copies,
      async (bytes, fileName) => {
        const file = path.join(dir, fileName);
        writeFileSync(file, bytes);
        verifyBackup(file);
      },
      "ban-sao.sqlite",
    );
  }, 240_000);
});
