import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { dispatch } from "../../core/api/dispatch";
import type { AppContext } from "../../core/context";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();
const newContext = (): AppContext => createAppContext({ storePath: path.join(tempDir(), "x.sqlite"), userName: "Lê Thị Hoa" });

const unitInput = {
  name: "Xã Cẩm Giang",
  kind: "xa",
  provinceName: "Thành phố Hải Phòng",
  placeName: "Cẩm Giang",
  profileId: "hai-phong",
  address: null,
};

describe("the API dispatcher", () => {
  it("answers an unknown method with a Vietnamese error", async () => {
    const ctx = newContext();
    expect(await dispatch(ctx, "xoa.tat.ca", {})).toEqual({ ok: false, error: { code: "unknown_method", message: 'Không có chức năng "xoa.tat.ca".' } });
    ctx.store.close();
  });

  it("refuses invalid input with the field named, and changes nothing", async () => {
    const ctx = newContext();
    const r = await dispatch(ctx, "unit.save", { ...unitInput, name: "   " });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("invalid_input");
      expect(r.error.message).toContain("name");
      expect(r.error.message).toContain("Tên đơn vị không được để trống");
    }
    expect(await dispatch(ctx, "unit.get", {})).toEqual({ ok: true, value: null });
    ctx.store.close();
  });

  it("refuses an unknown province profile with the known ones listed", async () => {
    const ctx = newContext();
    const r = await dispatch(ctx, "unit.save", { ...unitInput, profileId: "ha-noi" });
    expect(r).toMatchObject({ ok: false, error: { code: "profile_unknown" } });
    if (!r.ok) {
      expect(r.error.message).toContain("ha-noi");
      expect(r.error.message).toContain("cao-bang");
    }
    ctx.store.close();
  });

  it("saves the unit with the five standard departments, NFC-normalised, and audits it", async () => {
    const ctx = newContext();
    const r = await dispatch(ctx, "unit.save", { ...unitInput, name: "Xã Cẩm Giang".normalize("NFD") });
    expect(r.ok).toBe(true);
    const got = await dispatch(ctx, "unit.get", {});
    if (!got.ok || !got.value) throw new Error("no unit");
    const unit = got.value as { name: string; departments: { code: string; name: string }[] };
    expect(unit.name).toBe("Xã Cẩm Giang".normalize("NFC"));
    expect(unit.departments.map((d) => d.code)).toEqual(["VP", "VHXH", "KT", "TTPVHCC", "TTVH"]);
    expect(unit.departments[3]!.name).toBe("Trung tâm Phục vụ hành chính công xã");
    const audit = ctx.store.sqlite.prepare("SELECT user_name, action, entity FROM audit_log").all();
    expect(audit).toEqual([{ user_name: "Lê Thị Hoa", action: "tao", entity: "unit" }]);
    ctx.store.close();
  });

  it("names a ward's economic office as wards do", async () => {
    const ctx = newContext();
    await dispatch(ctx, "unit.save", { ...unitInput, name: "Phường Vị Khê", kind: "phuong", profileId: "vi-khe" });
    const got = await dispatch(ctx, "unit.get", {});
    const depts = (got as { value: { departments: { code: string; name: string }[] } }).value.departments;
    expect(depts.find((d) => d.code === "KT")!.name).toBe("Phòng Kinh tế, Hạ tầng và Đô thị");
    ctx.store.close();
  });

  it("keeps department heads and signers given on a later save", async () => {
    const ctx = newContext();
    await dispatch(ctx, "unit.save", unitInput);
    const depts = ((await dispatch(ctx, "unit.get", {})) as { value: { departments: object[] } }).value.departments;
    const edited = depts.map((d) => ({ ...d, headName: (d as { code: string }).code === "VHXH" ? "Trần Văn Bình" : null }));
    const signers = [{ name: "Nguyễn Văn Hùng", position: "chu_tich", signMode: "TM", isDefault: true }];
    await dispatch(ctx, "unit.save", { ...unitInput, departments: edited, signers });
    const after = ((await dispatch(ctx, "unit.get", {})) as { value: { departments: { code: string; headName: string | null }[]; signers: unknown[] } }).value;
    expect(after.departments.find((d) => d.code === "VHXH")!.headName).toBe("Trần Văn Bình");
    expect(after.signers).toEqual(signers);
    ctx.store.close();
  });

  it("gives the overview with the next reports due and the days left", async () => {
    const ctx = newContext();
    expect(await dispatch(ctx, "overview.get", { today: "2025-10-06" })).toMatchObject({ ok: true, value: { unit: null, upcoming: [] } });
    await dispatch(ctx, "unit.save", unitInput);
    const r = await dispatch(ctx, "overview.get", { today: "2025-10-06" });
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as { upcoming: { spec: string; due: string; daysLeft: number }[]; profile: { id: string } };
    expect(v.profile.id).toBe("hai-phong");
    expect(v.upcoming.map((u) => [u.spec, u.due, u.daysLeft])).toEqual([
      ["2025-Y", "2025-12-09", 64],
      ["2026-Q1", "2026-03-09", 154],
      ["2026-H1", "2026-06-09", 246],
      ["2026-Q3", "2026-09-09", 338],
    ]);
    // The period pickers' lighter call gives the same reports, without the overview's figures.
    const light = await dispatch(ctx, "periods.upcoming", { today: "2025-10-06" });
    if (!light.ok) throw new Error(light.error.message);
    expect(light.value).toEqual({ today: "2025-10-06", upcoming: v.upcoming });
    ctx.store.close();
  });

  it("resolves a period through the unit's profile, or refuses it in Vietnamese", async () => {
    const ctx = newContext();
    await dispatch(ctx, "unit.save", { ...unitInput, profileId: "cao-bang" });
    expect(await dispatch(ctx, "periods.resolve", { spec: "2025-Q3" })).toMatchObject({ ok: true, value: { from: "2025-06-11", to: "2025-09-10", due: "2025-09-12" } });
    expect(await dispatch(ctx, "periods.resolve", { spec: "2025-Q3", profileId: "hai-phong" })).toMatchObject({ ok: true, value: { from: "2025-06-15" } });
    const bad = await dispatch(ctx, "periods.resolve", { spec: "2025-02-30..2025-03-01" });
    expect(bad).toMatchObject({ ok: false, error: { code: "period_invalid" } });
    ctx.store.close();
  });

  it("ends an unexpected error's message with one full stop, whether or not the error ended its own", async () => {
    const ctx = newContext();
    await dispatch(ctx, "unit.save", unitInput);
    const broken = {
      ...ctx,
      now: () => {
        throw new Error("Đồng hồ của máy hỏng.");
      },
    };
    const r = await dispatch(broken, "periods.upcoming", {});
    expect(r).toEqual({
      ok: false,
      error: { code: "internal", message: "Lỗi không mong đợi: Đồng hồ của máy hỏng. Dữ liệu không thay đổi. Lỗi đã được ghi vào nhật ký lỗi (Cài đặt → Nhật ký lỗi) để gửi cho người hỗ trợ." },
    });
    ctx.store.close();
  });
});
