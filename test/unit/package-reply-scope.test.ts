import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dispatch } from "../../core/api/dispatch";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import { isAppError } from "../../shared/errors";
import { writeFileAtomic } from "../../core/exports/atomic-write";
import { activeCatalogue } from "../../core/indicators/active-catalogue";
import { buildReport } from "../../core/indicators/report";
import { reportRows } from "../../core/indicators/report-types";
import { slotKey, textsInForce } from "../../core/outline/narratives";
import { answerPackage } from "../../core/packages/answer";
import { readPackage, sealManifest, writePackage, type OpenedPackage } from "../../core/packages/container";
import { createDepartmentPackage, sendDepartmentPart } from "../../core/packages/create";
import type { DepartmentPart } from "../../core/packages/format";
import { applyMerge, planMerge } from "../../core/packages/merge";
import { readReply } from "../../core/packages/reply";
import { writeXlsxForm } from "../../core/packages/xlsx-form/write";
import { customPeriod } from "../../core/periods";
import { cchc } from "../cli-runner";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";
import { fillFormAsClerk } from "../fixtures/excel-clerk";
import { storeSnapshot } from "../fixtures/store-snapshot";

const commune = demoCommune("cchc-pham-vi-");
const period = customPeriod("2025-07-01", "2025-10-09");
const DEPT = "TTPVHCC";
const FILLED_AT = new Date("2025-10-08T03:00:00Z");
const TEXT = "Văn phòng đã ban hành kế hoạch CCHC năm 2025 đúng hạn.";

const send = (ctx: AppContext, dept = DEPT): OpenedPackage => readPackage(createDepartmentPackage(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: dept }).bytes, `${dept}.cchc`);

/** The part with every answer taken out: what a form regenerated from it asks. */
const asked = (part: DepartmentPart): DepartmentPart => ({
  figures: part.figures.map((f) => ({ ...f, answer: null })),
  texts: part.texts.map((t) => ({ ...t, answer: null })),
  evidence: part.evidence.map((e) => ({ ...e, answer: [] })),
});

type Reply = { fileName: string; reply: Buffer | OpenedPackage };

/** A .cchc reply written by a tool other than the app: the part as edited, sealed, no check of the answers. */
function forgedPackage(sent: OpenedPackage, edit: (part: DepartmentPart) => void): Reply {
  const { entries: _e, format: _f, formatVersion: _v, ...manifest } = sent.manifest;
  const part = structuredClone(sent.part);
  edit(part);
  return { fileName: `${DEPT}-tra-loi.cchc`, reply: writePackage({ ...manifest, direction: "tra_loi", createdBy: "Nguyễn Văn Hùng" }, part, sent.files) };
}

/** The Excel form regenerated from an edited part (its hidden package re-sealed), then filled in as a clerk fills it, and read back. */
async function forgedForm(sent: OpenedPackage, edit: (part: DepartmentPart) => void): Promise<Reply> {
  const { entries: _e, format: _f, formatVersion: _v, ...manifest } = sent.manifest;
  const answers = structuredClone(sent.part);
  edit(answers);
  const form = asked(answers);
  const bytes = await fillFormAsClerk(await writeXlsxForm(sealManifest(manifest, form), form), form, answers, "Nguyễn Văn Hùng");
  return { fileName: `${DEPT}.xlsx`, reply: await readReply(bytes, `${DEPT}.xlsx`, FILLED_AT) };
}

const FORGERS = [
  ["a .cchc package", async (sent: OpenedPackage, edit: (part: DepartmentPart) => void) => forgedPackage(sent, edit)],
  ["an Excel form", forgedForm],
] as const;

interface Doc {
  id: number;
  numberSymbol: string;
  date: string;
  summary: string;
}
const documentOn = (ctx: AppContext, where: string): Doc =>
  ctx.store.sqlite.prepare(`SELECT id, number_symbol AS numberSymbol, date, summary FROM documents WHERE ${where} ORDER BY date, id LIMIT 1`).get() as Doc;
