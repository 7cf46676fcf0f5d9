/**
 * Documents a department names as evidence that the commune's register does
 * not hold yet: shown in the merge as documents entering the register, taken
 * with the merge (all or none), refused when they cannot be registered.
 */
import { describe, expect, it } from "vitest";
import type { AppContext } from "../../core/context";
import { answerPackage } from "../../core/packages/answer";
import { readPackage } from "../../core/packages/container";
import { createDepartmentForm, createDepartmentPackage } from "../../core/packages/create";
import type { DepartmentPart } from "../../core/packages/format";
import { applyMerge, planMerge } from "../../core/packages/merge";
import { readReply } from "../../core/packages/reply";
import { FORM_SHEETS } from "../../core/packages/xlsx-form/layout";
import { readXlsxForm } from "../../core/packages/xlsx-form/read";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";
import { fillFormAsClerk, formSheet, loadWorkbook } from "../fixtures/excel-clerk";
import { refusal } from "../fixtures/office-context";
import { storeSnapshot } from "../fixtures/store-snapshot";

const commune = demoCommune("cchc-van-ban-moi-");

const PLAN = { numberSymbol: "25/KH-TTPVHCC", date: "2025-08-20", summary: "Kế hoạch số hóa hồ sơ, kết quả giải quyết TTHC năm 2025" };

function reply(ctx: AppContext, fill: (part: DepartmentPart) => void): Buffer {
  const sent = readPackage(createDepartmentPackage(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "TTPVHCC" }).bytes, "TTPVHCC.cchc");
  const part = structuredClone(sent.part);
  fill(part);
  return answerPackage({ userName: "Nguyễn Văn Hùng", now: () => new Date("2025-10-08T03:00:00Z") }, sent, part);
}

const registered = (ctx: AppContext, numberSymbol: string) =>
  ctx.store.sqlite.prepare("SELECT id, number_symbol AS numberSymbol, date, kind, summary, direction, department_code AS departmentCode FROM documents WHERE number_symbol = ?").all(numberSymbol) as {
    id: number;
    numberSymbol: string;
    date: string;
    kind: string;
    summary: string;
    direction: string;
    departmentCode: string | null;
  }[];
const linksOf = (ctx: AppContext, documentId: number) =>
  ctx.store.sqlite.prepare("SELECT item_key FROM evidence_links WHERE outline_id = ? AND document_id = ? ORDER BY item_key").pluck().all(DEMO_OUTLINE, documentId);

describe("a document the register does not hold", () => {
  it("shows in the merge as a document entering the register, and enters it, with its links, when taken", () => {
    const ctx = commune.officer();
    const bytes = reply(ctx, (part) => {
      part.evidence.find((e) => e.itemKey === "II.2.2")!.answer = [PLAN];
      part.evidence.find((e) => e.itemKey === "II.2.3")!.answer = [PLAN];
    });
    const plan = planMerge(ctx, bytes, "tra-loi.cchc");
    expect(plan.warnings).toEqual([]);
    expect(plan.changes).toEqual([
      expect.objectContaining({ id: "minh-chung:II.2.2:moi-1", kind: "evidence", documentId: null, ...PLAN, conflict: null }),
      expect.objectContaining({ id: "minh-chung:II.2.3:moi-1", kind: "evidence", documentId: null, ...PLAN, conflict: null }),
    ]);
    expect(registered(ctx, PLAN.numberSymbol)).toEqual([]);

    const result = applyMerge(ctx, bytes, "tra-loi.cchc");
    expect(result.applied).toHaveLength(2);
    const [document, ...more] = registered(ctx, PLAN.numberSymbol);
    expect(more).toEqual([]);
    expect(document).toMatchObject({ ...PLAN, kind: "Kế hoạch", direction: "di", departmentCode: "TTPVHCC" });
    expect(linksOf(ctx, document!.id)).toEqual(["II.2.2", "II.2.3"]);
    // Taken again, the document is the register's own: nothing left to change.
    expect(planMerge(ctx, bytes, "tra-loi.cchc").changes).toEqual([]);
    ctx.store.close();
  });

  it("enters nothing when the officer leaves it out", () => {
    const ctx = commune.officer();
    const bytes = reply(ctx, (part) => void (part.evidence.find((e) => e.itemKey === "II.2.2")!.answer = [PLAN]));
    const result = applyMerge(ctx, bytes, "tra-loi.cchc", { reject: ["minh-chung:II.2.2:moi-1"] });
    expect(result.applied).toEqual([]);
    expect(registered(ctx, PLAN.numberSymbol)).toEqual([]);
    ctx.store.close();
  });

  it("refuses the whole reply, naming every document that cannot enter the register, and changes nothing", async () => {
    const ctx = commune.officer();
    const bytes = reply(ctx, (part) => {
      part.texts[0]!.answer = "Nội dung mới.";
      part.evidence.find((e) => e.itemKey === "II.2.2")!.answer = [{ ...PLAN, summary: "" }];
      part.evidence.find((e) => e.itemKey === "II.2.3")!.answer = [{ numberSymbol: "7/BC-TTPVHCC", date: "2025-09-30", summary: "" }];
    });
    const before = storeSnapshot(ctx.store.sqlite);
    const message = await refusal(() => applyMerge(ctx, bytes, "tra-loi.cchc"));
    expect(message.split("\n")).toEqual([
      'Không nhận gói "tra-loi.cchc": có 2 chỗ chưa đúng, hãy sửa hết rồi gửi lại:',
      "- Văn bản 25/KH-TTPVHCC ngày 20/08/2025 (minh chứng mục II.2.2) chưa có trong sổ văn bản nên sẽ được ghi vào sổ, nhưng trích yếu không được để trống.",
      "- Văn bản 7/BC-TTPVHCC ngày 30/09/2025 (minh chứng mục II.2.3) chưa có trong sổ văn bản nên sẽ được ghi vào sổ, nhưng trích yếu không được để trống.",
      "Dữ liệu của ứng dụng giữ nguyên.",
    ]);
    expect(storeSnapshot(ctx.store.sqlite)).toEqual(before);
    ctx.store.close();
  });

  it("comes back in the Excel form, which says what happens to such a document", async () => {
    const ctx = commune.officer();
    const form = await createDepartmentForm(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "TTPVHCC" });
    const notes: string[] = [];
    formSheet(await loadWorkbook(form.bytes), FORM_SHEETS.evidence).eachRow((row) => notes.push(String(row.getCell(1).value)));
    expect(notes[1]).toContain("Văn bản chưa có trong sổ văn bản của xã được ghi vào sổ khi nhận lại mẫu: hãy ghi đủ số, ký hiệu, ngày ban hành và trích yếu.");

    const sent = (await readXlsxForm(form.bytes, form.fileName)).part;
    const answers = structuredClone(sent);
    answers.evidence.find((e) => e.itemKey === "II.2.2")!.answer = [PLAN];
    const filled = await fillFormAsClerk(form.bytes, sent, answers, "Nguyễn Văn Hùng");
    const result = applyMerge(ctx, await readReply(filled, "TTPVHCC.xlsx", ctx.now()), "TTPVHCC.xlsx");
    expect(result.applied).toEqual(["minh-chung:II.2.2:moi-1"]);
    expect(registered(ctx, PLAN.numberSymbol)).toEqual([expect.objectContaining({ ...PLAN, kind: "Kế hoạch" })]);
    ctx.store.close();
  });
});
