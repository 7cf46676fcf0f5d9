import path from "node:path";
import { AppError } from "../../shared/errors";
import { takeBackup } from "../../core/backup/take";
import { importDossiers } from "../../core/dossiers/import";
import { undoDossierImport } from "../../core/dossiers/undo";
import { registerOfBatch, undoRegisterImport } from "../../core/records/import/register-import";
import { rejectUnknown, type ParsedArgs } from "../args";
import { wantsJson, type CliIO } from "../io";
import { withContext } from "../open-store";
import { importExitCode, printBatchAndRejections, saveRejected } from "./import-output";
import { importRegisterFile, REGISTER_KINDS } from "./import-register";
import { formatNumber } from "../../core/number-format";

async function importTthc(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "user", "json", "dry-run", "rejected-out"]);
  const file = args.positionals[1];
  if (!file) throw new AppError("usage", "Thiếu tệp cần nhập (ví dụ: cchc import tthc danh-sach.xlsx --db F).");
  const dryRun = args.options.get("dry-run") === true;
  return withContext(args, async (ctx) => {
    if (!dryRun) await takeBackup(ctx, "truoc-nhap");
    const r = await importDossiers(ctx, { fileName: path.basename(file), path: path.resolve(file) }, { dryRun });
    const savedTo = await saveRejected(args, r);
    if (r.otherUnit) io.err(`Cảnh báo: ${r.otherUnit.message}`);
    if (wantsJson(args)) {
      io.out(JSON.stringify({ batchId: r.batchId, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected, mapping: r.mapping, dryRun: r.dryRun }));
    } else {
      const what = dryRun ? "Thử nhập (không ghi gì)" : "Đã nhập";
      io.out(
        `${what} ${path.basename(file)}: thêm mới ${formatNumber(r.inserted)}, cập nhật ${formatNumber(r.updated)}, không đổi ${formatNumber(r.unchanged)}, bị từ chối ${formatNumber(r.rejected.length)} hồ sơ.`,
      );
      for (const skipped of r.skipped) io.out(`${skipped.text}.`);
      printBatchAndRejections(io, r.batchId, r, savedTo);
    }
    return importExitCode(r);
  });
}

/** Undoes a dossier import or a register import, whichever the batch was. */
async function undoImport(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "user", "json"]);
  const batchId = args.positionals[1];
  if (!batchId) throw new AppError("usage", "Thiếu mã lần nhập (ví dụ: cchc import undo 20251006-083000-ab12 --db F).");
  return withContext(
    args,
    (ctx) => {
      if (registerOfBatch(ctx, batchId)) {
        const r = undoRegisterImport(ctx, batchId);
        io.out(wantsJson(args) ? JSON.stringify(r) : `Đã hoàn tác lần nhập ${r.batchId}: xóa ${formatNumber(r.removed)} dòng thêm mới.`);
        return 0;
      }
      const r = undoDossierImport(ctx, batchId);
      if (wantsJson(args)) io.out(JSON.stringify(r));
      else io.out(`Đã hoàn tác lần nhập ${r.batchId}: xóa ${formatNumber(r.removed)} hồ sơ thêm mới, khôi phục ${formatNumber(r.restored)} hồ sơ đã cập nhật.`);
      return 0;
    },
    { mustExist: true },
  );
}

export async function runImport(args: ParsedArgs, io: CliIO): Promise<number> {
  const what = args.positionals[0];
  if (what === "tthc") return importTthc(args, io);
  if (what === "undo") return undoImport(args, io);
  if (what !== undefined && Object.hasOwn(REGISTER_KINDS, what)) return importRegisterFile(what, REGISTER_KINDS[what]!, args, io);
  const kinds = ["tthc", ...Object.keys(REGISTER_KINDS)].join(", ");
  throw new AppError("usage", `Không rõ cần nhập gì: "${what ?? ""}". Dùng "cchc import LOẠI TỆP" (LOẠI: ${kinds}) hoặc "cchc import undo MÃ_LẦN_NHẬP".`);
}