const ref = (d: Doc) => ({ numberSymbol: d.numberSymbol, date: d.date, summary: d.summary });

/** Everything but the history of sending and receiving: what an answer may change. */
const data = (ctx: AppContext) => storeSnapshot(ctx.store.sqlite, ["package_events", "report_assignments", "sqlite_sequence"]);
const textIn = (ctx: AppContext, itemKey: string, dept: string | null) => textsInForce(ctx.store.sqlite, DEMO_OUTLINE, period.from).get(slotKey(itemKey, dept))?.body ?? null;
const linkedTo = (ctx: AppContext, itemKey: string, documentId: number) =>
  ctx.store.sqlite.prepare("SELECT count(*) FROM evidence_links WHERE outline_id = ? AND item_key = ? AND document_id = ?").pluck().get(DEMO_OUTLINE, itemKey, documentId);
const valueOf = (ctx: AppContext, code: string) => reportRows(buildReport(ctx, period, { catalogue: activeCatalogue(ctx) })).find((r) => r.code === code)!.value;

function refusal(ctx: AppContext, r: Reply): string {
  const before = storeSnapshot(ctx.store.sqlite);
  try {
    planMerge(ctx, r.reply, r.fileName);
  } catch (e) {
    expect(isAppError(e)).toBe(true);
    expect(() => applyMerge(ctx, r.reply, r.fileName, { accept: ["so-lieu:tthc.danh_muc.tong"] })).toThrow((e as Error).message);
    expect(storeSnapshot(ctx.store.sqlite)).toEqual(before);
    return (e as Error).message;
  }
  throw new Error("gói đã được nhận");
}

const textUnderVp = (part: DepartmentPart) => void part.texts.push({ itemKey: "I.1.1", wording: "Ban hành kế hoạch CCHC", current: null, answer: TEXT });

