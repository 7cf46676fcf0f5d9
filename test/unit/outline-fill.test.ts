import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import type { FilledNode, FilledOutline } from "../../core/outline/filled-types";
import type { Report, ReportRow } from "../../core/indicators/report-types";
import { saveUnit } from "../../core/unit";
import { insertDossiers } from "../dossier-fixtures";
import { call, refused } from "../api-calls";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();

/** A small outline of the province's kind: a numeric part, a narrative part, a joint section. */
const OUTLINE = {
  id: "de-cuong-thu",
  kind: "de_cuong",
  name: "Đề cương thử năm {nam}",
  defaultPeriod: "2025-01-01..2025-03-31",
  departments: ["VHXH", "TTPVHCC", "VP"],
  document: {
    title: "BÁO CÁO",
    subtitle: "Kết quả cải cách hành chính năm {nam} của {don_vi}",
    symbol: "BC-UBND",
    copies: ["Như trên;", "Lưu: VT."],
  },
  sections: [
    {
      key: "I",
      number: "I",
      text: "KẾT QUẢ THỰC HIỆN",
      children: [
        {
          key: "I.1",
          number: "1",
          lead: "Trung tâm Phục vụ hành chính công báo cáo",
          text: "Cải cách thủ tục hành chính",
          departments: ["TTPVHCC"],
          children: [
            { key: "I.1.1", number: "-", text: "Tổng số hồ sơ TTHC tiếp nhận: … hồ sơ.", figures: ["tthc.ho_so.tong"] },
            {
              key: "I.1.2",
              number: "-",
              text: "Số hồ sơ đã giải quyết đúng hạn: …; đạt tỷ lệ …%.",
              figures: ["tthc.ho_so.truoc_han + tthc.ho_so.dung_han", "tthc.ho_so.dung_han_ty_le"],
            },
            { key: "I.1.3", number: "-", text: "Số sáng kiến: … sáng kiến.", figures: ["chidao.sang_kien.so"] },
            {
              key: "I.1.4",
              number: "-",
              text: "Công tác truyền thông về cải cách TTHC.",
              facts: [{ text: "Số hồ sơ trực tuyến đạt tỷ lệ …%.", figures: ["tthc.ho_so.truc_tuyen_ty_le"] }],
            },
          ],
        },
        { key: "I.2", number: "2", lead: "Văn phòng HĐND-UBND xã báo cáo", text: "Công tác tiếp công dân", departments: ["VP"] },
      ],
    },
    {
      key: "II",
      number: "II",
      text: "ĐÁNH GIÁ CHUNG NĂM {nam}",
      note: "Giao các phòng cùng xây dựng.",
      departments: ["VHXH", "TTPVHCC", "VP"],
      evidence: false,
      children: [{ key: "II.1", number: "1", text: "Những kết quả tích cực đã đạt được" }],
    },
  ],
};

/** A commune with six dossiers in Q1 2025 (five resolved on time, two online) and the outline above loaded. */
async function commune(): Promise<AppContext> {
  const ctx = createAppContext({ storePath: path.join(tempDir(), "xa.sqlite"), userName: "Nguyễn Thị Hương" });
  saveUnit(ctx.store.db, { name: "Xã Cẩm Giang", kind: "xa", provinceName: "Thành phố Hải Phòng", placeName: null, profileId: "hai-phong", address: null }, "Kiểm thử");
  insertDossiers(ctx.store, [
    ...[1, 2, 3, 4, 5].map((d) => ({ receivedAt: `2025-01-0${d} 08:00:00`, dueAt: "2025-02-01", resultAt: `2025-01-1${d} 09:00:00`, channel: d <= 2 ? ("online" as const) : ("in_person" as const) })),
    { receivedAt: "2025-03-01 08:00:00", dueAt: "2025-03-05", resultAt: "2025-03-10 09:00:00", channel: "in_person" as const },
  ]);
  await call(ctx, "outline.template.load", { file: { fileName: "de-cuong-thu.json", text: JSON.stringify(OUTLINE) } });
  return ctx;
}

const WINDOW = { outlineId: "de-cuong-thu", period: "2025-01-01..2025-03-31" };

