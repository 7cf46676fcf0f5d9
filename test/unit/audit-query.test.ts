import { describe, expect, it } from "vitest";
import type { ApiResult } from "../../core/api/contract";
import { dispatch } from "../../core/api/dispatch";
import { listAudit } from "../../core/audit-query";
import { fieldChanges, type AuditNames } from "../../core/audit-words";
import { demoCommune } from "../fixtures/demo-commune";

const commune = demoCommune("cchc-nhat-ky-");

async function ok<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

describe("the audit trail", () => {
  it("shows who changed a record, when, and each field old → new with the register's labels", async () => {
    const ctx = commune.officer({ userName: "Trần Văn Nam", now: () => new Date("2025-10-08T02:00:00Z") });
    const rows = await ok<{ rows: { id: number; numberSymbol: string; summary: string }[] }>(dispatch(ctx, "registers.list", { register: "documents" }));
    const doc = rows.rows.find((r) => r.numberSymbol === "16/KH-UBND")!;
    await ok(dispatch(ctx, "registers.save", { register: "documents", record: { ...doc, summary: "Kế hoạch tuyên truyền cải cách hành chính năm 2025 (sửa đổi)" } }));
    await ok(dispatch(ctx, "registers.delete", { register: "documents", id: doc.id }));

    const page = listAudit(ctx, { entity: "documents" });
    expect(page.rows.map((r) => [r.action, r.actionLabel, r.userName, r.entityLabel])).toEqual([
      ["xoa", "Xóa", "Trần Văn Nam", "Văn bản"],
      ["sua", "Sửa", "Trần Văn Nam", "Văn bản"],
    ]);
    const edit = page.rows[1]!;
    expect(edit.changes).toEqual([{ field: "summary", label: "Trích yếu", before: doc.summary, after: "Kế hoạch tuyên truyền cải cách hành chính năm 2025 (sửa đổi)" }]);
    const removal = page.rows[0]!;
    expect(removal.changes.find((c) => c.field === "numberSymbol")).toEqual({ field: "numberSymbol", label: "Số, ký hiệu", before: "16/KH-UBND", after: null });
    ctx.store.close();
  });

  it("filters by kind, person, action, days and words without diacritics, newest first, a page at a time", async () => {
    const ctx = commune.officer({ userName: "Lê Thị Mai" });
    const all = listAudit(ctx, { limit: 200 });
    expect(all.total).toBeGreaterThan(100);
    expect(all.rows.map((r) => r.id)).toEqual([...all.rows.map((r) => r.id)].sort((a, b) => b - a));
    expect(all.entities.find((e) => e.entity === "noi_dung_de_cuong")).toMatchObject({ label: "Nội dung đề cương" });
    expect(all.users).toContain("Phan Khánh Linh");

    const texts = listAudit(ctx, { entity: "noi_dung_de_cuong", userName: "Phan Khánh Linh", action: "tao" });
    expect(texts.total).toBeGreaterThan(0);
    expect(texts.rows.every((r) => r.entity === "noi_dung_de_cuong" && r.userName === "Phan Khánh Linh" && r.action === "tao")).toBe(true);

    const found = listAudit(ctx, { search: "dan van kheo" });
    expect(found.total).toBeGreaterThan(0);
    expect(
      found.rows.every((r) =>
        JSON.stringify(r)
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .replace(/đ/g, "d")
          .toLowerCase()
          .includes("dan van kheo"),
      ),
    ).toBe(true);

    const today = all.rows[0]!.at.slice(0, 10);
    expect(listAudit(ctx, { from: today, to: today }).total).toBe(all.total);
    expect(listAudit(ctx, { to: "2000-01-01" }).total).toBe(0);
    const second = listAudit(ctx, { offset: 50, limit: 50 });
    expect(second.rows[0]!.id).toBe(all.rows[50]!.id);
    ctx.store.close();
  });

  it("compares values field by field, and whole values when they are not records", () => {
    const names: AuditNames = { department: () => null, staff: () => null, indicator: () => null, outline: () => null, batch: () => null, profile: () => null };
    expect(fieldChanges("han_phan_viec", "sua", 96, 1234.5, names)).toEqual([{ field: null, label: null, before: "96", after: "1.234,5" }]);
    expect(fieldChanges("settings", "sua", null, "D:\\Sao luu", names)).toEqual([{ field: null, label: null, before: null, after: "D:\\Sao luu" }]);
    expect(fieldChanges("staff", "sua", { id: 1, fullName: "An", note: null }, { id: 1, fullName: "An", note: "" }, names)).toEqual([]);
    expect(fieldChanges("staff", "sua", { fullName: "Nguyễn Văn An" }, { fullName: "Nguyễn Văn Ân" }, names)).toEqual([
      { field: "fullName", label: "Họ và tên", before: "Nguyễn Văn An", after: "Nguyễn Văn Ân" },
    ]);
  });
});
