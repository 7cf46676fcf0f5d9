import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import { customPeriod, resolvePeriod } from "../../core/periods";
import { getProfile } from "../../core/profiles";
import { buildReport, reportValues } from "../../core/indicators/report";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();
const newContext = (): AppContext => createAppContext({ storePath: path.join(tempDir(), "xa.sqlite"), userName: "Kiểm thử" });

/** Inserts rows given as column → value objects into a table (a register as a clerk would have filled it). */
function insert(ctx: AppContext, table: string, rows: Record<string, unknown>[]): void {
  for (const row of rows) {
    const cols = Object.keys(row);
    ctx.store.sqlite.prepare(`INSERT INTO ${table} (${cols.join(", ")}) VALUES (${cols.map((c) => `@${c}`).join(", ")})`).run(row);
  }
}

const valuesFor = (ctx: AppContext, spec = "2025-Q3") => reportValues(buildReport(ctx, resolvePeriod(spec, getProfile(ctx.profiles, "hai-phong"))));

describe("section I – chỉ đạo, điều hành", () => {
  it("counts the year's plan tasks, the province's assignments by deadline, inspections and communication in the window", () => {
    const ctx = newContext();
    insert(ctx, "plan_tasks", [
      { year: 2025, title: "Kế hoạch CCHC", status: "hoan_thanh", completed_date: "2025-01-20" },
      { year: 2025, title: "Kiểm tra CCHC", status: "hoan_thanh", completed_date: "2025-09-09" }, // done on `to`: counts
      { year: 2025, title: "Tuyên truyền", status: "hoan_thanh", completed_date: "2025-09-10" }, // done after `to`: not yet
      { year: 2025, title: "Đo lường hài lòng", status: "hoan_thanh", completed_date: null }, // marked done, no date
      { year: 2025, title: "Số hóa", status: "dang_thuc_hien", completed_date: null },
      { year: 2024, title: "Năm trước", status: "hoan_thanh", completed_date: "2024-05-01" }, // another year
    ]);
    insert(ctx, "assigned_tasks", [
      { title: "A", assigned_date: "2025-06-14", deadline: "2025-07-01", completed_date: "2025-06-30" }, // assigned before the window
      { title: "B", assigned_date: "2025-06-15", deadline: "2025-07-01", completed_date: "2025-07-01" }, // on time (on the deadline)
      { title: "C", assigned_date: "2025-07-01", deadline: "2025-07-15", completed_date: "2025-07-16" }, // late, done
      { title: "D", assigned_date: "2025-07-01", deadline: "2025-08-01", completed_date: null }, // overdue, not done
      { title: "E", assigned_date: "2025-08-01", deadline: "2025-09-09", completed_date: null }, // deadline on `to`: within
      { title: "F", assigned_date: "2025-08-01", deadline: "2025-09-01", completed_date: "2025-09-12" }, // done after `to`, deadline passed: overdue
      { title: "G", assigned_date: "2025-09-10", deadline: "2025-09-30", completed_date: null }, // after the window
    ]);
    insert(ctx, "inspections", [
      { date: "2025-07-10", inspected_unit: "Trung tâm Phục vụ hành chính công", issues_found: 3, issues_fixed: 2 },
      { date: "2025-08-10", inspected_unit: "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", issues_found: 1, issues_fixed: 1 }, // same unit twice
      { date: "2025-08-20", inspected_unit: "Phòng Kinh tế", issues_found: 0, issues_fixed: 0 },
      { date: "2025-06-14", inspected_unit: "Phòng Văn hóa - Xã hội", issues_found: 5, issues_fixed: 5 }, // before
    ]);
    insert(ctx, "communication_items", [
      { date: "2025-07-01", kind: "tin_bai", title: "Tin 1", quantity: 3 },
      { date: "2025-07-02", kind: "phong_su", title: "Phóng sự", quantity: 1 },
      { date: "2025-07-03", kind: "phat_thanh", title: "Phát thanh", quantity: 12 },
      { date: "2025-07-04", kind: "hoi_nghi", title: "Hội nghị", quantity: 1 },
      { date: "2025-09-10", kind: "tin_bai", title: "Sau kỳ", quantity: 9 },
    ]);
    const v = valuesFor(ctx);
    expect(v["chidao.kh.tong"]).toBe(5);
    expect(v["chidao.kh.hoan_thanh"]).toBe(3);
    expect(v["chidao.kh.dang_thuc_hien"]).toBe(2);
    expect(v["chidao.kh.ty_le"]).toBe(60);
    expect(v["chidao.giao.tong"]).toBe(5);
    expect(v["chidao.giao.dung_han"]).toBe(1);
    expect(v["chidao.giao.qua_han_da_xong"]).toBe(1);
    expect(v["chidao.giao.qua_han_chua_xong"]).toBe(2);
    expect(v["chidao.giao.trong_han"]).toBe(1);
    expect(v["chidao.kiem_tra.so_don_vi"]).toBe(2);
    expect(v["chidao.kiem_tra.van_de_phat_hien"]).toBe(4);
    expect(v["chidao.kiem_tra.van_de_da_xu_ly"]).toBe(3);
    expect(v["chidao.tuyen_truyen.tin_bai"]).toBe(4);
    expect(v["chidao.tuyen_truyen.hoat_dong"]).toBe(13);
    expect(v["chidao.sang_kien.so"]).toBeNull();
    ctx.store.close();
  });
});