const flat = (nodes: FilledNode[]): FilledNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
const nodeOf = (o: FilledOutline, key: string) => flat(o.sections).find((n) => n.key === key)!;
const rowOf = (r: Report, code: string): ReportRow => r.sections.flatMap((s) => s.rows).find((x) => x.code === code)!;
const vi = (n: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(n);

function insertDocument(ctx: AppContext, numberSymbol: string, date: string, summary: string): number {
  return Number(ctx.store.sqlite.prepare("INSERT INTO documents (number_symbol, date, kind, summary, direction) VALUES (?, ?, 'Kế hoạch', ?, 'di')").run(numberSymbol, date, summary).lastInsertRowid);
}

describe("an outline filled for a window", () => {
  it("writes the figures in force into the wording, in the Vietnamese format, and leaves a blank where there is none", async () => {
    const ctx = await commune();
    const o = await call<FilledOutline>(ctx, "outline.get", WINDOW);
    const report = await call<Report>(ctx, "report.get", { period: WINDOW.period });
    const total = rowOf(report, "tthc.ho_so.tong").value!;
    const onTime = rowOf(report, "tthc.ho_so.truoc_han").value! + rowOf(report, "tthc.ho_so.dung_han").value!;
    const rate = rowOf(report, "tthc.ho_so.dung_han_ty_le").value!;
    expect([total, onTime]).toEqual([6, 5]);
    expect(nodeOf(o, "I.1.1").text).toBe(`Tổng số hồ sơ TTHC tiếp nhận: ${vi(total)} hồ sơ.`);
    expect(nodeOf(o, "I.1.2").text).toBe(`Số hồ sơ đã giải quyết đúng hạn: ${vi(onTime)}; đạt tỷ lệ ${vi(rate)}%.`);
    expect(nodeOf(o, "I.1.2").text).toContain("83,33%");
    expect(nodeOf(o, "I.1.3")).toMatchObject({ text: "Số sáng kiến: … sáng kiến.", status: { figures: "thieu" } });
    expect(nodeOf(o, "I.1.4").facts[0]!.text).toBe("Số hồ sơ trực tuyến đạt tỷ lệ 33,33%.");
    expect(nodeOf(o, "I.1").status.figures).toBe("thieu");
    expect(o.progress.figures).toEqual({ done: 4, total: 5 });
  });

  it("takes a figure entered by hand for the same window", async () => {
    const ctx = await commune();
    await call(ctx, "report.setValue", { period: WINDOW.period, code: "chidao.sang_kien.so", value: 1234 });
    const o = await call<FilledOutline>(ctx, "outline.get", WINDOW);
    expect(nodeOf(o, "I.1.3")).toMatchObject({ text: "Số sáng kiến: 1.234 sáng kiến.", status: { figures: "du" } });
    expect(o.progress.figures).toEqual({ done: 5, total: 5 });
  });

  it("substitutes the year and the unit in headings and the document lines", async () => {
    const ctx = await commune();
    const o = await call<FilledOutline>(ctx, "outline.get", WINDOW);
    expect(nodeOf(o, "II").text).toBe("ĐÁNH GIÁ CHUNG NĂM 2025");
    expect(o.document).toMatchObject({
      subtitle: "Kết quả cải cách hành chính năm 2025 của xã Cẩm Giang",
      issuer: ["ỦY BAN NHÂN DÂN", "XÃ CẨM GIANG"],
      dateLine: "Cẩm Giang, ngày       tháng       năm 2025",
    });
    expect(o.document.numberLine).toMatch(/^Số:\s+\/BC-UBND$/);
    expect(o.signature).toEqual({ mode: "TM. ỦY BAN NHÂN DÂN", titles: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], position: "CHỦ TỊCH", name: "" });
  });

  it("refuses a window of a kind the outline is not written for", async () => {
    const ctx = await commune();
    const message = await refused(ctx, "outline.get", { outlineId: "bao-cao-nam", period: "2025-Q1" });
    expect(message).toContain("chỉ lập cho kỳ năm");
  });
});

