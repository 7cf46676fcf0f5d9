import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Workbook } from "exceljs";
import { describe, expect, it } from "vitest";
import type { AppContext } from "../../core/context";
import { isAppError } from "../../shared/errors";
import { activeCatalogue } from "../../core/indicators/active-catalogue";
import { buildReport } from "../../core/indicators/report";
import { reportRows } from "../../core/indicators/report-types";
import { setIndicatorValue } from "../../core/indicators/set-value";
import { saveText, slotKey, textsInForce } from "../../core/outline/narratives";
import { answerPackage } from "../../core/packages/answer";
import { readPackage, writePackage } from "../../core/packages/container";
import { createDepartmentForm, createDepartmentPackage } from "../../core/packages/create";
import { PART_ENTRY, type DepartmentPart } from "../../core/packages/format";
import { applyMerge, planMerge } from "../../core/packages/merge";
import { readReply } from "../../core/packages/reply";
import { FORM_SHEETS } from "../../core/packages/xlsx-form/layout";
import { readXlsxForm } from "../../core/packages/xlsx-form/read";
import { customPeriod } from "../../core/periods";
import { readZip, rewriteZip } from "../../core/zip";
import { cchc } from "../cli-runner";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";
import { fillFormAsClerk, formSheet, loadWorkbook } from "../fixtures/excel-clerk";
import { storeSnapshot } from "../fixtures/store-snapshot";

const OUTLINE = DEMO_OUTLINE;
const WINDOW = DEMO_WINDOW;
const period = customPeriod("2025-07-01", "2025-10-09");
const commune = demoCommune("cchc-gop-");
const dir = commune.dir;
/** A fresh copy of the demo commune for one test, as the compiling officer. */
const officer = () => commune.officer();

const department = (name: string): Pick<AppContext, "userName" | "now"> => ({ userName: name, now: () => new Date("2025-10-08T03:00:00Z") });

/** Sends a department its part, lets it fill the part, and returns the reply's bytes. */
function reply(ctx: AppContext, dept: string, fill: (part: DepartmentPart) => void, by = "Nguyễn Văn Hùng"): Buffer {
  const sent = readPackage(createDepartmentPackage(ctx, { outlineId: OUTLINE, period: WINDOW, departmentCode: dept }).bytes, `${dept}.cchc`);
  const part = structuredClone(sent.part);
  fill(part);
  return answerPackage(department(by), sent, part);
}

const valueOf = (ctx: AppContext, code: string) => reportRows(buildReport(ctx, period, { catalogue: activeCatalogue(ctx) })).find((r) => r.code === code)!;
const textOf = (ctx: AppContext, itemKey: string, dept: string) => textsInForce(ctx.store.sqlite, OUTLINE, period.from).get(slotKey(itemKey, dept)) ?? null;

const snapshot = (ctx: AppContext) => storeSnapshot(ctx.store.sqlite);

function refusedWith(ctx: AppContext, bytes: Buffer, fileName: string): string {
  const before = snapshot(ctx);
  try {
    applyMerge(ctx, bytes, fileName);
  } catch (e) {
    expect(isAppError(e)).toBe(true);
    expect(snapshot(ctx)).toEqual(before);
    return (e as Error).message;
  }
  throw new Error("gói đã được nhận");
}

const TEXT = "Trung tâm đã triển khai đo lường sự hài lòng bằng máy đánh giá tại quầy và phiếu khảo sát trực tuyến.";

