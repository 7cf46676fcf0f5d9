import path from "node:path";
import type { AppContext } from "../../core/context";
import { AppError } from "../../shared/errors";
import { activeCatalogue } from "../../core/indicators/active-catalogue";
import { writeFileAtomic } from "../../core/exports/atomic-write";
import type { OutlineRequest } from "../../core/outline/open";
import { evidenceSummary } from "../../core/outline/checklist";
import { evidenceChecklistDocx, outlineDocx } from "../../core/outline/outline-files";
import { readOutlineFile } from "../../core/outline/template";
import { rejectUnknown, requireOption, stringOption, type ParsedArgs } from "../args";
import { wantsJson, type CliIO } from "../io";
import { withContext } from "../open-store";
import { keepInOutbox, outboxLine } from "../outbox-copy";
import { lowerFirst } from "../../shared/text";
import { currentProfile } from "../../core/unit-period";
import { warnIfNoEstimate } from "../report-options";

/** What each kind writes, and the outline it answers unless --outline names another. */
const OUTLINE_KINDS = {
  "de-cuong": { outlineId: "de-cuong-kiem-tra-2025", what: "Báo cáo theo đề cương kiểm tra", example: "2025-07-01..2025-10-09" },
  "bao-cao": { outlineId: "bao-cao-nam", what: "Báo cáo cải cách hành chính năm", example: "2025-Y" },
  "minh-chung": { outlineId: "de-cuong-kiem-tra-2025", what: "Danh mục tài liệu minh chứng", example: "2025-07-01..2025-10-09" },
} as const;

export type OutlineExportKind = keyof typeof OUTLINE_KINDS;
export const OUTLINE_EXPORT_KINDS = Object.keys(OUTLINE_KINDS) as OutlineExportKind[];

/** --outline names a kept outline by id, or a .json file read for this export only. */
export function outlineRequest(ctx: AppContext, args: ParsedArgs, kind: OutlineExportKind): OutlineRequest {
  const period = requireOption(args, "period", OUTLINE_KINDS[kind].example);
  const profileId = stringOption(args, "profile");
  const outline = stringOption(args, "outline");
  if (outline?.toLowerCase().endsWith(".json")) {
    const source = { outline: readOutlineFile(outline, activeCatalogue(ctx)), fileName: path.basename(outline) };
    return { outlineId: source.outline.id, period, profileId, source };
  }
  return { outlineId: outline ?? OUTLINE_KINDS[kind].outlineId, period, profileId };
}

/**
 * `cchc export de-cuong|bao-cao|minh-chung --period P --out F.docx`: the
 * report answering an outline, the annual report (with Phụ lục 3 unless
 * --khong-phu-luc-3), or the evidence checklist, as Word files in the state
 * format. A report with anything missing is written as a draft (DỰ THẢO):
 * one stderr line per gap, exit 1; a final one exits 0.
 */
export async function runOutlineExport(kind: OutlineExportKind, args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "period", "profile", "user", "json", "out", "outline", ...(kind === "bao-cao" ? ["khong-phu-luc-3", "estimate"] : [])]);
  const out = path.resolve(requireOption(args, "out", `${kind}.docx`));
  if (path.extname(out).toLowerCase() !== ".docx") throw new AppError("export_out", `Tệp xuất phải có đuôi .docx (nhận được "${path.basename(out)}").`);
  return withContext(
    args,
    async (ctx) => {
      const request = outlineRequest(ctx, args, kind);
      const estimate = args.options.get("estimate") === true;
      const file =
        kind === "minh-chung"
          ? await evidenceChecklistDocx(ctx, request)
          : await outlineDocx(ctx, { ...request, appendPhuLuc3: args.options.get("khong-phu-luc-3") === true ? false : undefined, estimate });
      warnIfNoEstimate(io, { estimate, period: file.filled.period, profile: currentProfile(ctx, request.profileId) });
      await writeFileAtomic(out, file.bytes);
      const { filled, draft, gaps } = file;
      const outbox = keepInOutbox(ctx, io, out, kind === "minh-chung" ? "minh_chung" : filled.outline.kind === "de_cuong" ? "de_cuong" : "bao_cao", filled.period);
      if (wantsJson(args)) {
        io.out(JSON.stringify({ file: out, outline: filled.outline.id, period: { from: filled.period.from, to: filled.period.to }, draft, gaps, progress: filled.progress, outbox }));
      } else {
        const what = draft ? `bản dự thảo ${lowerFirst(OUTLINE_KINDS[kind].what)}` : OUTLINE_KINDS[kind].what;
        io.out(`Đã xuất ${what} (${filled.outline.name}; ${filled.period.label}) ra tệp ${out}.`);
        outboxLine(outbox).forEach(io.out);
        if (kind === "minh-chung") io.out(`Tình hình tài liệu minh chứng: ${evidenceSummary(filled)}`);
      }
      if (draft) {
        io.err(`Tệp là bản DỰ THẢO: còn ${gaps.length} chỗ thiếu, bổ sung rồi xuất lại để có bản chính thức:`);
        gaps.forEach((g) => io.err(`- ${g.message}`));
      }
      return draft ? 1 : 0;
    },
    { mustExist: true },
  );
}