describe("the departments' texts", () => {
  it("keeps a text per department with who and when, and its history, newest first", async () => {
    const ctx = await commune();
    await call(ctx, "outline.saveText", { ...WINDOW, itemKey: "I.2", departmentCode: "VP", body: "Bản đầu." });
    ctx.userName = "Vương Đức Dũng";
    const o = await call<FilledOutline>(ctx, "outline.saveText", {
      ...WINDOW,
      itemKey: "I.2",
      departmentCode: "VP",
      body: "  Đã ban hành Quy chế tiếp công dân.\r\n\r\nTiếp công dân định kỳ hằng tháng. ",
    });
    const item = nodeOf(o, "I.2");
    expect(item.narrative!.departments).toEqual([
      {
        departmentCode: "VP",
        departmentName: "Văn phòng HĐND và UBND",
        current: expect.objectContaining({ body: "Đã ban hành Quy chế tiếp công dân.\n\nTiếp công dân định kỳ hằng tháng.", author: "Vương Đức Dũng" }),
      },
    ]);
    expect(item.status.text).toBe("du");
    const history = await call<{ body: string; author: string }[]>(ctx, "outline.textHistory", { ...WINDOW, itemKey: "I.2", departmentCode: "VP" });
    expect(history.map((h) => [h.author, h.body.slice(0, 8)])).toEqual([
      ["Vương Đức Dũng", "Đã ban h"],
      ["Nguyễn Thị Hương", "Bản đầu."],
    ]);
    const audit = ctx.store.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'noi_dung_de_cuong'").pluck().get();
    expect(audit).toBe(2);
  });

  it("adds nothing when the text is unchanged, and an empty text withdraws it", async () => {
    const ctx = await commune();
    const slot = { ...WINDOW, itemKey: "I.2", departmentCode: "VP" };
    await call(ctx, "outline.saveText", { ...slot, body: "Nội dung." });
    await call(ctx, "outline.saveText", { ...slot, body: "Nội dung.  " });
    const o = await call<FilledOutline>(ctx, "outline.saveText", { ...slot, body: "" });
    expect(nodeOf(o, "I.2").narrative!.departments[0]!.current).toBeNull();
    expect(nodeOf(o, "I.2").status.text).toBe("thieu");
    expect((await call<unknown[]>(ctx, "outline.textHistory", slot)).length).toBe(2);
  });

  it("joins the departments' texts of a joint item in the outline's order until the compiling officer saves a merged text", async () => {
    const ctx = await commune();
    const item = { ...WINDOW, itemKey: "II.1" };
    await call(ctx, "outline.saveText", { ...item, departmentCode: "VP", body: "Văn phòng: tiếp công dân đúng quy định." });
    let o = await call<FilledOutline>(ctx, "outline.saveText", { ...item, departmentCode: "VHXH", body: "Văn hóa - Xã hội: kiện toàn bộ máy." });
    expect(nodeOf(o, "II.1").narrative!.text).toBe("Văn hóa - Xã hội: kiện toàn bộ máy.\n\nVăn phòng: tiếp công dân đúng quy định.");
    expect(nodeOf(o, "II.1").status.text).toBe("thieu");
    const dept = (code: string) => o.progress.departments.find((d) => d.code === code)!;
    expect([dept("VHXH").texts, dept("TTPVHCC").texts]).toEqual([
      { done: 1, total: 1 },
      { done: 0, total: 2 },
    ]);
    o = await call<FilledOutline>(ctx, "outline.saveText", { ...item, departmentCode: null, body: "Bản tổng hợp đã biên tập." });
    expect(nodeOf(o, "II.1").narrative).toMatchObject({ text: "Bản tổng hợp đã biên tập.", merged: { body: "Bản tổng hợp đã biên tập.", author: "Nguyễn Thị Hương" } });
    expect(nodeOf(o, "II.1").status.text).toBe("du");
  });

  it("keeps the texts when the report date moves, and not for a report that starts on another day", async () => {
    const ctx = await commune();
    await call(ctx, "outline.saveText", { ...WINDOW, itemKey: "I.2", departmentCode: "VP", body: "Nội dung." });
    const later = await call<FilledOutline>(ctx, "outline.get", { ...WINDOW, period: "2025-01-01..2025-04-15" });
    expect(nodeOf(later, "I.2").narrative!.text).toBe("Nội dung.");
    const other = await call<FilledOutline>(ctx, "outline.get", { ...WINDOW, period: "2025-02-01..2025-03-31" });
    expect(nodeOf(other, "I.2").narrative!.text).toBe("");
  });
});

describe("evidence documents", () => {
  it("links a document to several items, covers a part's items by the part's documents, and flags what has none", async () => {
    const ctx = await commune();
    const plan = insertDocument(ctx, "12/KH-UBND", "2025-01-20", "Kế hoạch kiểm soát thủ tục hành chính năm 2025");
    let o = await call<FilledOutline>(ctx, "outline.get", WINDOW);
    expect([nodeOf(o, "I.1.1").status.evidence, nodeOf(o, "I.2").status.evidence, nodeOf(o, "II.1").status.evidence]).toEqual(["thieu", "thieu", "khong_can"]);
    expect(o.progress.evidence).toEqual({ done: 0, total: 5 });

    await call(ctx, "outline.linkEvidence", { ...WINDOW, itemKey: "I.1", documentId: plan, linked: true });
    o = await call<FilledOutline>(ctx, "outline.linkEvidence", { ...WINDOW, itemKey: "I.2", documentId: plan, linked: true });
    expect(nodeOf(o, "I.1").evidence).toEqual([
      { documentId: plan, numberSymbol: "12/KH-UBND", date: "2025-01-20", kind: "Kế hoạch", summary: "Kế hoạch kiểm soát thủ tục hành chính năm 2025", departmentCode: null, fileCount: 0 },
    ]);
    expect(nodeOf(o, "I.1.3").status.evidence).toBe("du");
    expect(o.progress.evidence).toEqual({ done: 5, total: 5 });
    const docs = await call<{ documentId: number; linkedItems: string[] }[]>(ctx, "outline.documents", { outlineId: "de-cuong-thu", search: "kiem soat thu tuc" });
    expect(docs).toEqual([expect.objectContaining({ documentId: plan, linkedItems: ["I.1", "I.2"] })]);

    o = await call<FilledOutline>(ctx, "outline.linkEvidence", { ...WINDOW, itemKey: "I.2", documentId: plan, linked: false });
    expect(nodeOf(o, "I.2").status.evidence).toBe("thieu");
    ctx.store.sqlite.prepare("DELETE FROM documents WHERE id = ?").run(plan);
    o = await call<FilledOutline>(ctx, "outline.get", WINDOW);
    expect(nodeOf(o, "I.1").evidence).toEqual([]);
  });

  it("refuses a document that is not in the register, changing nothing", async () => {
    const ctx = await commune();
    const message = await refused(ctx, "outline.linkEvidence", { ...WINDOW, itemKey: "I.1", documentId: 999, linked: true });
    expect(message).toContain("Không tìm thấy văn bản");
    expect(ctx.store.sqlite.prepare("SELECT count(*) FROM evidence_links").pluck().get()).toBe(0);
  });
});

