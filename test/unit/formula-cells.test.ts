/**
 * Cells whose formula has an error as its cached result (#DIV/0!, #N/A), or
 * no cached result at all, hold nothing the import can use: the row is read
 * as if the cell were empty – never as the text "[object Object]".
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { importDossiers } from "../../core/dossiers/import";
import ExcelJS from "../../core/import/exceljs";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-cong-thuc-");

describe("formula cells with an error or no result", () => {
  it("are empty cells: a code that is #N/A rejects its row, a note that is #DIV/0! is left blank", async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Hồ sơ");
    sheet.addRow(["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận", "Ngày hẹn trả", "Trạng thái", "Hình thức nộp", "Chủ hồ sơ"]);
    sheet.addRow([{ formula: "VLOOKUP(A9,B:B,1,0)", result: { error: "#N/A" } }, "Đăng ký khai sinh", "05/03/2025", "06/03/2025", "Đang xử lý", "Trực tuyến", "Nguyễn Văn An"]);
    sheet.addRow(["HS-2", "Đăng ký khai sinh", "05/03/2025", "06/03/2025", "Đang xử lý", "Trực tuyến", { formula: "1/0", result: { error: "#DIV/0!" } }]);
    sheet.addRow(["HS-3", { formula: "B3" }, "05/03/2025", "06/03/2025", "Đang xử lý", "Trực tuyến", "Trần Thị Bình"]);
    const file = path.join(dir, "ho-so.xlsx");
    await workbook.xlsx.writeFile(file);

    const ctx = createAppContext({ storePath: path.join(dir, "xa.sqlite"), userName: "Nguyễn Thị Hương" });
    const summary = await importDossiers(ctx, { fileName: "ho-so.xlsx", path: file });
    expect(summary.rejected).toEqual([{ row: 2, reason: expect.stringContaining("Thiếu mã hồ sơ") }]);
    expect(summary.inserted).toBe(2);
    const stored = JSON.stringify(ctx.store.sqlite.prepare("SELECT * FROM dossiers").all());
    expect(stored).not.toContain("[object Object]");
    expect(stored).not.toContain("#DIV/0!");
  });
});