describe("section II – cải cách thể chế", () => {
  it("counts legal documents issued, and those found faulty by checks and reviews with their handling (carried over like dossiers)", () => {
    const ctx = newContext();
    insert(ctx, "documents", [
      { number_symbol: "01/2025/QĐ-UBND", date: "2025-07-15", kind: "Quyết định", summary: "Quy chế", is_legal_normative: 1, direction: "di" },
      { number_symbol: "02/2025/QĐ-UBND", date: "2025-09-09", kind: "Quyết định", summary: "Quy định", is_legal_normative: 1, direction: "di" },
      { number_symbol: "03/2025/QĐ-UBND", date: "2025-09-10", kind: "Quyết định", summary: "Sau kỳ", is_legal_normative: 1, direction: "di" },
      { number_symbol: "15/KH-UBND", date: "2025-07-15", kind: "Kế hoạch", summary: "Không phải VBQPPL", is_legal_normative: 0, direction: "di" },
      { number_symbol: "5/2025/QĐ-UBND", date: "2025-07-20", kind: "Quyết định", summary: "Văn bản đến", is_legal_normative: 1, direction: "den" },
    ]);
    insert(ctx, "legal_reviews", [
      { kind: "kiem_tra", review_date: "2025-07-01", document_ref: "a", needs_handling: 1, handled_date: "2025-08-01" },
      { kind: "kiem_tra", review_date: "2025-07-02", document_ref: "b", needs_handling: 1, handled_date: null },
      { kind: "kiem_tra", review_date: "2025-07-03", document_ref: "c", needs_handling: 0, handled_date: null },
      { kind: "kiem_tra", review_date: "2025-05-01", document_ref: "d", needs_handling: 1, handled_date: "2025-06-20" }, // carried over, handled in the window
      { kind: "kiem_tra", review_date: "2025-05-01", document_ref: "e", needs_handling: 1, handled_date: "2025-06-01" }, // handled before the window
      { kind: "ra_soat", review_date: "2025-08-01", document_ref: "f", needs_handling: 1, handled_date: "2025-09-10" }, // handled after `to`
    ]);
    const v = valuesFor(ctx);
    expect(v["the_che.vbqppl.ban_hanh"]).toBe(2);
    expect(v["the_che.kiem_tra.can_xu_ly"]).toBe(3);
    expect(v["the_che.kiem_tra.da_xu_ly"]).toBe(2);
    expect(v["the_che.kiem_tra.ty_le"]).toBe(66.67);
    expect(v["the_che.ra_soat.can_xu_ly"]).toBe(1);
    expect(v["the_che.ra_soat.da_xu_ly"]).toBe(0);
    expect(v["the_che.ra_soat.ty_le"]).toBe(0);
    ctx.store.close();
  });
});

