/**
 * Documents stored before the field limits existed may be longer than the
 * department package takes. Linked as evidence, such a document makes the
 * package refuse to be made, naming it, before anything is written or recorded.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { dispatch } from "../../core/api/dispatch";
import { FIELD_LIMITS } from "../../core/field-limits";
import { checkPartFits } from "../../core/packages/department-part";
import { defaultDepartments } from "../../core/unit";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-goi-dai-");
const request = { outlineId: "de-cuong-kiem-tra-2025", period: "2025-07-01..2025-10-09" };
/** An item of the outline expecting evidence, written by Văn phòng. */
const ITEM = { key: "I.1.1", department: "VP" };

async function communeWith(document: { numberSymbol: string; summary: string }) {
  const ctx = createAppContext({ storePath: path.join(tempDir(), "xa.sqlite"), userName: "Nguyễn Thị Hương", now: () => new Date("2025-10-01T03:00:00Z") });
  const add = ctx.store.sqlite.prepare("INSERT INTO departments (code, name, sort_order) VALUES (?, ?, ?)");
  for (const d of defaultDepartments("xa")) add.run(d.code, d.name, d.sortOrder);
  const unit = await dispatch(ctx, "unit.save", { name: "Xã Cẩm Giang", kind: "xa", provinceName: "Thành phố Hải Phòng", placeName: "Cẩm Giang", profileId: "hai-phong", address: null });
  expect(unit.ok).toBe(true);
  // As an older version stored it: straight into the register, no limit checked.
  const { lastInsertRowid } = ctx.store.sqlite
    .prepare("INSERT INTO documents (number_symbol, date, kind, summary) VALUES (?, '2025-08-01', 'Quyết định', ?)")
    .run(document.numberSymbol, document.summary);
  const linked = await dispatch(ctx, "outline.linkEvidence", { ...request, itemKey: ITEM.key, documentId: Number(lastInsertRowid), linked: true });
  expect(linked.ok).toBe(true);
  return ctx;
}

const recorded = (ctx: Awaited<ReturnType<typeof communeWith>>) => ctx.store.sqlite.prepare("SELECT (SELECT count(*) FROM report_assignments) + (SELECT count(*) FROM package_events)").pluck().get();

describe("a package carrying a document longer than the package takes", () => {
  it("is refused naming the document and its trích yếu, nothing recorded", async () => {
    const ctx = await communeWith({ numberSymbol: "15/QĐ-UBND", summary: "t".repeat(FIELD_LIMITS.summary + 1) });
    for (const format of ["cchc", "xlsx"]) {
      const refused = await dispatch(ctx, "packages.create", { ...request, departmentCode: ITEM.department, format });
      expect(refused.ok ? "đã tạo gói" : refused.error.message).toMatch(
        /^Văn bản số "15\/QĐ-UBND" ngày 01\/08\/2025 .*trích yếu dài quá 2\.000 ký tự.*Sổ văn bản.*Chưa tạo gói, dữ liệu không thay đổi\.$/,
      );
    }
    expect(recorded(ctx)).toBe(0);
  });

  it("is refused naming a number-symbol too long, nothing recorded", async () => {
    const numberSymbol = `1/${"Q".repeat(FIELD_LIMITS.code)}`;
    const ctx = await communeWith({ numberSymbol, summary: "Về việc kiện toàn tổ công tác" });
    const refused = await dispatch(ctx, "packages.create", { ...request, departmentCode: ITEM.department });
    expect(refused.ok ? "đã tạo gói" : refused.error.message).toMatch(/^Văn bản số "1\/Q+" ngày 01\/08\/2025 .*số ký hiệu dài quá 60 ký tự.*Sổ văn bản/);
    expect(recorded(ctx)).toBe(0);
  });
});

describe("a part whose item wording grew past the limit once filled in", () => {
  it("is refused naming the item", () => {
    const part = { figures: [], evidence: [], texts: [{ itemKey: "II.2.1", wording: "t".repeat(FIELD_LIMITS.summary + 1), current: null, answer: null }] };
    expect(() => checkPartFits(part)).toThrow(/^Nội dung mục "II\.2\.1" của đề cương, khi đã điền số liệu, dài quá 2\.000 ký tự .*Chưa tạo gói, dữ liệu không thay đổi\.$/);
    part.texts[0]!.wording = "t".repeat(FIELD_LIMITS.summary);
    expect(() => checkPartFits(part)).not.toThrow();
  });
});
