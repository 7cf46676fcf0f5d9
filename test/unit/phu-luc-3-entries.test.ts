import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import type { Report, ReportRow } from "../../core/indicators/report-types";
import { daysInclusive } from "../../shared/dates";
import { insertDossiers } from "../dossier-fixtures";
import { call, refused } from "../api-calls";
import { useTempDir } from "../helpers";
import { cchc } from "../cli-runner";

const tempDir = useTempDir();

function newContext(): AppContext {
  return createAppContext({ storePath: path.join(tempDir(), "xa.sqlite"), userName: "Lê Thị Hoa" });
}

const rowOf = (report: Report, code: string): ReportRow => report.sections.flatMap((s) => s.rows).find((r) => r.code === code)!;
const count = (ctx: AppContext, table: string) => ctx.store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

// Hải Phòng's Quý I 2025: 15/12/2024 – 09/03/2025, estimated to 14/03/2025.
const Q1 = { period: "2025-Q1", profileId: "hai-phong" };

/** Six dossiers received in Q1 2025, two of them online, five resolved on time, one carried over from November. */
function withDossiers(ctx: AppContext): void {
  insertDossiers(ctx.store, [
    { receivedAt: "2024-11-20 08:00:00", dueAt: "2025-01-10", resultAt: "2025-01-05 10:00:00" },
    ...[1, 2, 3, 4, 5].map((d) => ({ receivedAt: `2025-01-0${d} 08:00:00`, dueAt: "2025-02-01", resultAt: `2025-01-1${d} 09:00:00`, channel: d <= 2 ? ("online" as const) : ("in_person" as const) })),
    { receivedAt: "2025-03-01 08:00:00", dueAt: "2025-03-20", channel: "in_person" },
  ]);
}

