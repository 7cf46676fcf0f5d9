import path from "node:path";
import { AppError } from "../../shared/errors";
import { writeFileAtomic } from "../../core/exports/atomic-write";
import { formatDateVi } from "../../shared/dates";
import { formatFigure } from "../../core/indicators/format";
import { takeBackup } from "../../core/backup/take";
import { sendDepartmentPart } from "../../core/packages/create";
import { applyMerge, planMerge, type MergeChange } from "../../core/packages/merge";
import { formatFileSize } from "../../core/file-size";
import { PACKAGE_EXTENSION, type PackageFileRef } from "../../core/packages/format";
import { filesCarriedWords, filesLeftOutNotes } from "../../core/packages/sent-files-words";
import { readReply } from "../../core/packages/reply";
import { rejectUnknown, requireOption, stringOption, type ParsedArgs } from "../args";
import { readUserFile, wantsJson, type CliIO } from "../io";
import { withContext } from "../open-store";
import { keepInOutbox, outboxLine } from "../outbox-copy";

const DEFAULT_OUTLINE = "de-cuong-kiem-tra-2025";

/**
 * `cchc package create --dept TTPVHCC --period P --out F.cchc|F.xlsx [--outline ID] [--chap-nhan-qua-han]`:
 * the file that sends one department its part of a report (its Phụ lục 3
 * figures, the outline items it writes, the items expecting evidence); an
 * .xlsx is the Excel form for a department without the app. A part whose
 * deadline has passed is refused unless --chap-nhan-qua-han says to send it anyway.
 */
async function runCreate(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "period", "profile", "user", "json", "out", "dept", "outline", "chap-nhan-qua-han"]);
  const departmentCode = requireOption(args, "dept", "TTPVHCC").toUpperCase();
  const period = requireOption(args, "period", "2025-07-01..2025-10-09");
  const out = path.resolve(requireOption(args, "out", `TTPVHCC${PACKAGE_EXTENSION}`));
  const extension = path.extname(out).toLowerCase();
  if (extension !== PACKAGE_EXTENSION && extension !== ".xlsx")
    throw new AppError("package_out", `Tệp gói phải có đuôi ${PACKAGE_EXTENSION} (gói cho phòng có ứng dụng) hoặc .xlsx (mẫu Excel); nhận được "${path.basename(out)}".`);
  return withContext(
    args,
    async (ctx) => {
      const confirmPastDeadline = args.options.get("chap-nhan-qua-han") === true;
      const request = { outlineId: stringOption(args, "outline") ?? DEFAULT_OUTLINE, period, profileId: stringOption(args, "profile"), departmentCode, confirmPastDeadline };
      // Marked sent only once the file is written: a full disk leaves the part unsent.
      const created = await sendDepartmentPart(ctx, request, extension === ".xlsx" ? "xlsx" : "cchc", (file) => writeFileAtomic(out, file.bytes)).catch((e: unknown) => {
        if (e instanceof AppError && e.code === "package_past_deadline") throw new AppError(e.code, `${e.message} Dòng lệnh: thêm --chap-nhan-qua-han để vẫn tạo gói.`);
        throw e;
      });
      const { counts, manifest } = created;
      const outbox = keepInOutbox(ctx, io, out, "goi_phong_ban", manifest.window);
      if (wantsJson(args)) io.out(JSON.stringify({ file: out, manifest, counts, outbox }));
      else {
        const carried = filesCarriedWords(counts);
        io.out(
          `Đã tạo ${extension === ".xlsx" ? "mẫu Excel" : "gói"} cho ${manifest.department.name} (${manifest.window.label}): ${counts.figures} số liệu, ${counts.texts} nội dung cần viết, ${counts.evidence} mục cần minh chứng${carried ? `, ${carried}` : ""} – tệp ${out}.`,
        );
        for (const note of filesLeftOutNotes(counts)) io.err(`Lưu ý: ${note}.`);
        outboxLine(outbox).forEach(io.out);
      }
      return 0;
    },
    { mustExist: true },
  );
}

