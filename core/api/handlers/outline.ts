import type { HandlersFor } from "./handler-types";
import type { outlineApi } from "../contract/outline";
import { filledOutline, openOutline } from "../../outline/open";
import { listOutlines, loadOutline, removeOutline } from "../../outline/outlines";
import { saveText, textHistory } from "../../outline/narratives";
import { evidenceCandidates, setEvidenceLink } from "../../outline/evidence";
import { setInspection } from "../../outline/inspection";
import { periodOf } from "../../unit-period";
import { evidenceChecklistDocx, outlineDocx, type OutlineFile } from "../../outline/outline-files";
import { addToOutbox } from "../../outbox/outbox";
import type { OutboxKind } from "../../outbox/labels";
import type { AppContext } from "../../context";
import { binderGaps, binderZip, keepBinderInOutbox, prepareBinder } from "../../binder/binder";

/** A Word file for the screen to save, kept in the outbox too, with what keeps it a draft. */
function kept(ctx: AppContext, file: OutlineFile, kind: OutboxKind) {
  addToOutbox(ctx, file, kind, file.filled.period);
  return { fileName: file.fileName, contentBase64: file.bytes.toString("base64"), draft: file.draft, gaps: file.gaps };
}

export const outlineHandlers: HandlersFor<keyof typeof outlineApi> = {
  "outline.list": (ctx) => listOutlines(ctx),
  "outline.get": (ctx, input) => filledOutline(ctx, input),
  "outline.saveText": (ctx, input) => {
    const { period } = openOutline(ctx, input);
    saveText(ctx, { outlineId: input.outlineId, periodFrom: period.from, periodTo: period.to, itemKey: input.itemKey, departmentCode: input.departmentCode }, input.body);
    return filledOutline(ctx, input);
  },
  "outline.textHistory": (ctx, input) => {
    const { period } = openOutline(ctx, input);
    return textHistory(ctx.store.sqlite, { outlineId: input.outlineId, periodFrom: period.from, itemKey: input.itemKey, departmentCode: input.departmentCode });
  },
  "outline.documents": (ctx, input) =>
    evidenceCandidates(ctx.store.sqlite, input.outlineId, input.search, input.period ? periodOf(ctx, { period: input.period, profileId: input.profileId }).to : undefined),
  "outline.linkEvidence": (ctx, input) => {
    openOutline(ctx, input);
    setEvidenceLink(ctx, input, input.linked);
    return filledOutline(ctx, input);
  },
  "outline.setInspection": (ctx, input) => setInspection(ctx, input.outlineId, input.inspection),
  "outline.exportDocx": async (ctx, input) => {
    const file = await outlineDocx(ctx, input);
    return kept(ctx, file, file.filled.outline.kind === "de_cuong" ? "de_cuong" : "bao_cao");
  },
  "outline.exportChecklistDocx": async (ctx, input) => kept(ctx, await evidenceChecklistDocx(ctx, input), "minh_chung"),
  "outline.exportBinder": async (ctx, input) => {
    const binder = await prepareBinder(ctx, input);
    const zip = binderZip(ctx, binder);
    const outbox = keepBinderInOutbox(ctx, binder, () => zip);
    const { files, bytes } = binder.plan.totals;
    return { fileName: binder.fileName, contentBase64: zip.toString("base64"), files, bytes, gaps: binderGaps(binder.plan), outboxNote: outbox.note };
  },
  "outline.template.load": (ctx, input) => {
    loadOutline(ctx, input.file);
    return listOutlines(ctx);
  },
  "outline.template.remove": (ctx, input) => {
    removeOutline(ctx, input.outlineId);
    return listOutlines(ctx);
  },
};
