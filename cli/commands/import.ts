import { writeFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../../core/errors";
import { importDossiers } from "../../core/dossiers/import";
import { undoDossierImport } from "../../core/dossiers/undo";
import { rejectUnknown, stringOption, type ParsedArgs } from "../args";
import { withContext, wantsJson, type CliIO } from "../io";

const vi = new Intl.NumberFormat("vi-VN");
const SHOWN_REJECTIONS = 20;

async function importTthc(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "user", "json", "dry-run", "rejected-out"]);
  const file = args.positionals[1];
  if (!file) throw new AppError("usage", "Thiếu tệp cần nhập (ví dụ: cchc import tthc danh-sach.xlsx --db F).");
  const dryRun = args.options.get("dry-run") === true;
  return withContext(args, async (ctx) => {
    const r = await importDossiers(ctx, { fileName: path.basename(file), path: path.resolve(file) }, { dryRun });
    const rejectedOut = stringOption(args, "rejected-out");
    if (rejectedOut && r.rejectedFile) await writeFile(rejectedOut, r.rejectedFile.content);
    if (wantsJson(args)) {
      io.out(JSON.stringify({ batchId: r.batchId, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected, mapping: r.mapping, dryRun: r.dryRun }));
    } else {
      const what = dryRun ? "Thử nhập (không ghi gì)" : "Đã nhập";
      io.out(
        `${what} ${path.basename(file)}: thêm mới ${vi.format(r.inserted)}, cập nhật ${vi.format(r.updated)}, không đổi ${vi.format(r.unchanged)}, bị từ chối ${vi.format(r.rejected.length)} hồ sơ.`,
      );
      if (r.batchId) io.out(`Mã lần nhập: ${r.batchId} (hoàn tác: cchc import undo ${r.batchId})`);
      for (const x of r.rejected.slice(0, SHOWN_REJECTIONS)) io.out(`  Dòng ${x.row}: ${x.reason}`);
      if (r.rejected.length > SHOWN_REJECTIONS) io.out(`  … và ${vi.format(r.rejected.length - SHOWN_REJECTIONS)} dòng khác.`);
      if (rejectedOut && r.rejectedFile) io.out(`Các dòng bị từ chối đã ghi vào ${rejectedOut}.`);
    }
    return r.rejected.length > 0 ? 1 : 0;
  });
}

async function undoImport(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "user", "json"]);
  const batchId = args.positionals[1];
  if (!batchId) throw new AppError("usage", "Thiếu mã lần nhập (ví dụ: cchc import undo 20251006-083000-ab12 --db F).");
  return withContext(args, (ctx) => {
    const r = undoDossierImport(ctx, batchId);
    if (wantsJson(args)) io.out(JSON.stringify(r));
    else io.out(`Đã hoàn tác lần nhập ${r.batchId}: xóa ${vi.format(r.removed)} hồ sơ thêm mới, khôi phục ${vi.format(r.restored)} hồ sơ đã cập nhật.`);
    return 0;
  }, { mustExist: true });
}

export async function runImport(args: ParsedArgs, io: CliIO): Promise<number> {
  const what = args.positionals[0];
  if (what === "tthc") return importTthc(args, io);
  if (what === "undo") return undoImport(args, io);
  throw new AppError("usage", `Không rõ cần nhập gì: "${what ?? ""}". Dùng "cchc import tthc TỆP" hoặc "cchc import undo MÃ_LẦN_NHẬP".`);
}