/** ", kèm 2 tệp: 84-BC-UBND.pdf (20 KB), anh.png (68 byte)": the files an evidence change brings. */
const filesWords = (files: readonly PackageFileRef[]) => (files.length > 0 ? `, kèm ${files.length} tệp: ${files.map((f) => `${f.fileName} (${formatFileSize(f.size)})`).join(", ")}` : "");

const describe = (ch: MergeChange): string => {
  const mark = ch.conflict ? `  [xung đột: ${ch.conflict}]` : "";
  if (ch.kind === "figure") return `- Số liệu ${ch.code} (${ch.label}): ${formatFigure(ch.now, ch.unit)} → ${formatFigure(ch.incoming, ch.unit)}${mark}`;
  if (ch.kind === "text") return `- Nội dung mục ${ch.itemKey}: ${ch.now ? "sửa" : "thêm"} (${ch.incoming.length} ký tự)${mark}`;
  const state = ch.documentId === null ? " (văn bản mới vào sổ)" : ch.alreadyLinked ? " (đã gắn)" : "";
  return `- Minh chứng mục ${ch.itemKey}: ${ch.numberSymbol} ngày ${formatDateVi(ch.date)}${state}${filesWords(ch.files)}${mark}`;
};

/**
 * `cchc package import F.cchc|F.xlsx [--dry-run] [--chap-nhan ID,…] [--json]`:
 * takes a department's answer back (a package or the filled Excel form). Changes without a conflict are applied; a
 * conflict only when named in --chap-nhan. Exit 1 when conflicts were left.
 */
async function runImport(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "profile", "user", "json", "dry-run", "chap-nhan"]);
  const file = args.positionals[0];
  if (!file) throw new AppError("usage", "Hãy cho biết tệp gói: cchc package import TTPVHCC.cchc --db F (hoặc mẫu Excel đã điền: TTPVHCC.xlsx)");
  const bytes = readUserFile(file, path.basename(file), "Tệp gói");
  const accept = (stringOption(args, "chap-nhan") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return withContext(
    args,
    async (ctx) => {
      const fileName = path.basename(file);
      const reply = await readReply(bytes, fileName, ctx.now());
      const dryRun = args.options.get("dry-run") === true;
      if (!dryRun) await takeBackup(ctx, "truoc-gop");
      const result = dryRun ? { ...planMerge(ctx, reply, fileName), applied: null } : applyMerge(ctx, reply, fileName, { accept });
      const left = result.changes.filter((ch) => ch.conflict && !(result.applied ?? []).includes(ch.id));
      if (wantsJson(args)) {
        io.out(
          JSON.stringify({
            file: path.resolve(file),
            department: result.manifest.department,
            window: result.manifest.window,
            changes: result.changes,
            unchanged: result.unchanged,
            warnings: result.warnings,
            applied: result.applied,
          }),
        );
      } else {
        io.out(`Gói của ${result.manifest.department.name} (${result.manifest.window.label}, ${result.manifest.createdBy} gửi lúc ${result.manifest.createdAt}):`);
        for (const ch of result.changes) io.out(describe(ch));
        io.out(
          result.applied === null
            ? `Chạy thử: ${result.changes.length} thay đổi, ${result.unchanged} câu trả lời trùng với dữ liệu hiện có; chưa ghi gì.`
            : `Đã nhận ${result.applied.length}/${result.changes.length} thay đổi; ${result.unchanged} câu trả lời trùng với dữ liệu hiện có.`,
        );
        for (const w of result.warnings) io.err(w);
        if (left.length > 0) io.err(`Còn ${left.length} xung đột chưa nhận; xem lại rồi nhận bằng --chap-nhan ${left.map((ch) => ch.id).join(",")}`);
      }
      return left.length > 0 ? 1 : 0;
    },
    { mustExist: true },
  );
}

export async function runPackage(args: ParsedArgs, io: CliIO): Promise<number> {
  const [action, ...rest] = args.positionals;
  if (action === "create") return runCreate({ ...args, positionals: rest }, io);
  if (action === "import") return runImport({ ...args, positionals: rest }, io);
  throw new AppError(
    "usage",
    `Lệnh "cchc package" cần một việc: create hoặc import (ví dụ: cchc package create --dept TTPVHCC --period 2025-07-01..2025-10-09 --out TTPVHCC.cchc; cchc package import TTPVHCC.cchc).`,
  );
}
