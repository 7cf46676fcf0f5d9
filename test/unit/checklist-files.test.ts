/**
 * The evidence checklist knows the files: each document row says whether its
 * file is attached ("Có tệp" / "Chưa có tệp"), and Tổng quan's inspection
 * readiness counts an item whose documents are entries without files as not
 * ready.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { attachFile } from "../../core/attachments/attachments";
import { checklistRows, evidenceSummary } from "../../core/outline/checklist";
import { filledOutline } from "../../core/outline/open";
import { evidenceChecklistDocx } from "../../core/outline/outline-files";
import { nextInspection } from "../../core/overview/inspection-readiness";
import { call } from "../api-calls";
import { paragraphs } from "../docx-text";
import { planPdf } from "../fixtures/evidence-files";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";
import { useTempDir } from "../helpers";

const demo = demoCommune("cchc-checklist-files-");
const dir = useTempDir("cchc-checklist-files-out-");
const REQUEST = { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW };
/** A week before the demo's inspection visit (16/10/2025). */
const TODAY = "2025-10-09";

const documentRows = (ctx: Parameters<typeof filledOutline>[0]) =>
  checklistRows(filledOutline(ctx, REQUEST)).flatMap((r) => (r.kind === "item" ? r.documents.map((d) => ({ item: r.node.key, ...d })) : []));

describe("the evidence checklist and its files", () => {
  it("says of each document row whether its file is attached, in Word as on screen", async () => {
    const ctx = demo.officer();
    const rows = documentRows(ctx);
    const without = rows.filter((r) => r.fileCount === 0);
    expect(without.length).toBeGreaterThan(0);
    expect(rows.length - without.length).toBeGreaterThan(0);
    const file = await evidenceChecklistDocx(ctx, REQUEST);
    const out = path.join(dir(), file.fileName);
    writeFileSync(out, file.bytes);
    const text = paragraphs(out);
    expect(text.filter((t) => t === "Có tệp")).toHaveLength(rows.length - without.length);
    expect(text.filter((t) => t === "Chưa có tệp")).toHaveLength(without.length);
    expect(evidenceSummary(file.filled)).toMatch(/; \d+ nội dung còn văn bản chưa có tệp\.$/);

    const candidates = await call<{ documentId: number; fileCount: number }[]>(ctx, "outline.documents", REQUEST);
    expect(candidates.find((c) => c.documentId === without[0]!.documentId)?.fileCount).toBe(0);
  });

  it("counts an item with an entry but no file as not ready, until the file is attached", async () => {
    const ctx = demo.officer();
    const without = documentRows(ctx).filter((r) => r.fileCount === 0);
    const before = nextInspection(ctx, TODAY)!;
    const items = [...new Set(without.map((r) => `Mục ${r.item}`))];
    expect(before.filesMissing.count).toBe(items.length);
    expect(before.filesMissing.examples).toEqual(items.slice(0, 3));

    for (const id of new Set(without.map((r) => r.documentId))) attachFile(ctx, id, { fileName: "ban-chup.pdf", bytes: planPdf() });
    const after = nextInspection(ctx, TODAY)!;
    expect(after.filesMissing).toEqual({ count: 0, examples: [] });
    expect(after.evidenceMissing).toEqual(before.evidenceMissing);
    expect(evidenceSummary(filledOutline(ctx, REQUEST))).not.toContain("chưa có tệp");
  });
});