describe("sections IV and V – tổ chức bộ máy, chế độ công vụ", () => {
  it("counts cán bộ and công chức in service on `to` by their status history, by education and theory, recruitment and discipline", () => {
    const ctx = newContext();
    insert(ctx, "quotas", [
      { year: 2025, quota: 30 },
      { year: 2024, quota: 22 },
    ]);
    insert(ctx, "staff", [
      { id: 1, full_name: "Nguyễn Văn An", category: "can_bo", education: "thac_si", political_theory: "cao_cap", start_date: "2010-01-01" },
      { id: 2, full_name: "Trần Thị Bình", category: "cong_chuc", education: "dai_hoc", political_theory: "trung_cap", start_date: "2025-07-01" },
      { id: 3, full_name: "Lê Văn Cường", category: "cong_chuc", education: "cao_dang", political_theory: null, start_date: "2025-09-09" },
      { id: 4, full_name: "Phạm Thị Dung", category: "cong_chuc", education: "dai_hoc", political_theory: "cu_nhan", start_date: "2015-03-01" }, // retired in August
      { id: 5, full_name: "Hoàng Văn Em", category: "cong_chuc", education: null, political_theory: null, start_date: "2025-09-10" }, // starts after `to`
      { id: 6, full_name: "Vũ Thị Giang", category: "vien_chuc", education: "dai_hoc", political_theory: null, start_date: "2020-01-01" }, // not a công chức
      { id: 7, full_name: "Đỗ Văn Hùng", category: "cong_chuc", education: "tien_si", political_theory: "trung_cap", start_date: "2018-01-01" }, // moved away, then back
    ]);
    insert(ctx, "staff_statuses", [
      { staff_id: 4, status: "dang_cong_tac", from_date: "2015-03-01" },
      { staff_id: 4, status: "nghi_huu", from_date: "2025-08-01" },
      { staff_id: 7, status: "chuyen_cong_tac", from_date: "2024-01-01" },
      { staff_id: 7, status: "dang_cong_tac", from_date: "2025-09-01" },
    ]);
    insert(ctx, "discipline_records", [
      { staff_id: 2, form: "khien_trach", decision_date: "2025-07-10" },
      { staff_id: 2, form: "canh_cao", decision_date: "2025-08-10" }, // the same person twice
      { staff_id: 3, form: "cach_chuc", decision_date: "2025-09-09" },
      { staff_id: 1, form: "khien_trach", decision_date: "2025-06-14" }, // before the window
    ]);
    const v = valuesFor(ctx);
    expect(v["to_chuc.bien_che.chi_tieu"]).toBe(30);
    // In service on 09/09/2025: An, Bình, Cường (started that day), Hùng (back since 01/09) – not Dung, Em, Giang.
    expect(v["to_chuc.bien_che.co_mat"]).toBe(4);
    expect(v["cong_vu.trinh_do.tren_dai_hoc"]).toBe(2);
    expect(v["cong_vu.trinh_do.dai_hoc"]).toBe(1);
    expect(v["cong_vu.trinh_do.duoi_dai_hoc"]).toBe(1);
    expect(v["cong_vu.llct.cao_cap"]).toBe(1);
    expect(v["cong_vu.llct.trung_cap"]).toBe(2);
    expect(v["cong_vu.tuyen_dung"]).toBe(2);
    expect(v["cong_vu.ky_luat.tong"]).toBe(2);
    expect(v["cong_vu.ky_luat.khien_trach"]).toBe(1);
    expect(v["cong_vu.ky_luat.canh_cao"]).toBe(1);
    expect(v["cong_vu.ky_luat.khac"]).toBe(1);
    expect(v["to_chuc.don_vi"]).toBeNull();
    expect(v["cong_vu.boi_duong"]).toBeNull();
    ctx.store.close();
  });
});

describe("section VI – tài chính công", () => {
  it("takes per code the newest figure of the report's year dated on or before `to`, and works out the disbursement rate", () => {
    const ctx = newContext();
    const f = (as_of: string, code: string, value: number) => ({ year: Number(as_of.slice(0, 4)), as_of, code, value });
    insert(ctx, "finance_figures", [
      f("2025-06-09", "tai_chinh.dau_tu_cong.ke_hoach", 50_000),
      f("2025-06-09", "tai_chinh.dau_tu_cong.giai_ngan", 10_000),
      f("2025-09-09", "tai_chinh.dau_tu_cong.giai_ngan", 30_125.5),
      f("2025-09-10", "tai_chinh.dau_tu_cong.giai_ngan", 99_999), // after `to`
      f("2024-12-09", "tai_chinh.ngan_sach.thu", 70_000), // last year
      f("2025-09-09", "tai_chinh.dvsn.tong", 11),
    ]);
    const v = valuesFor(ctx);
    expect(v["tai_chinh.dau_tu_cong.ke_hoach"]).toBe(50_000);
    expect(v["tai_chinh.dau_tu_cong.giai_ngan"]).toBe(30_125.5);
    expect(v["tai_chinh.dau_tu_cong.ty_le"]).toBe(60.25);
    expect(v["tai_chinh.ngan_sach.thu"]).toBeNull();
    expect(v["tai_chinh.dvsn.tong"]).toBe(11);
    ctx.store.close();
  });
});

