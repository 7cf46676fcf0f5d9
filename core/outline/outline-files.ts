import type { AppContext } from "../context";
import { activeCatalogue } from "../indicators/active-catalogue";
import { buildReport } from "../indicators/report";
import { outlineDocx as writeOutlineDocx } from "../exports/docx/outline-docx";
import { evidenceChecklistDocxBuffer } from "../exports/docx/evidence-checklist-docx";
import { evidenceChecklistFileName, outlineFileName } from "../exports/file-names";
import { fillOutline } from "./fill";
import { openOutline, type OutlineRequest } from "./open";
import type { FilledOutline } from "./filled-types";
import type { ReportGap } from "./report-gaps";

/** A Word file made from an outline, the filled outline it shows, and what keeps it a draft (nothing: it is final). */
export interface OutlineFile {
  fileName: string;
  bytes: Buffer;
  filled: FilledOutline;
  draft: boolean;
  gaps: ReportGap[];
}

/**
 * The report answering an outline as a Word file: a draft while anything is
 * missing, else final. Phụ lục 3 of the same window is appended when asked,
 * or by default where the outline says so (the annual report). With
 * `estimate`, where the period has an estimate date, the report and its
 * appendix send the "ước đạt" figures.
 */
export async function outlineDocx(ctx: AppContext, input: OutlineRequest & { appendPhuLuc3?: boolean; estimate?: boolean }): Promise<OutlineFile> {
  const { source, period } = openOutline(ctx, input);
  const report = buildReport(ctx, period, { catalogue: activeCatalogue(ctx), estimate: input.estimate });
  const filled = fillOutline(ctx, source, period, report);
  const append = input.appendPhuLuc3 ?? filled.document.appendPhuLuc3;
  const { bytes, gaps } = await writeOutlineDocx(filled, append ? { phuLuc3: report } : {});
  return { fileName: outlineFileName(filled), bytes, filled, draft: gaps.length > 0, gaps };
}

/** The evidence checklist an inspection team reads, as a Word file: never a draft, as its rows say which items still lack evidence. */
export async function evidenceChecklistDocx(ctx: AppContext, input: OutlineRequest): Promise<OutlineFile> {
  const { source, period } = openOutline(ctx, input);
  const filled = fillOutline(ctx, source, period);
  return { fileName: evidenceChecklistFileName(filled), bytes: await evidenceChecklistDocxBuffer(filled), filled, draft: false, gaps: [] };
}
