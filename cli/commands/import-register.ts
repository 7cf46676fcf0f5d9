import path from "node:path";
import type { ImportableRegister } from "../../core/api/contract";
import { AppError } from "../../shared/errors";
import { takeBackup } from "../../core/backup/take";
import { importRegister } from "../../core/records/import/register-import";
import { REGISTER_IMPORTERS } from "../../core/records/import/registers";
import { intOption, rejectUnknown, type ParsedArgs } from "../args";
import { wantsJson, type CliIO } from "../io";
import { withContext } from "../open-store";
import { importExitCode, printBatchAndRejections, saveRejected } from "./import-output";
import { formatNumber } from "../../core/number-format";

/** `cchc import <kind>`: the register each kind imports. */
export const REGISTER_KINDS: Record<string, ImportableRegister> = {
  "can-bo": "staff",
  "tiep-cong-dan": "receptions",
  "don-thu": "complaints",
  "ke-hoach": "plan_tasks",
  "nhiem-vu-giao": "assigned_tasks",
  "van-ban": "documents",
};

/** `cchc import can-bo|tiep-cong-dan|… FILE`: one register file, all its good rows or nothing. */
export async function importRegisterFile(kind: string, register: ImportableRegister, args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "user", "json", "dry-run", "rejected-out", "year"]);
  const importer = REGISTER_IMPORTERS[register];
  const file = args.positionals[1];
  const yearExample = importer.needsYear ? " --year 2025" : "";
  if (!file) throw new AppError("usage", `Thiếu tệp cần nhập (ví dụ: cchc import ${kind} tep.xlsx${yearExample} --db F).`);
  const year = intOption(args, "year", 2000, 2100);
  if (importer.needsYear && year === undefined) throw new AppError("usage", `Thiếu tùy chọn --year: ${importer.title} của năm nào (ví dụ: cchc import ${kind} ${file} --year 2025).`);
  const dryRun = args.options.get("dry-run") === true;
  return withContext(args, async (ctx) => {
    if (!dryRun) await takeBackup(ctx, "truoc-nhap");
    const r = await importRegister(ctx, register, { fileName: path.basename(file), path: path.resolve(file) }, { year, dryRun });
    const savedTo = await saveRejected(args, r);
    if (wantsJson(args)) {
      const { batchId, inserted, updated, unchanged, rejected, mapping, notes } = r;
      io.out(JSON.stringify({ batchId, inserted, updated, unchanged, rejected, mapping, dryRun, notes }));
    } else {
      const what = dryRun ? "Thử nhập (không ghi gì)" : "Đã nhập";
      io.out(`${what} ${path.basename(file)} (${importer.title}): thêm mới ${formatNumber(r.inserted)}, không đổi ${formatNumber(r.unchanged)}, bị từ chối ${formatNumber(r.rejected.length)} dòng.`);
      printBatchAndRejections(io, r.batchId, r, savedTo);
      for (const note of r.notes) io.out(`Lưu ý: ${note}`);
    }
    return importExitCode(r);
  });
}