describe.each(FORGERS)("a reply reaching outside its department's part, as %s", (_how, forge) => {
  it("asks before storing a text under another department's item, and stores it there only when accepted", async () => {
    const ctx = commune.officer();
    const r = await forge(send(ctx), textUnderVp);
    const before = data(ctx);
    const plan = planMerge(ctx, r.reply, r.fileName);
    expect(plan.changes).toEqual([
      expect.objectContaining({ id: "noi-dung:I.1.1", conflict: "Mục này thuộc phần của Văn phòng HĐND và UBND (VP), không phải của Trung tâm Phục vụ hành chính công xã." }),
    ]);

    const kept = applyMerge(ctx, r.reply, r.fileName);
    expect(kept.applied).toEqual([]);
    expect(data(ctx)).toEqual(before);
    expect(ctx.store.sqlite.prepare("SELECT summary FROM package_events WHERE direction = 'nhan'").pluck().all()).toEqual(["nhận 0, bỏ qua 1 thay đổi"]);

    applyMerge(ctx, r.reply, r.fileName, { accept: ["noi-dung:I.1.1"] });
    // The item's only department writes it: accepted, the text is the one the item prints.
    expect(textIn(ctx, "I.1.1", "VP")).toBe(TEXT);
    expect(textIn(ctx, "I.1.1", DEPT)).toBeNull();
    ctx.store.close();
  });

  it("asks before linking evidence to another department's item", async () => {
    const ctx = commune.officer();
    const doc = documentOn(ctx, "date <= '2025-10-09' AND id NOT IN (SELECT document_id FROM evidence_links)");
    const r = await forge(send(ctx), (part) => void part.evidence.push({ itemKey: "I.1.1", wording: "Ban hành kế hoạch CCHC", current: [], coveredAbove: [], answer: [ref(doc)] }));
    const before = data(ctx);
    const plan = planMerge(ctx, r.reply, r.fileName);
    expect(plan.changes).toEqual([expect.objectContaining({ id: `minh-chung:I.1.1:${doc.id}`, conflict: expect.stringContaining("Văn phòng HĐND và UBND (VP)") })]);

    applyMerge(ctx, r.reply, r.fileName);
    expect(data(ctx)).toEqual(before);
    expect(linkedTo(ctx, "I.1.1", doc.id)).toBe(0);
    if (Buffer.isBuffer(r.reply)) {
      // The screen is shown the same conflict.
      const shown = await dispatch(ctx, "packages.plan", { fileName: r.fileName, contentBase64: r.reply.toString("base64") });
      expect(shown).toMatchObject({ ok: true, value: { changes: [{ id: `minh-chung:I.1.1:${doc.id}`, conflict: expect.stringContaining("(VP)") }] } });
    }

    applyMerge(ctx, r.reply, r.fileName, { accept: [`minh-chung:I.1.1:${doc.id}`] });
    expect(linkedTo(ctx, "I.1.1", doc.id)).toBe(1);
    ctx.store.close();
  });

  it("refuses a document issued after the report window, as the department side does", async () => {
    const ctx = commune.officer();
    const late = documentOn(ctx, "date > '2025-10-09'");
    const message = await forge(send(ctx), (part) => void (part.evidence.find((e) => e.itemKey === "II.2.2")!.answer = [ref(late)])).then(
      (r) => refusal(ctx, r),
      (e: Error) => e.message,
    );
    expect(message).toMatch(/^Không nhận gói "TTPVHCC[^"]*": .*Minh chứng mục II\.2\.2, văn bản thứ 1: văn bản ngày \d\d\/\d\d\/\d{4} ban hành sau ngày cuối kỳ báo cáo \(09\/10\/2025\)/);
    expect(message).toMatch(/Dữ liệu của ứng dụng giữ nguyên\.$/);
    expect(linkedTo(ctx, "II.2.2", late.id)).toBe(0);
    ctx.store.close();
  });

  it("never applies a text or evidence for an item the outline does not have: a warning says so", async () => {
    const ctx = commune.officer();
    const doc = documentOn(ctx, "date <= '2025-10-09'");
    const r = await forge(send(ctx), (part) => {
      part.texts.push({ itemKey: "IX.9", wording: "", current: null, answer: TEXT });
      part.evidence.push({ itemKey: "IX.9", wording: "", current: [], coveredAbove: [], answer: [ref(doc)] });
    });
    const before = data(ctx);
    const plan = planMerge(ctx, r.reply, r.fileName);
    expect(plan.changes).toEqual([]);
    expect(plan.warnings).toEqual([
      'Mục IX.9 không có trong đề cương "Đề cương báo cáo phục vụ kiểm tra công tác cải cách hành chính năm 2025": bỏ qua nội dung gửi cho mục này.',
      'Mục IX.9 không có trong đề cương "Đề cương báo cáo phục vụ kiểm tra công tác cải cách hành chính năm 2025": bỏ qua minh chứng gửi cho mục này.',
    ]);
    applyMerge(ctx, r.reply, r.fileName, { accept: ["noi-dung:IX.9", `minh-chung:IX.9:${doc.id}`] });
    expect(data(ctx)).toEqual(before);
    ctx.store.close();
  });
});

