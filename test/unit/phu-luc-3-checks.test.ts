import { describe, expect, it } from "vitest";
import { defaultCatalogue, indicatorsOf, isRate, unitNameOf } from "../../core/indicators/catalogue";
import { hasErrors, runChecks } from "../../core/indicators/checks";
import type { ReportCheck, ReportRow } from "../../core/indicators/report-types";

/** A whole table that passes every check: the counts add up, rates are in range, nothing is missing. */
const CONSISTENT: Record<string, number> = {
  "chidao.kh.tong": 40,
  "chidao.kh.hoan_thanh": 30,
  "chidao.kh.dang_thuc_hien": 10,
  "chidao.kh.ty_le": 75,
  "chidao.giao.tong": 10,
  "chidao.giao.dung_han": 6,
  "chidao.giao.qua_han_da_xong": 1,
  "chidao.giao.qua_han_chua_xong": 1,
  "chidao.giao.trong_han": 2,
  "chidao.kiem_tra.so_don_vi": 3,
  "chidao.kiem_tra.van_de_phat_hien": 4,
  "chidao.kiem_tra.van_de_da_xu_ly": 4,
  "chidao.tuyen_truyen.tin_bai": 12,
  "chidao.tuyen_truyen.hoat_dong": 20,
  "chidao.sang_kien.so": 1,
  "the_che.vbqppl.ban_hanh": 2,
  "the_che.kiem_tra.can_xu_ly": 2,
  "the_che.kiem_tra.da_xu_ly": 2,
  "the_che.kiem_tra.ty_le": 100,
  "the_che.ra_soat.can_xu_ly": 3,
  "the_che.ra_soat.da_xu_ly": 3,
  "the_che.ra_soat.ty_le": 100,
  "the_che.pakn_vbqppl.tiep_nhan": 0,
  "the_che.pakn_vbqppl.da_xu_ly": 0,
  "tthc.danh_muc.tong": 96,
  "tthc.danh_muc.tai_ttpvhcc_ty_le": 90,
  "tthc.danh_muc.toan_trinh_ty_le": 30,
  "tthc.danh_muc.khong_dia_gioi_ty_le": 25,
  "tthc.ho_so.tong": 1234,
  "tthc.ho_so.ky_truoc": 34,
  "tthc.ho_so.tiep_nhan_moi": 1200,
  "tthc.ho_so.tiep_nhan_truc_tuyen": 800,
  "tthc.ho_so.tiep_nhan_truc_tiep": 400,
  "tthc.ho_so.da_giai_quyet": 1180,
  "tthc.ho_so.truoc_han": 400,
  "tthc.ho_so.dung_han": 750,
  "tthc.ho_so.qua_han": 30,
  "tthc.ho_so.dung_han_ty_le": 97.46,
  "tthc.ho_so.dang_giai_quyet": 44,
  "tthc.ho_so.dang_trong_han": 40,
  "tthc.ho_so.dang_qua_han": 4,
  "tthc.ho_so.tu_choi_rut": 10,
  "tthc.ho_so.truc_tuyen_ty_le": 66.67,
  "tthc.ho_so.thanh_toan_truc_tuyen_ty_le": 60,
  "tthc.ho_so.cap_nhat_he_thong_ty_le": 99,
  "tthc.ho_so.dong_bo_dvcqg_ty_le": 95,
  "tthc.ho_so.so_hoa_ty_le": 90,
  "tthc.ho_so.ket_qua_dien_tu_ty_le": 70,
  "tthc.ho_so.tai_su_dung_ty_le": 40,
  "tthc.pakn.ky_truoc": 1,
  "tthc.pakn.tiep_nhan_moi": 20,
  "tthc.pakn.da_giai_quyet": 19,
  "tthc.pakn.dang_trong_han": 1,
  "tthc.pakn.dang_qua_han": 1,
  "tthc.hai_long.ty_le": 97,
  "tthc.hai_long.dat_dai_ty_le": 92,
  "to_chuc.don_vi": 5,
  "to_chuc.bien_che.chi_tieu": 28,
  "to_chuc.bien_che.co_mat": 24,
  "cong_vu.trinh_do.tren_dai_hoc": 2,
  "cong_vu.trinh_do.dai_hoc": 20,
  "cong_vu.trinh_do.duoi_dai_hoc": 2,
  "cong_vu.llct.cao_cap": 3,
  "cong_vu.llct.trung_cap": 11,
  "cong_vu.tuyen_dung": 1,
  "cong_vu.boi_duong": 15,
  "cong_vu.ky_luat.tong": 1,
  "cong_vu.ky_luat.khien_trach": 1,
  "cong_vu.ky_luat.canh_cao": 0,
  "cong_vu.ky_luat.khac": 0,
  "tai_chinh.dvsn.tong": 11,
  "tai_chinh.dvsn.nhom_1": 0,
  "tai_chinh.dvsn.nhom_2": 0,
  "tai_chinh.dvsn.nhom_3": 2,
  "tai_chinh.dvsn.nhom_4": 9,
  "tai_chinh.ngan_sach.thu": 40875.8,
  "tai_chinh.ngan_sach.chi": 31903.3,
  "tai_chinh.dau_tu_cong.ke_hoach": 50794.5,
  "tai_chinh.dau_tu_cong.giai_ngan": 45263.4,
  "tai_chinh.dau_tu_cong.ty_le": 89.11,
  "cds.van_ban_dien_tu_ty_le": 100,
  "cds.ky_so_ty_le": 93.75,
  "tcd.thuong_xuyen": 42,
  "tcd.dinh_ky": 18,
  "tcd.dot_xuat": 3,
  "kntc.tiep_nhan": 24,
  "kntc.thuoc_tham_quyen": 23,
  "kntc.da_giai_quyet": 20,
  "kntc.ty_le": 86.96,
};