describe("sections VII and VIII – chính quyền số, tiếp công dân, khiếu nại tố cáo", () => {
  it("gives the shares of outgoing documents sent electronically and signed digitally, the reception book and the complaints", () => {
    const ctx = newContext();
    const doc = (n: number, date: string, electronic: number | null, signed: number | null, direction = "di") => ({
      number_symbol: `${n}/UBND-VP`,
      date,
      kind: "Công văn",
      summary: "Về việc …",
      direction,
      electronic,
      digitally_signed: signed,
    });
    insert(ctx, "documents", [
      doc(1, "2025-07-01", 1, 1),
      doc(2, "2025-07-02", 1, 0),
      doc(3, "2025-07-03", 0, 0),
      doc(4, "2025-07-04", null, null),
      doc(5, "2025-07-05", 1, 1, "den"),
      doc(6, "2025-09-10", 0, 0),
    ]);
    insert(ctx, "receptions", [
      { date: "2025-07-01", session_kind: "thuong_xuyen", people_count: 1 },
      { date: "2025-07-02", session_kind: "thuong_xuyen", people_count: 12 }, // a group: still one lượt
      { date: "2025-07-15", session_kind: "dinh_ky", people_count: 2 },
      { date: "2025-08-01", session_kind: "dot_xuat", people_count: 1 },
      { date: "2025-09-10", session_kind: "dinh_ky", people_count: 1 },
    ]);
    insert(ctx, "complaints", [
      { received_date: "2025-07-01", kind: "khieu_nai", within_competence: 1, resolved_date: "2025-08-01" },
      { received_date: "2025-07-02", kind: "to_cao", within_competence: 1, resolved_date: "2025-09-10" }, // resolved after `to`
      { received_date: "2025-07-03", kind: "kien_nghi", within_competence: 0, resolved_date: "2025-07-10" },
      { received_date: "2025-08-03", kind: "phan_anh", within_competence: 1, resolved_date: null },
      { received_date: "2025-06-14", kind: "khieu_nai", within_competence: 1, resolved_date: "2025-07-01" }, // before the window
    ]);
    const v = valuesFor(ctx);
    // Outgoing in the window: 1–4. Electronic 2 of 4; signed 1 of 4 (unknown counts as not).
    expect(v["cds.van_ban_dien_tu_ty_le"]).toBe(50);
    expect(v["cds.ky_so_ty_le"]).toBe(25);
    expect(v["tcd.thuong_xuyen"]).toBe(2);
    expect(v["tcd.dinh_ky"]).toBe(1);
    expect(v["tcd.dot_xuat"]).toBe(1);
    expect(v["kntc.tiep_nhan"]).toBe(4);
    expect(v["kntc.thuoc_tham_quyen"]).toBe(3);
    expect(v["kntc.da_giai_quyet"]).toBe(1);
    expect(v["kntc.ty_le"]).toBe(33.33);
    ctx.store.close();
  });
});

describe("no data is not zero", () => {
  it("leaves a register's figures empty for a window before it was kept, and gives 0 once it was", () => {
    const ctx = newContext();
    insert(ctx, "receptions", [{ date: "2025-07-01", session_kind: "thuong_xuyen", people_count: 1 }]);
    const before = reportValues(buildReport(ctx, customPeriod("2025-01-01", "2025-03-31")));
    expect(before["tcd.thuong_xuyen"]).toBeNull();
    const after = reportValues(buildReport(ctx, customPeriod("2025-10-01", "2025-10-31")));
    expect(after["tcd.thuong_xuyen"]).toBe(0);
    expect(after["kntc.tiep_nhan"]).toBeNull(); // the complaints register holds nothing
    ctx.store.close();
  });

  it("fills the same-period-last-year column only where the register reaches back to that window's start", () => {
    const ctx = newContext();
    insert(ctx, "receptions", [
      { date: "2024-06-01", session_kind: "thuong_xuyen", people_count: 1 }, // kept since before Q3 2024's window
      { date: "2024-07-01", session_kind: "thuong_xuyen", people_count: 1 },
      { date: "2025-07-01", session_kind: "thuong_xuyen", people_count: 1 },
      { date: "2025-07-02", session_kind: "thuong_xuyen", people_count: 1 },
    ]);
    insert(ctx, "complaints", [{ received_date: "2024-08-01", kind: "khieu_nai", within_competence: 1 }]); // begun halfway through
    const report = buildReport(ctx, resolvePeriod("2025-Q3", getProfile(ctx.profiles, "hai-phong")));
    expect(report.lastYearPeriod).toMatchObject({ from: "2024-06-15", to: "2024-09-09" });
    const row = (code: string) => report.sections.flatMap((s) => s.rows).find((r) => r.code === code)!;
    expect(row("tcd.thuong_xuyen")).toMatchObject({ value: 2, lastYear: 1 });
    expect(row("kntc.tiep_nhan").lastYear).toBeNull();
    expect(row("tthc.danh_muc.tong").lastYear).toBeNull();
    ctx.store.close();
  });
});