describe("the inspection's details", () => {
  it("are kept per outline and refuse an end before the start", async () => {
    const ctx = await commune();
    const info = { date: "2025-10-16", timeFrom: "13:30", timeTo: "17:00", team: "Đoàn kiểm tra", place: "", responsible: { VP: "Nguyễn Văn An", VHXH: " " } };
    await call(ctx, "outline.setInspection", { outlineId: "de-cuong-thu", inspection: info });
    const o = await call<FilledOutline>(ctx, "outline.get", WINDOW);
    expect(o.inspection).toEqual({ ...info, place: null, responsible: { VP: "Nguyễn Văn An" } });
    const message = await refused(ctx, "outline.setInspection", { outlineId: "de-cuong-thu", inspection: { ...info, timeTo: "13:00" } });
    expect(message).toContain("phải sau giờ bắt đầu");
  });
});

describe("outline files a user loads", () => {
  it("lists the built-in outlines and the loaded one, and forgets it on request", async () => {
    const ctx = await commune();
    let list = await call<{ id: string; builtin: boolean; fileName: string | null }[]>(ctx, "outline.list", {});
    expect(list.map((o) => [o.id, o.builtin, o.fileName])).toEqual([
      ["de-cuong-kiem-tra-2025", true, null],
      ["bao-cao-nam", true, null],
      ["de-cuong-thu", false, "de-cuong-thu.json"],
    ]);
    list = await call(ctx, "outline.template.remove", { outlineId: "de-cuong-thu" });
    expect(list.map((o) => o.id)).toEqual(["de-cuong-kiem-tra-2025", "bao-cao-nam"]);
    expect(await refused(ctx, "outline.template.remove", { outlineId: "bao-cao-nam" })).toContain("có sẵn");
  });

  it.each([
    ["not JSON", "{ khong phai json", "không phải JSON hợp lệ"],
    ["an unknown code", JSON.stringify({ ...OUTLINE, sections: [{ key: "I", text: "A: … hồ sơ.", figures: ["tthc.khong_co"] }] }), 'mục "I", trường "figures": Mã chỉ tiêu "tthc.khong_co" không có'],
    ["blanks and figures that do not match", JSON.stringify({ ...OUTLINE, sections: [{ key: "I", text: "A: … và …", figures: ["tthc.ho_so.tong"] }] }), 'có 2 chỗ "…" nhưng có 1 số liệu'],
    [
      "a duplicate key",
      JSON.stringify({
        ...OUTLINE,
        sections: [
          { key: "I", text: "A" },
          { key: "I", text: "B" },
        ],
      }),
      'Khóa "I" bị trùng',
    ],
    ["an unknown department", JSON.stringify({ ...OUTLINE, sections: [{ key: "I", text: "A", departments: ["PHONG_X"] }] }), 'Phòng ban "PHONG_X" không có'],
    ["a missing wording", JSON.stringify({ ...OUTLINE, sections: [{ key: "I", number: "I" }] }), 'mục "I"'],
  ])("refuses %s naming the file and the item, and keeps nothing", async (_, text, expected) => {
    const ctx = await commune();
    const before = ctx.store.sqlite.prepare("SELECT count(*) FROM settings").pluck().get();
    const message = await refused(ctx, "outline.template.load", { file: { fileName: "de-cuong-2026.json", text } });
    expect(message).toContain('"de-cuong-2026.json"');
    expect(message).toContain(expected);
    expect(ctx.store.sqlite.prepare("SELECT count(*) FROM settings").pluck().get()).toBe(before);
  });
});