describe("taking a department's answer back", () => {
  it("applies the figures, texts and evidence it answered, with their source, and records who sent what", () => {
    const ctx = officer();
    const document = ctx.store.sqlite.prepare("SELECT id, number_symbol AS numberSymbol, date, summary FROM documents WHERE summary LIKE '%Bộ phận Một cửa%'").get() as {
      id: number;
      numberSymbol: string;
      date: string;
      summary: string;
    };
    const bytes = reply(ctx, "TTPVHCC", (part) => {
      part.figures.find((f) => f.code === "tthc.hai_long.ty_le")!.answer = 97.5;
      part.texts.find((t) => t.itemKey === "II.2.13")!.answer = TEXT;
      part.evidence.find((e) => e.itemKey === "II.2.2")!.answer = [{ numberSymbol: document.numberSymbol, date: document.date, summary: document.summary }];
    });
    const plan = planMerge(ctx, bytes, "TTPVHCC-tra-loi.cchc");
    expect(plan.changes.map((c) => c.id)).toEqual(["so-lieu:tthc.hai_long.ty_le", "noi-dung:II.2.13", `minh-chung:II.2.2:${document.id}`]);
    expect(plan.changes.every((c) => c.conflict === null)).toBe(true);

    const result = applyMerge(ctx, bytes, "TTPVHCC-tra-loi.cchc");
    expect(result.applied).toHaveLength(3);
    const figure = valueOf(ctx, "tthc.hai_long.ty_le");
    expect(figure.value).toBe(97.5);
    expect(figure.origin).toBe("ghi_de");
    expect(figure.entry!.source).toBe("Gói phòng ban TTPVHCC (TTPVHCC-tra-loi.cchc)");
    expect(figure.entry!.reason).toContain("Trung tâm Phục vụ hành chính công");
    expect(textOf(ctx, "II.2.13", "TTPVHCC")).toMatchObject({ body: TEXT, author: "Nguyễn Thị Hương", source: "Gói phòng ban TTPVHCC (TTPVHCC-tra-loi.cchc)" });
    const linked = ctx.store.sqlite.prepare("SELECT count(*) FROM evidence_links WHERE outline_id = ? AND item_key = 'II.2.2' AND document_id = ?").pluck().get(OUTLINE, document.id);
    expect(linked).toBe(1);
    const receivedAt = ctx.store.sqlite.prepare("SELECT received_at FROM report_assignments WHERE department_code = 'TTPVHCC'").pluck().get();
    expect(receivedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const events = ctx.store.sqlite.prepare("SELECT direction, sender, summary FROM package_events ORDER BY id").all();
    expect(events).toEqual([
      expect.objectContaining({ direction: "gui" }),
      { direction: "nhan", sender: "Nguyễn Văn Hùng (Trung tâm Phục vụ hành chính công xã)", summary: "nhận 3, bỏ qua 0 thay đổi" },
    ]);
    // The same answer again changes nothing.
    expect(planMerge(ctx, bytes, "TTPVHCC-tra-loi.cchc").changes).toEqual([]);
    ctx.store.close();
  });

  it("asks about an item changed on both sides since the package was made: kept unless accepted", () => {
    const ctx = officer();
    const bytes = reply(ctx, "TTPVHCC", (part) => {
      part.texts.find((t) => t.itemKey === "II.2.13")!.answer = TEXT;
      part.figures.find((f) => f.code === "tthc.danh_muc.tong")!.answer = 101;
    });
    saveText(ctx, { outlineId: OUTLINE, periodFrom: period.from, periodTo: period.to, itemKey: "II.2.13", departmentCode: "TTPVHCC" }, "Bản do Văn phòng sửa trong lúc chờ.");
    setIndicatorValue(ctx, period, { code: "tthc.danh_muc.tong", value: 99, reason: "Theo danh mục công bố mới" }, activeCatalogue(ctx));

    const plan = planMerge(ctx, bytes, "tra-loi.cchc");
    const conflicts = Object.fromEntries(plan.changes.map((c) => [c.id, c.conflict]));
    expect(conflicts["noi-dung:II.2.13"]).toBe("Nội dung trên máy đã được sửa từ khi gửi gói.");
    expect(conflicts["so-lieu:tthc.danh_muc.tong"]).toMatch(/Số liệu trên máy đã đổi từ khi gửi gói: lúc gửi 96, nay 99\./);

    const kept = applyMerge(ctx, bytes, "tra-loi.cchc");
    expect(kept.applied).toEqual([]);
    expect(textOf(ctx, "II.2.13", "TTPVHCC")!.body).toBe("Bản do Văn phòng sửa trong lúc chờ.");
    expect(valueOf(ctx, "tthc.danh_muc.tong").value).toBe(99);

    applyMerge(ctx, bytes, "tra-loi.cchc", { accept: ["noi-dung:II.2.13"] });
    expect(textOf(ctx, "II.2.13", "TTPVHCC")!.body).toBe(TEXT);
    expect(valueOf(ctx, "tthc.danh_muc.tong").value).toBe(99);
    ctx.store.close();
  });

  it("asks when two departments answer one figure", () => {
    const ctx = officer();
    const fromKt = reply(ctx, "KT", (part) => part.figures.push({ code: "tthc.danh_muc.tong", label: "", unit: "tthc", source: "C/M", current: 96, answer: 90 }), "Hoàng Văn Tùng");
    const fromKtPlan = planMerge(ctx, fromKt, "KT.cchc");
    expect(fromKtPlan.changes.find((c) => c.id === "so-lieu:tthc.danh_muc.tong")!.conflict).toBe("Chỉ tiêu này do TTPVHCC phụ trách, không phải KT.");
    applyMerge(ctx, fromKt, "KT.cchc", { accept: ["so-lieu:tthc.danh_muc.tong"] });
    expect(valueOf(ctx, "tthc.danh_muc.tong").value).toBe(90);

    const fromCentre = reply(ctx, "TTPVHCC", (part) => {
      const f = part.figures.find((x) => x.code === "tthc.danh_muc.tong")!;
      f.answer = 97;
    });
    expect(planMerge(ctx, fromCentre, "TTPVHCC.cchc").changes.find((c) => c.id === "so-lieu:tthc.danh_muc.tong")!.conflict).toBe("Đã nhận số liệu của phòng KT cho chỉ tiêu này.");
    ctx.store.close();
  });

  it("is one transaction: a bad answer anywhere leaves the store exactly as it was", () => {
    const ctx = officer();
    const good = reply(ctx, "TTPVHCC", (part) => {
      part.texts.find((t) => t.itemKey === "II.2.13")!.answer = TEXT;
      part.figures.find((f) => f.code === "tthc.danh_muc.tong")!.answer = 120;
    });
    // Written by another tool that does not check ranges: the merge must still refuse it whole.
    const opened = readPackage(good, "tra-loi.cchc");
    const { entries: _e, format: _f, formatVersion: _v, ...manifest } = opened.manifest;
    const part = structuredClone(opened.part);
    part.figures.find((f) => f.code === "tthc.hai_long.ty_le")!.answer = 180;
    expect(refusedWith(ctx, writePackage(manifest, part), "tra-loi.cchc")).toContain("phải từ 0 đến 100 %");
    ctx.store.close();
  });

  it("refuses another unit's package, another window's, an unanswered one and a tampered one, changing nothing", () => {
    const ctx = officer();
    const good = reply(ctx, "TTPVHCC", (part) => (part.texts[0]!.answer = TEXT));
    const opened = readPackage(good, "x.cchc");
    const { entries: _e, format: _f, formatVersion: _v, ...manifest } = opened.manifest;

    const otherUnit = writePackage({ ...manifest, unit: { name: "Xã Tân Hưng" } }, opened.part);
    expect(refusedWith(ctx, otherUnit, "tan-hung.cchc")).toContain('gói của "Xã Tân Hưng", không phải của "Xã Cẩm Giang"');

    const otherWindow = writePackage({ ...manifest, window: { spec: "2025-07-01..2025-09-30", from: "2025-07-01", to: "2025-09-30", label: "Từ 01/07/2025 đến 30/09/2025" } }, opened.part);
    expect(refusedWith(ctx, otherWindow, "quy-khac.cchc")).toContain("chưa giao phần việc nào cho Trung tâm Phục vụ hành chính công xã trong kỳ Từ 01/07/2025 đến 30/09/2025");

    const unanswered = createDepartmentPackage(ctx, { outlineId: OUTLINE, period: WINDOW, departmentCode: "VP" }).bytes;
    expect(refusedWith(ctx, unanswered, "VP.cchc")).toContain("đây là gói giao việc gửi đi");

    const edited = structuredClone(opened.part);
    edited.texts[0]!.answer = "Nội dung bị sửa trên đường gửi.";
    const tampered = rewriteZip(readZip(good), new Map([[PART_ENTRY, Buffer.from(JSON.stringify(edited))]]));
    expect(refusedWith(ctx, tampered, "sua.cchc")).toContain('mã kiểm tra của "part.json" không khớp');
    ctx.store.close();
  });
});

describe("cchc package import", () => {
  it("applies the answer, lists the changes in Vietnamese, and exits 1 while conflicts are left", () => {
    const ctx = officer();
    const db = ctx.store.path;
    const bytes = reply(ctx, "TTPVHCC", (part) => {
      part.texts.find((t) => t.itemKey === "II.2.13")!.answer = TEXT;
      part.figures.find((f) => f.code === "tthc.danh_muc.tong")!.answer = 101;
    });
    setIndicatorValue(ctx, period, { code: "tthc.danh_muc.tong", value: 99, reason: "Theo danh mục công bố mới" }, activeCatalogue(ctx));
    ctx.store.close();
    const file = path.join(dir, "TTPVHCC-tra-loi.cchc");
    writeFileSync(file, bytes);

    const dry = cchc(["package", "import", file, "--db", db, "--dry-run"]);
    expect(dry.status).toBe(1);
    expect(dry.stdout).toContain("Chạy thử: 2 thay đổi");
    const run = cchc(["package", "import", file, "--db", db]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("- Nội dung mục II.2.13: sửa");
    expect(run.stdout).toContain("- Số liệu tthc.danh_muc.tong (Tổng số TTHC thuộc thẩm quyền giải quyết): 99 → 101  [xung đột:");
    expect(run.stdout).toContain("Đã nhận 1/2 thay đổi");
    expect(run.stderr).toContain("--chap-nhan so-lieu:tthc.danh_muc.tong");
    const accepted = cchc(["package", "import", file, "--db", db, "--chap-nhan", "so-lieu:tthc.danh_muc.tong", "--json"]);
    expect(accepted.status).toBe(0);
    expect(JSON.parse(accepted.stdout).applied).toEqual(["so-lieu:tthc.danh_muc.tong"]);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe("an Excel form sent back", () => {
  async function formReply(ctx: AppContext, edit: (wb: Workbook) => void = () => {}): Promise<Buffer> {
    const form = await createDepartmentForm(ctx, { outlineId: OUTLINE, period: WINDOW, departmentCode: "TTPVHCC" });
    const sent = (await readXlsxForm(form.bytes, form.fileName)).part;
    const answers = structuredClone(sent);
    answers.texts.find((t) => t.itemKey === "II.2.13")!.answer = TEXT;
    answers.figures.find((f) => f.code === "tthc.danh_muc.tong")!.answer = 101;
    const wb = await loadWorkbook(await fillFormAsClerk(form.bytes, sent, answers, "Nguyễn Văn Hùng"));
    edit(wb);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it("is taken back like a package, with who filled it", async () => {
    const ctx = officer();
    const bytes = await formReply(ctx);
    const result = applyMerge(ctx, await readReply(bytes, "TTPVHCC.xlsx", ctx.now()), "TTPVHCC.xlsx");
    expect(result.applied).toEqual(["so-lieu:tthc.danh_muc.tong", "noi-dung:II.2.13"]);
    expect(textOf(ctx, "II.2.13", "TTPVHCC")!.source).toBe("Gói phòng ban TTPVHCC (TTPVHCC.xlsx)");
    const event = ctx.store.sqlite.prepare("SELECT sender, file_name FROM package_events WHERE direction = 'nhan'").get();
    expect(event).toEqual({ sender: "Nguyễn Văn Hùng (Trung tâm Phục vụ hành chính công xã)", file_name: "TTPVHCC.xlsx" });
    ctx.store.close();
  });

  it("is refused, changing nothing, when a protected cell was changed", async () => {
    const ctx = officer();
    const bytes = await formReply(ctx, (wb) => {
      formSheet(wb, FORM_SHEETS.figures).getCell("E5").value = 12345;
    });
    const before = snapshot(ctx);
    await expect(readReply(bytes, "TTPVHCC.xlsx", ctx.now())).rejects.toThrow(/^Không nhận gói "TTPVHCC\.xlsx": ô E5 trang "Số liệu" là ô khóa, không được sửa/);
    expect(snapshot(ctx)).toEqual(before);
    ctx.store.close();
  });
});