describe("a reply refused whole", () => {
  it("when a figure, a text or an evidence item comes twice, naming it", () => {
    const ctx = commune.officer();
    const sent = send(ctx);
    const figure = sent.part.figures.find((f) => f.code === "tthc.danh_muc.tong")!;
    const twice = forgedPackage(sent, (part) => {
      part.figures.find((f) => f.code === figure.code)!.answer = 10;
      part.figures.push({ ...figure, answer: 20 });
    });
    expect(refusal(ctx, twice)).toContain("Chỉ tiêu mã tthc.danh_muc.tong có hai lần trong phần trả lời");
    const textTwice = forgedPackage(sent, (part) => {
      const t = part.texts.find((x) => x.itemKey === "II.2.13")!;
      t.answer = TEXT;
      part.texts.push({ ...t, answer: "Bản khác." });
    });
    expect(refusal(ctx, textTwice)).toContain("Nội dung mục II.2.13 có hai lần trong phần trả lời");
    const doc = documentOn(ctx, "date <= '2025-10-09'");
    const evidenceTwice = forgedPackage(sent, (part) => {
      const e = part.evidence.find((x) => x.itemKey === "II.2.2")!;
      e.answer = [ref(doc)];
      part.evidence.push({ ...e });
    });
    expect(refusal(ctx, evidenceTwice)).toContain("Minh chứng mục II.2.2 có hai lần trong phần trả lời");
    const sameDocumentTwice = forgedPackage(sent, (part) => void (part.evidence.find((x) => x.itemKey === "II.2.2")!.answer = [ref(doc), ref(doc)]));
    expect(refusal(ctx, sameDocumentTwice)).toContain(`Minh chứng mục II.2.2, văn bản thứ 2: trùng với văn bản thứ 1 (${doc.numberSymbol})`);
    ctx.store.close();
  });

  it("when a regenerated Excel form asks a figure or an evidence item twice, naming the cell or the item", async () => {
    const ctx = commune.officer();
    const sent = send(ctx);
    const figure = sent.part.figures.find((f) => f.code === "tthc.danh_muc.tong")!;
    await expect(forgedForm(sent, (part) => void part.figures.push({ ...figure, answer: 20 }))).rejects.toThrow(
      /^Không nhận gói "TTPVHCC\.xlsx": ô F\d+ trang "Số liệu": Chỉ tiêu mã tthc\.danh_muc\.tong có hai lần trong phần trả lời/,
    );
    const doc = documentOn(ctx, "date <= '2025-10-09'");
    const item = sent.part.evidence.find((e) => e.itemKey === "II.2.2")!;
    await expect(forgedForm(sent, (part) => void part.evidence.push({ ...item, answer: [ref(doc)] }))).rejects.toThrow(
      /^Không nhận gói "TTPVHCC\.xlsx": Minh chứng mục II\.2\.2 có hai lần trong phần trả lời\. Dữ liệu của ứng dụng giữ nguyên\.$/,
    );
    ctx.store.close();
  });

  it("when a figure is out of the range the department side allows, judged by the app's own unit", () => {
    const ctx = commune.officer();
    const sent = send(ctx);
    const answering = (code: string, answer: number, unit?: string) =>
      forgedPackage(sent, (part) => {
        const f = part.figures.find((x) => x.code === code)!;
        f.answer = answer;
        if (unit) f.unit = unit;
      });
    expect(refusal(ctx, answering("tthc.danh_muc.tong", 1e308))).toContain("không được lớn hơn 1.000.000.000");
    expect(refusal(ctx, answering("tthc.danh_muc.tong", -3))).toContain("không được âm");
    // The reply calls the count money to slip a fraction in: the app's unit decides.
    expect(refusal(ctx, answering("tthc.danh_muc.tong", 1.5, "tr.đ"))).toContain("phải là số nguyên");
    expect(refusal(ctx, answering("tthc.hai_long.ty_le", 150, "tthc"))).toContain("phải từ 0 đến 100 %");
    expect(valueOf(ctx, "tthc.danh_muc.tong")).toBe(sent.part.figures.find((f) => f.code === "tthc.danh_muc.tong")!.current);
    ctx.store.close();
  });

  it("by the department side too: the same rule refuses the reply before it is written", () => {
    const ctx = commune.officer();
    const sent = send(ctx);
    const part = structuredClone(sent.part);
    part.figures.find((f) => f.code === "tthc.danh_muc.tong")!.answer = 1e308;
    expect(() => answerPackage({ userName: "Nguyễn Văn Hùng", now: () => FILLED_AT }, sent, part)).toThrow(/không được lớn hơn 1\.000\.000\.000/);
    part.figures.find((f) => f.code === "tthc.danh_muc.tong")!.answer = 100;
    part.figures.push({ ...part.figures.find((f) => f.code === "tthc.danh_muc.tong")!, answer: 101 });
    expect(() => answerPackage({ userName: "Nguyễn Văn Hùng", now: () => FILLED_AT }, sent, part)).toThrow(/Chỉ tiêu mã tthc\.danh_muc\.tong có hai lần/);
    ctx.store.close();
  });
});

