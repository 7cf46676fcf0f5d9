import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import ExcelJS from "../../core/import/exceljs";
import { createAppContext } from "../../core/app-context";
import { dispatch } from "../../core/api/dispatch";
import { importProcedureCatalogue } from "../../core/procedures/catalogue-import";
import { listProcedures } from "../../core/procedures/catalogue";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();
const newContext = () => createAppContext({ storePath: path.join(tempDir(), "x.sqlite"), userName: "Văn thư" });

async function catalogueXlsx(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh mục");
  ws.addRow(["DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND XÃ"]);
  ws.mergeCells("A1:G1");
  ws.addRow(["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Mức độ DVC", "Thực hiện tại TTPVHCC", "Không phụ thuộc địa giới hành chính"]);
  ws.addRow([1, "1.001193", "Đăng ký khai sinh", "Hộ tịch", "Toàn trình", "x", "x"]);
  ws.addRow([2, "2.000908", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", "Một phần", "Có", "Không"]);
  ws.addRow([3, "1.012795", "Tách thửa hoặc hợp thửa đất", "Đất đai", "Một phần", "Có", ""]);
  ws.addRow([4, "", "Thủ tục không mã", "Hộ tịch", "Một phần", "Có", ""]);
  ws.addRow([5, "1.000000", "Thủ tục lạ", "Hộ tịch", "Mức độ 9", "Có", ""]);
  ws.addRow(["Tổng cộng: 5 thủ tục"]);
  const file = path.join(dir, "danh-muc.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("the procedure catalogue", () => {
  it("imports from Excel with its flags, rejects bad rows, and re-imports unchanged", async () => {
    const ctx = newContext();
    const file = await catalogueXlsx(tempDir());
    const r = await importProcedureCatalogue(ctx, { fileName: "danh-muc.xlsx", path: file });
    expect(r).toMatchObject({ inserted: 3, updated: 0, unchanged: 0 });
    expect(r.rejected).toEqual([
      { row: 6, reason: "Thiếu mã thủ tục (cột “Mã thủ tục”)." },
      { row: 7, reason: "Mức độ “Mức độ 9” ở cột “Mức độ DVC” phải là Toàn trình hoặc Một phần." },
    ]);
    expect(listProcedures(ctx).map((p) => [p.code, p.atCentre, p.onlineEligible, p.onlineFull, p.locationIndependent])).toEqual([
      ["2.000908", true, null, false, false],
      ["1.012795", true, null, false, null],
      ["1.001193", true, true, true, true],
    ]);
    expect(listProcedures(ctx, "dat dai").map((p) => p.name)).toEqual(["Tách thửa hoặc hợp thửa đất"]);
    const again = await importProcedureCatalogue(ctx, { fileName: "danh-muc.xlsx", path: file });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    ctx.store.close();
  });

  it("rejects a row whose name or code is longer than the procedure form takes, naming the column", async () => {
    const ctx = newContext();
    const file = path.join(tempDir(), "dai.csv");
    writeFileSync(file, `Mã TTHC;Tên thủ tục;Lĩnh vực\n1.001193;Đăng ký khai sinh;Hộ tịch\n1.001194;${"Đăng ký ".repeat(80)};Hộ tịch\n${"9".repeat(61)};Đăng ký kết hôn;Hộ tịch\n`);
    const r = await importProcedureCatalogue(ctx, { fileName: "dai.csv", path: file });
    expect(r.inserted).toBe(1);
    expect(r.rejected).toEqual([
      { row: 3, reason: "Ô ở cột “Tên thủ tục” dài quá 500 ký tự." },
      { row: 4, reason: "Ô ở cột “Mã thủ tục” dài quá 60 ký tự." },
    ]);
    ctx.store.close();
  });

  it("takes a procedure whose name starts like a totals row ('Công nhận …'), and skips only the real totals row", async () => {
    const ctx = newContext();
    const file = path.join(tempDir(), "ten-truoc.csv");
    writeFileSync(file, "Tên thủ tục;Mã TTHC;Lĩnh vực\nCông nhận hòa giải viên;2.002080;Hòa giải cơ sở\nCông nhận tổ trưởng tổ hòa giải;2.002081;Hòa giải cơ sở\nCộng: 2 thủ tục;;\n");
    const r = await importProcedureCatalogue(ctx, { fileName: "ten-truoc.csv", path: file });
    expect(r).toMatchObject({ inserted: 2, rejected: [] });
    expect(
      listProcedures(ctx)
        .map((p) => p.name)
        .sort(),
    ).toEqual(["Công nhận hòa giải viên", "Công nhận tổ trưởng tổ hòa giải"]);
    ctx.store.close();
  });

  it("refuses a file without the catalogue's columns and changes nothing", async () => {
    const ctx = newContext();
    const file = path.join(tempDir(), "sai.csv");
    writeFileSync(file, "Họ tên;Chức vụ\nNguyễn Văn An;Chủ tịch\n");
    await expect(importProcedureCatalogue(ctx, { fileName: "sai.csv", path: file })).rejects.toThrowError(/không tìm thấy dòng tiêu đề.*danh mục thủ tục hành chính/);
    expect(ctx.store.sqlite.prepare("SELECT count(*) AS n FROM import_batches").get()).toEqual({ n: 0 });
    ctx.store.close();
  });

  it("adds, edits and deletes through the API, keeping codes unique and auditing each change", async () => {
    const ctx = newContext();
    const base = { code: "1.001193", name: "Đăng ký khai sinh", field: "Hộ tịch", atCentre: true, onlineEligible: true, onlineFull: false, locationIndependent: null, active: true };
    const added = await dispatch(ctx, "procedures.save", base);
    if (!added.ok) throw new Error(added.error.message);
    const id = (added.value as { id: number }).id;
    expect(await dispatch(ctx, "procedures.save", { ...base, name: "Trùng mã" })).toMatchObject({ ok: false, error: { message: "Mã thủ tục “1.001193” đã có trong danh mục." } });
    expect(await dispatch(ctx, "procedures.save", { ...base, id, onlineFull: true })).toMatchObject({ ok: true, value: { id, onlineFull: true } });
    expect(await dispatch(ctx, "procedures.save", { ...base, id, name: " " })).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(await dispatch(ctx, "procedures.delete", { id })).toEqual({ ok: true, value: { deleted: true } });
    expect(await dispatch(ctx, "procedures.delete", { id })).toMatchObject({ ok: false, error: { code: "procedure_unknown" } });
    expect(ctx.store.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'procedures' ORDER BY id").all()).toEqual([{ action: "tao" }, { action: "sua" }, { action: "xoa" }]);
    ctx.store.close();
  });
});
