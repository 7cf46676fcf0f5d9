import path from "node:path";
import { AppError } from "../../shared/errors";
import type { AppContext } from "../../core/context";
import { attachFiles, listAttachments, type Attached } from "../../core/attachments/attachments";
import { planFolder, takeFolder, takenFiles, type FolderPlan } from "../../core/attachments/folder-plan";
import { MATCH_STATE_LABELS, numberTokens } from "../../core/attachments/file-number";
import { formatFileSize } from "../../core/file-size";
import { formatNumber } from "../../core/number-format";
import { dateWords } from "../../core/value-words";
import { rejectUnknown, stringOption, type ParsedArgs } from "../args";
import { readUserFile, wantsJson, type CliIO } from "../io";
import { withContext } from "../open-store";

interface RegisterEntry {
  id: number;
  numberSymbol: string;
  date: string;
}

/** The register entry named by --document (as written, or with other separators: "25-KH-UBND") and, when the number recurs, --date. */
function findDocument(ctx: AppContext, number: string, date: string | undefined): RegisterEntry {
  const wanted = numberTokens(number).join(" ");
  const all = ctx.store.sqlite.prepare("SELECT id, number_symbol AS numberSymbol, date FROM documents ORDER BY date").all() as RegisterEntry[];
  const same = all.filter((d) => numberTokens(d.numberSymbol).join(" ") === wanted && (!date || d.date === date));
  if (same.length === 1) return same[0]!;
  if (same.length === 0) throw new AppError("not_found", `Sổ văn bản không có văn bản số "${number}"${date ? ` ngày ${dateWords(date)}` : ""}.`);
  throw new AppError("usage", `Sổ văn bản có ${same.length} văn bản số "${number}" (ngày ${same.map((d) => dateWords(d.date)).join(", ")}): thêm --date YYYY-MM-DD để chọn.`);
}

function printAttached(io: CliIO, attached: readonly Attached[]): void {
  for (const a of attached) io.out(`  ${a.added ? "Đã đính kèm" : "Đã có từ trước"}: ${a.attachment.fileName} (${formatFileSize(a.attachment.sizeBytes)})`);
}

function printPlan(io: CliIO, plan: FolderPlan): void {
  const byId = new Map(plan.documents.map((d) => [d.id, d]));
  const doc = (id: number) => {
    const d = byId.get(id)!;
    return `số ${d.numberSymbol} ngày ${dateWords(d.date)}`;
  };
  for (const f of plan.files) {
    const what =
      f.problem ?? (f.state === "khop" ? `→ văn bản ${doc(f.documentId)}` : f.state === "nhieu" ? `${MATCH_STATE_LABELS.nhieu}: ${f.documentIds.map(doc).join("; ")}` : MATCH_STATE_LABELS.khong_khop);
    io.out(`  ${f.relativePath}: ${what}`);
  }
}

const planJson = (plan: FolderPlan, attached: readonly Attached[] | null) => ({
  folder: plan.folder,
  files: plan.files,
  documents: plan.documents,
  attached: attached?.map((a) => ({ ...a.attachment, added: a.added })) ?? null,
});

async function attachFolder(args: ParsedArgs, io: CliIO, folder: string): Promise<number> {
  const dryRun = args.options.get("dry-run") === true;
  return withContext(args, (ctx) => {
    const plan = planFolder(ctx, folder);
    const taken = takenFiles(plan);
    const attached = dryRun ? null : takeFolder(ctx, plan);
    const left = plan.files.length - taken.length;
    if (wantsJson(args)) io.out(JSON.stringify(planJson(plan, attached)));
    else {
      io.out(
        `${dryRun ? "Thử đính kèm (không ghi gì)" : "Đính kèm"} theo thư mục ${plan.folder}: ${formatNumber(plan.files.length)} tệp, khớp ${formatNumber(taken.length)}, để lại ${formatNumber(left)}.`,
      );
      printPlan(io, plan);
      if (attached) printAttached(io, attached);
    }
    return left > 0 ? 1 : 0;
  });
}

function listFiles(args: ParsedArgs, io: CliIO): Promise<number> {
  return withContext(
    args,
    (ctx) => {
      const number = stringOption(args, "document");
      const attachments = listAttachments(ctx, number ? findDocument(ctx, number, stringOption(args, "date")).id : undefined);
      if (wantsJson(args)) io.out(JSON.stringify({ attachments }));
      else if (attachments.length === 0) io.out("Chưa có tệp đính kèm nào.");
      else {
        const numbers = new Map((ctx.store.sqlite.prepare("SELECT id, number_symbol FROM documents").all() as { id: number; number_symbol: string }[]).map((d) => [d.id, d.number_symbol]));
        for (const a of attachments) io.out(`${numbers.get(a.documentId)}: ${a.fileName} (${formatFileSize(a.sizeBytes)}), ${a.addedBy ?? ""} ${a.addedAt}`);
      }
      return 0;
    },
    { mustExist: true },
  );
}

/** `cchc attach`: files to one document, a folder of scans matched by number, or the list of what is attached. */
export async function runAttach(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "user", "json", "document", "date", "folder", "dry-run", "list"]);
  if (args.options.get("list") === true) return listFiles(args, io);
  const folder = stringOption(args, "folder");
  if (folder) {
    if (args.positionals.length) throw new AppError("usage", "Dùng --folder THƯ_MỤC hoặc nêu tệp cùng --document, không cả hai.");
    return attachFolder(args, io, folder);
  }
  const number = stringOption(args, "document");
  if (!number || args.positionals.length === 0)
    throw new AppError("usage", 'Thiếu tệp hoặc văn bản (ví dụ: cchc attach 25-KH-UBND.pdf --document "25/KH-UBND" --db F, hoặc cchc attach --folder THƯ_MỤC --db F).');
  const files = args.positionals.map((f) => ({ fileName: path.basename(f), bytes: readUserFile(f, f) }));
  return withContext(
    args,
    (ctx) => {
      const doc = findDocument(ctx, number, stringOption(args, "date"));
      const attached = attachFiles(
        ctx,
        files.map((file) => ({ documentId: doc.id, file })),
      );
      if (wantsJson(args)) io.out(JSON.stringify({ document: doc, attached: attached.map((a) => ({ ...a.attachment, added: a.added })) }));
      else {
        io.out(`Văn bản số ${doc.numberSymbol} ngày ${dateWords(doc.date)}:`);
        printAttached(io, attached);
      }
      return 0;
    },
    { mustExist: true },
  );
}
