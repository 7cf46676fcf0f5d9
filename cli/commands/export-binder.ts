import path from "node:path";
import { binderGaps, binderZip, keepBinderInOutbox, prepareBinder, writeBinderFolder } from "../../core/binder/binder";
import { BINDER_PATH_CHARS } from "../../core/binder/names";
import { writeFileAtomic } from "../../core/exports/atomic-write";
import { formatFileSize } from "../../core/file-size";
import { formatNumber } from "../../core/number-format";
import { rejectUnknown, requireOption, type ParsedArgs } from "../args";
import { wantsJson, type CliIO } from "../io";
import { withContext } from "../open-store";
import { outlineRequest } from "./export-outline";

/** The longest path Windows (without long-path support) opens. */
const WINDOWS_PATH_CHARS = 259;

/**
 * `cchc export ho-so-minh-chung --period P --out FOLDER|FILE.zip`: the
 * evidence binder of the inspection outline (or --outline), as a folder or a
 * zip with the same tree, a zip copy kept in Hộp thư đi. Exit 0 when every
 * item has its documents with their files; 1 when the binder was written
 * with items still missing (one stderr line each); 2 when nothing was written.
 */
export async function runBinderExport(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "period", "profile", "user", "json", "out", "outline"]);
  const out = path.resolve(requireOption(args, "out", "ho-so-minh-chung.zip"));
  const asZip = path.extname(out).toLowerCase() === ".zip";
  return withContext(
    args,
    async (ctx) => {
      const binder = await prepareBinder(ctx, outlineRequest(ctx, args, "minh-chung"));
      let zip: Buffer | null = null;
      const zipped = () => (zip ??= binderZip(ctx, binder));
      let written = out;
      if (asZip) await writeFileAtomic(out, zipped());
      else written = writeBinderFolder(ctx, binder, out);
      const outbox = keepBinderInOutbox(ctx, binder, zipped);
      const { filled, plan } = binder;
      const gaps = binderGaps(plan);
      const t = plan.totals;
      if (wantsJson(args)) {
        io.out(
          JSON.stringify({
            out: written,
            format: asZip ? "zip" : "folder",
            outline: filled.outline.id,
            period: { from: filled.period.from, to: filled.period.to },
            totals: t,
            gaps,
            outbox: outbox.entry?.filePath ?? null,
          }),
        );
      } else {
        io.out(`Đã xuất hồ sơ minh chứng (${filled.outline.name}; ${filled.period.label}) ra ${asZip ? "tệp" : "thư mục"} ${written}.`);
        io.out(
          `${formatNumber(t.files)} tệp, ${formatFileSize(t.bytes)}; ${formatNumber(t.itemsComplete)}/${formatNumber(t.items)} nội dung đủ tài liệu kèm tệp. Mở tệp 00-Muc-luc.html để xem theo từng mục.`,
        );
        if (outbox.entry) io.out(`Bản sao chờ gửi nằm trong Hộp thư đi: ${outbox.entry.filePath}`);
      }
      if (outbox.note) io.err(outbox.note);
      const longest = Math.max(0, ...plan.files.map((f) => f.path.length));
      if (!asZip && written.length + 1 + longest > WINDOWS_PATH_CHARS) {
        io.err(
          `Lưu ý: đường dẫn dài nhất trong hồ sơ dài ${formatNumber(written.length + 1 + longest)} ký tự, quá ${WINDOWS_PATH_CHARS + 1} ký tự mà Windows mở được; hãy chép hồ sơ vào thư mục có đường dẫn ngắn hơn ${formatNumber(WINDOWS_PATH_CHARS - BINDER_PATH_CHARS)} ký tự.`,
        );
      }
      if (gaps.length > 0) {
        io.err(`Hồ sơ còn thiếu ${formatNumber(gaps.length)} chỗ (đã ghi rõ trong mục lục và danh mục):`);
        gaps.forEach((g) => io.err(`- ${g}`));
      }
      return gaps.length > 0 ? 1 : 0;
    },
    { mustExist: true },
  );
}