describe("figures entered by hand", () => {
  it("takes a manual figure on a row no record holds, with who and when, and keeps the history when it changes", async () => {
    const ctx = newContext();
    let report = await call<Report>(ctx, "report.get", Q1);
    expect(rowOf(report, "chidao.sang_kien.so")).toMatchObject({ value: null, origin: "chua_co" });
    expect(report.checks).toContainEqual(expect.objectContaining({ level: "error", codes: ["chidao.sang_kien.so"] }));

    report = await call<Report>(ctx, "report.setValue", { ...Q1, code: "chidao.sang_kien.so", value: 2, source: "Báo cáo của Văn phòng" });
    expect(rowOf(report, "chidao.sang_kien.so")).toMatchObject({
      value: 2,
      origin: "nhap_tay",
      entry: { kind: "manual", value: 2, enteredBy: "Lê Thị Hoa", reason: null, source: "Báo cáo của Văn phòng" },
    });
    expect(report.checks.some((c) => c.codes.includes("chidao.sang_kien.so") && c.level === "error")).toBe(false);

    report = await call<Report>(ctx, "report.setValue", { ...Q1, code: "chidao.sang_kien.so", value: 3 });
    expect(rowOf(report, "chidao.sang_kien.so").value).toBe(3);
    const history = await call<{ value: number; supersededAt: string | null }[]>(ctx, "report.history", { ...Q1, code: "chidao.sang_kien.so" });
    expect(history.map((h) => [h.value, h.supersededAt === null])).toEqual([
      [3, true],
      [2, false],
    ]);
    // Another period does not see the figure.
    expect(rowOf(await call<Report>(ctx, "report.get", { period: "2025-H1", profileId: "hai-phong" }), "chidao.sang_kien.so").value).toBeNull();
    expect(ctx.store.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'indicator_values'").pluck().get()).toBe(2);
    ctx.store.close();
  });

  it("overrides a computed figure only with a reason; the computed figure stays beside it, totals and rates follow, and taking it back restores it", async () => {
    const ctx = newContext();
    withDossiers(ctx);
    let report = await call<Report>(ctx, "report.get", Q1);
    expect(rowOf(report, "tthc.ho_so.tiep_nhan_truc_tuyen")).toMatchObject({ value: 2, origin: "tu_dong" });
    expect(rowOf(report, "tthc.ho_so.truc_tuyen_ty_le").value).toBe(33.33);

    const before = count(ctx, "indicator_values");
    expect(await refused(ctx, "report.setValue", { ...Q1, code: "tthc.ho_so.tiep_nhan_truc_tuyen", value: 3 })).toBe(
      "Điều chỉnh số liệu tính tự động từ sổ sách của “– Trong đó: trực tuyến” phải nêu lý do.",
    );
    expect(await refused(ctx, "report.setValue", { ...Q1, code: "tthc.ho_so.tiep_nhan_truc_tuyen", value: 3, reason: "   " })).toContain("phải nêu lý do");
    expect(count(ctx, "indicator_values")).toBe(before);

    report = await call<Report>(ctx, "report.setValue", { ...Q1, code: "tthc.ho_so.tiep_nhan_truc_tuyen", value: 3, reason: "Một hồ sơ nộp qua Cổng DVCQG chưa đồng bộ" });
    expect(rowOf(report, "tthc.ho_so.tiep_nhan_truc_tuyen")).toMatchObject({
      value: 3,
      computed: 2,
      origin: "ghi_de",
      entry: { kind: "override", value: 3, computedValue: 2, reason: "Một hồ sơ nộp qua Cổng DVCQG chưa đồng bộ" },
    });
    expect(rowOf(report, "tthc.ho_so.truc_tuyen_ty_le").value).toBe(50);
    // The override broke "trực tuyến + trực tiếp = tiếp nhận mới": the checks say so.
    expect(report.checks).toContainEqual(expect.objectContaining({ level: "error", codes: ["tthc.ho_so.tiep_nhan_moi", "tthc.ho_so.tiep_nhan_truc_tuyen", "tthc.ho_so.tiep_nhan_truc_tiep"] }));

    report = await call<Report>(ctx, "report.setValue", { ...Q1, code: "tthc.ho_so.tiep_nhan_truc_tuyen", value: null });
    expect(rowOf(report, "tthc.ho_so.tiep_nhan_truc_tuyen")).toMatchObject({ value: 2, origin: "tu_dong", entry: null });
    const history = await call<{ kind: string; value: number }[]>(ctx, "report.history", { ...Q1, code: "tthc.ho_so.tiep_nhan_truc_tuyen" });
    expect(history).toHaveLength(1);
    ctx.store.close();
  });

  it("carries an override of a part into its total: kỳ trước chuyển sang → tổng số hồ sơ", async () => {
    const ctx = newContext();
    withDossiers(ctx);
    const report = await call<Report>(ctx, "report.setValue", { ...Q1, code: "tthc.ho_so.ky_truoc", value: 4, reason: "Ba hồ sơ giấy chưa nhập hệ thống" });
    expect(rowOf(report, "tthc.ho_so.tong")).toMatchObject({ value: 10, computed: 10, origin: "tu_dong" });
    ctx.store.close();
  });

  it("refuses a figure that is not a number, negative, a rate above 100 or a fraction of a count – and changes nothing", async () => {
    const ctx = newContext();
    const before = count(ctx, "indicator_values");
    expect(await refused(ctx, "report.setValue", { ...Q1, code: "cong_vu.boi_duong", value: "mười" })).toContain("Số liệu phải là một số");
    expect(await refused(ctx, "report.setValue", { ...Q1, code: "cong_vu.boi_duong", value: -1 })).toBe("Số liệu “Số lượt cán bộ, công chức được đào tạo, bồi dưỡng” không được âm (nhận được -1).");
    expect(await refused(ctx, "report.setValue", { ...Q1, code: "cong_vu.boi_duong", value: 2.5 })).toBe(
      "Số liệu “Số lượt cán bộ, công chức được đào tạo, bồi dưỡng” phải là số nguyên (nhận được 2,5).",
    );
    expect(await refused(ctx, "report.setValue", { ...Q1, code: "tthc.hai_long.ty_le", value: 101 })).toContain("phải từ 0 đến 100 %");
    expect(await refused(ctx, "report.setValue", { ...Q1, code: "khong.co", value: 1 })).toBe('Không có chỉ tiêu "khong.co" trong Phụ lục 3. Số liệu kết quả thực hiện công tác cải cách hành chính.');
    expect(await refused(ctx, "report.setValue", { ...Q1, code: "cong_vu.boi_duong", value: null })).toContain("chưa có số liệu nhập tay");
    expect(count(ctx, "indicator_values")).toBe(before);
    // Money takes decimals.
    const report = await call<Report>(ctx, "report.setValue", { ...Q1, code: "tai_chinh.ngan_sach.thu", value: 1234.5 });
    expect(rowOf(report, "tai_chinh.ngan_sach.thu").value).toBe(1234.5);
    ctx.store.close();
  });
});

describe("the ước đạt figures", () => {
  it("scales counts, carries rates and stocks, adds totals from their parts, and takes an estimate override with a reason", async () => {
    const ctx = newContext();
    withDossiers(ctx);
    const ratio = daysInclusive("2024-12-15", "2025-03-14") / daysInclusive("2024-12-15", "2025-03-09");
    let report = await call<Report>(ctx, "report.get", { ...Q1, estimate: true });
    expect(report.withEstimate).toBe(true);
    const received = rowOf(report, "tthc.ho_so.tiep_nhan_moi");
    expect(received.value).toBe(6);
    expect(received).toMatchObject({ estimate: Math.round(6 * ratio), estimateOrigin: "uoc" });
    expect(rowOf(report, "tthc.ho_so.ky_truoc")).toMatchObject({ value: 1, estimate: 1 }); // a stock, carried
    expect(rowOf(report, "tthc.ho_so.tong").estimate).toBe(1 + Math.round(6 * ratio));
    expect(rowOf(report, "tthc.ho_so.dung_han_ty_le")).toMatchObject({ value: 100, estimate: 100 });

    expect(await refused(ctx, "report.setValue", { ...Q1, estimate: true, code: "tthc.ho_so.tiep_nhan_moi", value: 9 })).toBe(
      "Điều chỉnh số liệu ước đạt của “Số hồ sơ tiếp nhận mới trong kỳ” phải nêu lý do.",
    );
    report = await call<Report>(ctx, "report.setValue", { ...Q1, estimate: true, code: "tthc.ho_so.tiep_nhan_moi", value: 9, reason: "Lịch hẹn tiếp nhận đến 14/3" });
    expect(rowOf(report, "tthc.ho_so.tiep_nhan_moi")).toMatchObject({ value: 6, estimate: 9, estimateOrigin: "ghi_de" });
    expect(rowOf(report, "tthc.ho_so.tong").estimate).toBe(10);
    // Without --estimate the actual report is untouched.
    expect(rowOf(await call<Report>(ctx, "report.get", Q1), "tthc.ho_so.tiep_nhan_moi")).toMatchObject({ value: 6, estimate: null });
    ctx.store.close();
  });

  it("carries estimates by default only while the estimate day is still to come: a closed quarter is reported as it was", async () => {
    const on = (today: string) => createAppContext({ storePath: path.join(tempDir(), `xa-${today}.sqlite`), userName: "Lê Thị Hoa", now: () => new Date(`${today}T10:00:00+07:00`) });
    for (const [today, expected] of [
      ["2025-03-10", true],
      ["2025-03-14", true],
      ["2025-03-15", false],
      ["2026-12-05", false],
    ] as const) {
      const ctx = on(today);
      withDossiers(ctx);
      const report = await call<Report>(ctx, "report.get", Q1);
      expect(report.withEstimate, today).toBe(expected);
      expect(rowOf(report, "tthc.ho_so.tiep_nhan_moi").estimate === null, today).toBe(!expected);
      // Asked for either way, the clerk's choice stands.
      expect((await call<Report>(ctx, "report.get", { ...Q1, estimate: !expected })).withEstimate, today).toBe(!expected);
      ctx.store.close();
    }
  });

  it("has none for a period without an estimate date, and refuses an estimate there", async () => {
    const ctx = newContext();
    const viKhe = { period: "2025-Q1", profileId: "vi-khe", estimate: true };
    expect((await call<Report>(ctx, "report.get", viKhe)).withEstimate).toBe(false);
    expect(await refused(ctx, "report.setValue", { ...viKhe, code: "cong_vu.boi_duong", value: 3, reason: "x" })).toBe("Quý I năm 2025 không có số liệu ước đạt theo quy định của tỉnh.");
    ctx.store.close();
  });
});

describe("a province's own template", () => {
  const TEMPLATE = {
    id: "phu-luc-tinh",
    title: "Biểu số liệu CCHC của tỉnh",
    description: "Mẫu rút gọn",
    sections: [
      {
        stt: "I",
        label: "THỦ TỤC HÀNH CHÍNH",
        indicators: [
          { code: "tthc.ho_so.tiep_nhan_moi", stt: "1", label: "Hồ sơ tiếp nhận", unit: "hs", source: "C", dept: "TTPVHCC", definition: "" },
          { code: "tthc.ho_so.tiep_nhan_truc_tuyen", stt: "2", label: "Hồ sơ trực tuyến", unit: "hs", source: "C", dept: "TTPVHCC", definition: "" },
          {
            code: "tinh.ho_so.truc_tiep",
            stt: "3",
            label: "Hồ sơ trực tiếp (tính)",
            unit: "hs",
            source: "C",
            dept: "TTPVHCC",
            definition: "",
            formula: "tthc.ho_so.tiep_nhan_moi - tthc.ho_so.tiep_nhan_truc_tuyen",
          },
          { code: "tinh.mo_hinh_moi", stt: "4", label: "Số mô hình mới", unit: "số", source: "M", dept: "VP", definition: "" },
        ],
      },
    ],
    checks: [{ rule: "le", level: "error", whole: "tthc.ho_so.tiep_nhan_moi", parts: ["tinh.mo_hinh_moi"] }],
  };

  it("is loaded without a new build, used for every report, and the built-in one comes back on request", async () => {
    const ctx = newContext();
    withDossiers(ctx);
    const info = await call<{ fileName: string; indicators: number }>(ctx, "report.template.set", { file: { fileName: "bieu-tinh.json", text: JSON.stringify(TEMPLATE) } });
    expect(info).toMatchObject({ fileName: "bieu-tinh.json", id: "phu-luc-tinh", indicators: 4 });
    let report = await call<Report>(ctx, "report.get", Q1);
    expect(report.catalogue.title).toBe("Biểu số liệu CCHC của tỉnh");
    expect(report.sections.flatMap((s) => s.rows).map((r) => [r.code, r.value])).toEqual([
      ["tthc.ho_so.tiep_nhan_moi", 6],
      ["tthc.ho_so.tiep_nhan_truc_tuyen", 2],
      ["tinh.ho_so.truc_tiep", 4],
      ["tinh.mo_hinh_moi", null],
    ]);
    report = await call<Report>(ctx, "report.setValue", { ...Q1, code: "tinh.mo_hinh_moi", value: 7 });
    expect(report.checks).toEqual([{ level: "error", codes: ["tthc.ho_so.tiep_nhan_moi", "tinh.mo_hinh_moi"], message: "“Số mô hình mới” (7) lớn hơn “Hồ sơ tiếp nhận” (6)." }]);

    await call(ctx, "report.template.set", { file: null });
    expect((await call<Report>(ctx, "report.get", Q1)).sections).toHaveLength(8);
    ctx.store.close();
  });

  it("refuses a template that fails validation, naming the file and the place, and keeps the one in use", async () => {
    const ctx = newContext();
    const before = await call(ctx, "report.template.get", {});
    const broken = { ...TEMPLATE, sections: [{ ...TEMPLATE.sections[0]!, indicators: [{ ...TEMPLATE.sections[0]!.indicators[0]!, unit: "" }] }] };
    expect(await refused(ctx, "report.template.set", { file: { fileName: "hong.json", text: JSON.stringify(broken) } })).toMatch(
      /^Tệp danh mục chỉ tiêu "hong.json" không hợp lệ ở mục I, chỉ tiêu "tthc.ho_so.tiep_nhan_moi", trường "unit": /,
    );
    const badFormula = structuredClone(TEMPLATE);
    badFormula.sections[0]!.indicators[2]!.formula = "tthc.ho_so.tiep_nhan_moi - khong.co";
    expect(await refused(ctx, "report.template.set", { file: { fileName: "cong-thuc.json", text: JSON.stringify(badFormula) } })).toContain(
      'Công thức dùng mã chỉ tiêu "khong.co" không có trong danh mục',
    );
    expect(await refused(ctx, "report.template.set", { file: { fileName: "khong-phai-json.json", text: "{ sections: " } })).toContain(
      'Tệp danh mục chỉ tiêu "khong-phai-json.json" không phải JSON hợp lệ',
    );
    expect(await call(ctx, "report.template.get", {})).toEqual(before);
    ctx.store.close();
  });

  it("is taken from --template by the command line", () => {
    const dir = tempDir();
    const db = path.join(dir, "xa.sqlite");
    const file = path.join(dir, "bieu-tinh.json");
    writeFileSync(file, JSON.stringify(TEMPLATE));
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    const r = cchc(["indicators", "--db", db, "--period", "2025-Q1", "--template", file, "--json"]);
    expect(r.status).toBe(0);
    expect(Object.keys((JSON.parse(r.stdout) as { values: object }).values)).toEqual(["tthc.ho_so.tiep_nhan_moi", "tthc.ho_so.tiep_nhan_truc_tuyen", "tinh.ho_so.truc_tiep", "tinh.mo_hinh_moi"]);
    const bad = cchc(["indicators", "--db", db, "--period", "2025-Q1", "--template", path.join(dir, "khong-co.json")]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^Không đọc được tệp danh mục chỉ tiêu/);
  });
});