/** The catalogue's rows with these figures (and a comfortable denominator for every rate, no last year). */
function table(changes: Record<string, number | null> = {}, more: Partial<Record<string, Partial<ReportRow>>> = {}): ReportRow[] {
  return indicatorsOf(defaultCatalogue()).map((i) => {
    const value = i.code in changes ? changes[i.code]! : CONSISTENT[i.code]!;
    return {
      code: i.code,
      stt: i.stt,
      label: i.label,
      unit: i.unit,
      unitName: unitNameOf(defaultCatalogue(), i),
      source: i.source,
      dept: i.dept,
      computed: value,
      value,
      origin: "tu_dong",
      entry: null,
      estimate: null,
      estimateOrigin: null,
      lastYear: null,
      denominator: isRate(i) ? 100 : null,
      ...more[i.code],
    };
  });
}

const checksOf = (changes: Record<string, number | null>, more?: Partial<Record<string, Partial<ReportRow>>>) => runChecks(defaultCatalogue(), table(changes, more));
const only = (checks: ReportCheck[]) => {
  expect(checks).toHaveLength(1);
  return checks[0]!;
};

describe("the consistency checks of phu-luc-3.md", () => {
  it("finds nothing in a consistent table, which has a figure for every code", () => {
    expect(Object.keys(CONSISTENT).sort()).toEqual(
      indicatorsOf(defaultCatalogue())
        .map((i) => i.code)
        .sort(),
    );
    expect(checksOf({})).toEqual([]);
  });

  it("errs when a part is larger than its whole: đã giải quyết > tổng số hồ sơ", () => {
    const checks = checksOf({ "tthc.ho_so.da_giai_quyet": 1300, "tthc.ho_so.dung_han": 870 });
    const larger = checks.find((c) => c.codes.includes("tthc.ho_so.tong") && c.codes.includes("tthc.ho_so.da_giai_quyet") && c.message.includes("lớn hơn"))!;
    expect(larger.level).toBe("error");
    expect(larger.message).toBe("“Số hồ sơ đã giải quyết” (1.300) lớn hơn “Tổng số hồ sơ TTHC” (1.234).");
    expect(hasErrors(checks)).toBe(true);
  });

  it("errs when trước hạn + đúng hạn + quá hạn ≠ đã giải quyết", () => {
    const c = only(checksOf({ "tthc.ho_so.qua_han": 31, "tthc.ho_so.tu_choi_rut": 9 }).filter((c) => c.codes[0] === "tthc.ho_so.da_giai_quyet"));
    expect(c).toEqual({
      level: "error",
      codes: ["tthc.ho_so.da_giai_quyet", "tthc.ho_so.truoc_han", "tthc.ho_so.dung_han", "tthc.ho_so.qua_han"],
      message: "“trước hạn” + “đúng hạn” + “quá hạn” = 1.181, khác “Số hồ sơ đã giải quyết” (1.180).",
    });
  });

  it("errs when trong hạn + quá hạn ≠ đang giải quyết", () => {
    const c = only(checksOf({ "tthc.ho_so.dang_qua_han": 5 }));
    expect(c.level).toBe("error");
    expect(c.codes).toEqual(["tthc.ho_so.dang_giai_quyet", "tthc.ho_so.dang_trong_han", "tthc.ho_so.dang_qua_han"]);
  });

  it("errs when tổng ≠ đã giải quyết + đang giải quyết + từ chối, rút", () => {
    const c = only(checksOf({ "tthc.ho_so.tu_choi_rut": 11 }));
    expect(c.level).toBe("error");
    expect(c.codes).toEqual(["tthc.ho_so.tong", "tthc.ho_so.da_giai_quyet", "tthc.ho_so.dang_giai_quyet", "tthc.ho_so.tu_choi_rut"]);
  });

  it("errs when nhóm 1 + … + nhóm 4 ≠ tổng số đơn vị sự nghiệp", () => {
    const c = only(checksOf({ "tai_chinh.dvsn.nhom_4": 10 }));
    expect(c).toMatchObject({ level: "error", codes: ["tai_chinh.dvsn.tong", "tai_chinh.dvsn.nhom_1", "tai_chinh.dvsn.nhom_2", "tai_chinh.dvsn.nhom_3", "tai_chinh.dvsn.nhom_4"] });
  });

  it("warns, not errs, when có mặt > chỉ tiêu biên chế", () => {
    const c = only(checksOf({ "to_chuc.bien_che.chi_tieu": 23 }));
    expect(c).toEqual({ level: "warning", codes: ["to_chuc.bien_che.chi_tieu", "to_chuc.bien_che.co_mat"], message: "“Số cán bộ, công chức có mặt” (24) lớn hơn “Số biên chế được giao” (23)." });
    expect(hasErrors([c])).toBe(false);
  });

  it("errs on a rate outside 0–100 and on a negative count", () => {
    const rate = only(checksOf({ "tthc.danh_muc.toan_trinh_ty_le": 100.5 }));
    expect(rate).toEqual({ level: "error", codes: ["tthc.danh_muc.toan_trinh_ty_le"], message: expect.stringContaining("100,5 %, nằm ngoài khoảng 0–100 %") });
    const negative = only(checksOf({ "chidao.tuyen_truyen.tin_bai": -2 }));
    expect(negative).toEqual({ level: "error", codes: ["chidao.tuyen_truyen.tin_bai"], message: "“Số tin, bài, phóng sự tuyên truyền CCHC” (mục I, STT 13) là số âm (-2)." });
  });

  it("errs on a manual figure missing, naming the department; a computed one with no records is a warning; a rate on 0 cases is fine", () => {
    const checks = checksOf(
      { "cong_vu.boi_duong": null, "tcd.dot_xuat": null, "tthc.hai_long.dat_dai_ty_le": null },
      { "tthc.hai_long.dat_dai_ty_le": { denominator: 0 }, "tcd.dot_xuat": { origin: "chua_co" } },
    );
    expect(checks).toEqual([
      { level: "error", codes: ["cong_vu.boi_duong"], message: "“Số lượt cán bộ, công chức được đào tạo, bồi dưỡng” (mục V, STT 7): chưa nhập số liệu (phụ trách: VHXH)." },
      { level: "warning", codes: ["tcd.dot_xuat"], message: expect.stringContaining("chưa có dữ liệu để tính") },
    ]);
  });

  it("warns on satisfaction below its target (95 % overall, 90 % for land)", () => {
    const checks = checksOf({ "tthc.hai_long.ty_le": 94.99, "tthc.hai_long.dat_dai_ty_le": 90 });
    expect(only(checks)).toEqual({
      level: "warning",
      codes: ["tthc.hai_long.ty_le"],
      message: "“Mức độ hài lòng của người dân, doanh nghiệp (mục tiêu ≥ 95 %)” (mục III, STT 24) đạt 94,99 %, dưới mục tiêu 95 %.",
    });
  });

  it("warns on a figure that moved more than 50 % against the same period of last year, either way", () => {
    const checks = checksOf({}, { "tcd.thuong_xuyen": { lastYear: 27 }, "tcd.dinh_ky": { lastYear: 37 }, "tcd.dot_xuat": { lastYear: 2 }, "kntc.tiep_nhan": { lastYear: 0 } });
    expect(checks.map((c) => [c.level, c.codes[0], c.message.includes("tăng") ? "tăng" : "giảm"])).toEqual([
      ["warning", "tcd.thuong_xuyen", "tăng"],
      ["warning", "tcd.dinh_ky", "giảm"],
    ]);
  });

  it("names a detail row with the row it details, so two “quá hạn” rows cannot be confused", () => {
    const moved = only(checksOf({}, { "tthc.ho_so.dang_qua_han": { lastYear: 1 } }));
    expect(moved.message).toBe("“Số hồ sơ đang giải quyết – trong đó: quá hạn” (mục III, STT 10) tăng hơn 50 % so với cùng kỳ năm trước (1 → 4); đề nghị kiểm tra lại.");
    const negative = checksOf({ "tthc.ho_so.qua_han": -1, "tthc.ho_so.dung_han": 781 }).find((c) => c.message.includes("số âm"))!;
    expect(negative.message).toBe("“Số hồ sơ đã giải quyết – trong đó: quá hạn” (mục III, STT 8) là số âm (-1).");
  });

  it("names a row of its own by its section and STT, which starts again in each section", () => {
    const moved = only(checksOf({}, { "tthc.pakn.dang_qua_han": { lastYear: 3 } }));
    expect(moved.message).toBe("“Số PAKN đang xử lý quá hạn” (mục III, STT 23) giảm hơn 50 % so với cùng kỳ năm trước (3 → 1); đề nghị kiểm tra lại.");
  });

  it("warns on a rate computed on fewer than 10 cases", () => {
    const c = only(checksOf({}, { "kntc.ty_le": { denominator: 9 } }));
    expect(c).toEqual({ level: "warning", codes: ["kntc.ty_le"], message: "“Tỷ lệ giải quyết đơn thuộc thẩm quyền” (mục VIII, STT 7) được tính trên 9 trường hợp (dưới 10), ít ý nghĩa thống kê." });
    expect(checksOf({}, { "kntc.ty_le": { denominator: 10 } })).toEqual([]);
  });

  it("lists errors before warnings", () => {
    const checks = checksOf({ "to_chuc.bien_che.chi_tieu": 20, "tai_chinh.dvsn.nhom_1": 1 });
    expect(checks.map((c) => c.level)).toEqual(["error", "warning"]);
  });
});