describe("cchc package import of a reply outside its part", () => {
  it("exits 1 on a conflict left unaccepted and 2 on a refusal, changing nothing", () => {
    const ctx = commune.officer();
    const db = ctx.store.path;
    const sent = send(ctx);
    const conflict = forgedPackage(sent, textUnderVp);
    const late = forgedPackage(sent, (part) => void (part.evidence.find((e) => e.itemKey === "II.2.2")!.answer = [ref(documentOn(ctx, "date > '2025-10-09'"))]));
    const before = data(ctx);
    ctx.store.close();
    const dir = path.dirname(db);
    writeFileSync(path.join(dir, "xung-dot.cchc"), conflict.reply as Buffer);
    writeFileSync(path.join(dir, "sau-ky.cchc"), late.reply as Buffer);

    const asked = cchc(["package", "import", path.join(dir, "xung-dot.cchc"), "--db", db]);
    expect(asked.status).toBe(1);
    expect(asked.stdout).toContain("- Nội dung mục I.1.1: sửa");
    expect(asked.stdout).toContain("[xung đột: Mục này thuộc phần của Văn phòng HĐND và UBND (VP)");
    expect(asked.stderr).toContain("--chap-nhan noi-dung:I.1.1");
    const refused = cchc(["package", "import", path.join(dir, "sau-ky.cchc"), "--db", db]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Không nhận gói "sau-ky.cchc"');
    expect(refused.stderr).toContain("ban hành sau ngày cuối kỳ báo cáo");

    const reopened = createAppContext({ storePath: db, userName: "Nguyễn Thị Hương" });
    expect(data(reopened)).toEqual(before);
    reopened.store.close();
  });
});

describe("sending a department its part", () => {
  it("records nothing when the file cannot be written", async () => {
    const ctx = commune.officer();
    const dir = path.dirname(ctx.store.path);
    const notAFolder = path.join(dir, "khong-phai-thu-muc");
    writeFileSync(notAFolder, "");
    const before = storeSnapshot(ctx.store.sqlite);
    for (const format of ["cchc", "xlsx"] as const) {
      await expect(
        sendDepartmentPart(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: DEPT, confirmPastDeadline: true }, format, (file) =>
          writeFileAtomic(path.join(notAFolder, file.fileName), file.bytes),
        ),
      ).rejects.toThrow(/Không ghi được tệp .*thư mục không tồn tại/);
    }
    expect(storeSnapshot(ctx.store.sqlite)).toEqual(before);

    const out = path.join(dir, "gui");
    mkdirSync(out);
    const sent = await sendDepartmentPart(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: DEPT, confirmPastDeadline: true }, "cchc", (file) =>
      writeFileAtomic(path.join(out, file.fileName), file.bytes),
    );
    const events = ctx.store.sqlite.prepare("SELECT direction, file_name FROM package_events").all();
    expect(events).toEqual([{ direction: "gui", file_name: sent.fileName }]);
    expect(ctx.store.sqlite.prepare("SELECT count(*) FROM report_assignments WHERE department_code = ?").pluck().get(DEPT)).toBe(1);
    ctx.store.close();
  });

  it("by cchc package create onto a folder that is a file: exit 2, the part still unsent", () => {
    const ctx = commune.officer();
    const db = ctx.store.path;
    const before = storeSnapshot(ctx.store.sqlite);
    ctx.store.close();
    const notAFolder = path.join(path.dirname(db), "khong-phai-thu-muc");
    writeFileSync(notAFolder, "");
    for (const out of ["TTPVHCC.cchc", "TTPVHCC.xlsx"]) {
      const run = cchc(["package", "create", "--db", db, "--dept", DEPT, "--period", DEMO_WINDOW, "--out", path.join(notAFolder, out), "--chap-nhan-qua-han"]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("Không ghi được tệp");
    }
    const reopened = createAppContext({ storePath: db, userName: "Nguyễn Thị Hương" });
    expect(storeSnapshot(reopened.store.sqlite)).toEqual(before);
    reopened.store.close();
  });
});
