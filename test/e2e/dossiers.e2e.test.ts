import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import ExcelJS from "../../core/import/exceljs";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { keepScreenshot, openTab, settledScreenshot } from "./ui";

const tempDir = useTempDir("cchc-e2e-ho-so-");
const browser = useBrowser();

/** A small one-stop export as clerks get it: title rows above the header, three good rows and one without a code. */
async function writeExport(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh sách hồ sơ");
  sheet.addRow(["DANH SÁCH HỒ SƠ"]);
  sheet.addRow(["Từ ngày 01/08/2025 đến ngày 31/08/2025"]);
  sheet.addRow([]);
  sheet.addRow(["STT", "Mã hồ sơ", "Tên thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Trạng thái", "Hình thức nộp"]);
  sheet.addRow([1, "000.00.21.H23-250801-9901", "Đăng ký khai sinh", "Hộ tịch", "01/08/2025 08:30", "04/08/2025", "02/08/2025 10:00", "Đã trả kết quả", "Trực tuyến"]);
  sheet.addRow([2, "000.00.21.H23-250802-9902", "Chứng thực bản sao từ bản chính", "Chứng thực", "04/08/2025", "04/08/2025", "04/08/2025", "Đã có kết quả", "Trực tiếp"]);
  sheet.addRow([3, "000.00.21.H23-250803-9903", "Đăng ký kết hôn", "Hộ tịch", "05/08/2025 14:00", "08/08/2025", "", "Đang giải quyết", "Bưu chính công ích"]);
  sheet.addRow([4, "", "Đăng ký khai tử", "Hộ tịch", "06/08/2025", "07/08/2025", "", "Đang giải quyết", "Trực tiếp"]);
  await workbook.xlsx.writeFile(file);
}

/** "12.345 hồ sơ" → 12345. */
async function listTotal(page: Page): Promise<number> {
  const total = page.getByTestId("dossier-total");
  await expect.poll(() => total.textContent()).toMatch(/^[\d.]+ hồ sơ$/);
  return Number(((await total.textContent()) ?? "").replace(/\D/g, ""));
}

describe("browser mode: Hồ sơ TTHC", () => {
  it("lists the dossiers, imports an export, undoes it, and drills into the Q3 figures", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    expect(cchc(["demo", "--db", db, "--seed", "7", "--until", "2025-10-09"]).status).toBe(0);
    const file = path.join(dir, "DS_ho_so_thang_8.xlsx");
    await writeExport(file);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);

      // The list: every dossier of the demo commune, then the search narrows it.
      await page.goto(`${server.url}#/ho-so`);
      const before = await listTotal(page);
      expect(before).toBeGreaterThan(100);
      await expect.poll(() => page.getByTestId("dossier-table").textContent()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
      await settledScreenshot(page, "ho-so-danh-sach");
      keepScreenshot("ho-so-danh-sach");
      await page.getByLabel("Tìm hồ sơ").fill("khai sinh");
      await expect.poll(() => listTotal(page)).toBeLessThan(before);
      await expect.poll(() => page.getByTestId("dossier-table").textContent()).toMatch(/khai sinh/i);
      await page.getByLabel("Tìm hồ sơ").fill("");
      await expect.poll(() => listTotal(page)).toBe(before);

      // The import wizard: the file, what was found, a dry run, then the import.
      await openTab(page, "Nhập từ Excel");
      expect(page.url()).toContain("#/ho-so/nhap");
      await page.getByTestId("import-upload").locator("input[type=file]").setInputFiles(file);
      await page.getByTestId("import-preview").or(page.getByRole("alert")).first().waitFor();
      expect(await page.getByRole("alert").allTextContents()).toEqual([]);
      expect(await page.getByTestId("import-preview").textContent()).toMatch(/Dòng tiêu đề: ?4/);
      await page.getByRole("button", { name: "Tiếp tục" }).click();
      await page.getByRole("button", { name: "Thử trước, không ghi" }).click();
      const result = page.getByTestId("import-result");
      await expect.poll(() => result.textContent()).toContain("chưa ghi gì");
      expect(await page.getByTestId("import-inserted").textContent()).toBe("3");
      await page.getByRole("button", { name: "Nhập vào dữ liệu" }).click();
      await expect.poll(() => result.textContent()).toContain("Đã nhập xong");
      expect(await page.getByTestId("import-inserted").textContent()).toBe("3");
      expect(await page.getByTestId("import-rejected").textContent()).toBe("1");
      expect(await result.textContent()).toContain("Tải tệp các dòng bị từ chối");
      await settledScreenshot(page, "ho-so-nhap");
      keepScreenshot("ho-so-nhap");
      await page.getByRole("link", { name: "Xem danh sách hồ sơ" }).click();
      await expect.poll(() => listTotal(page)).toBe(before + 3);

      // Tried again, the same file would add nothing; its counts are left on the Nhập từ Excel tab.
      await openTab(page, "Nhập từ Excel");
      await page.getByRole("button", { name: "Nhập tệp khác" }).click();
      await page.getByTestId("import-upload").locator("input[type=file]").setInputFiles(file);
      await page.getByRole("button", { name: "Tiếp tục" }).click();
      await page.getByRole("button", { name: "Thử trước, không ghi" }).click();
      await expect.poll(() => result.textContent()).toContain("chưa ghi gì");
      expect(await page.getByTestId("import-inserted").textContent()).toBe("0");

      // The history: the import, undone behind a confirmation.
      await openTab(page, "Lịch sử nhập");
      const batches = page.getByTestId("batches-table");
      await expect.poll(() => batches.textContent()).toContain("DS_ho_so_thang_8.xlsx");
      await batches
        .getByRole("button", { name: /Hoàn tác/ })
        .first()
        .click();
      await page.locator(".ant-popconfirm").getByText("Hoàn tác lần nhập này?", { exact: false }).waitFor();
      await page.locator(".ant-popconfirm").getByRole("button", { name: "Hoàn tác" }).click();
      await expect.poll(() => batches.textContent()).toContain("Đã hoàn tác lúc");
      await settledScreenshot(page, "ho-so-lich-su");
      // The trial's counts were made before the undo: they are gone from the wizard, which can try again.
      await openTab(page, "Nhập từ Excel");
      expect(await result.count()).toBe(0);
      await page.getByRole("button", { name: "Thử trước, không ghi" }).click();
      await expect.poll(() => page.getByTestId("import-inserted").textContent()).toBe("3");
      await openTab(page, "Danh sách hồ sơ");
      await expect.poll(() => listTotal(page)).toBe(before);

      // The figures of Quý III 2025, and the dossiers behind one of them.
      await openTab(page, "Số liệu");
      await page.getByText("Quý III", { exact: true }).click();
      const year = page.getByLabel("Năm báo cáo");
      await year.click();
      await year.fill("2025");
      await year.press("Enter");
      await year.press("Escape");
      await expect.poll(() => page.getByTestId("period-window").textContent()).toMatch(/Quý III.*Số liệu từ \d{2}\/\d{2}\/2025 đến \d{2}\/\d{2}\/2025/);
      const figures = page.getByTestId("figures-table");
      await expect.poll(() => figures.locator("button").count()).toBeGreaterThan(0);
      await settledScreenshot(page, "ho-so-so-lieu");
      keepScreenshot("ho-so-so-lieu");
      const link = figures.locator("button").first();
      const shown = Number(((await link.textContent()) ?? "").replace(/\D/g, ""));
      await link.click();
      const drillTotal = page.getByTestId("drilldown-total");
      await expect.poll(() => drillTotal.textContent()).toMatch(/^[\d.]+ hồ sơ$/);
      expect(Number(((await drillTotal.textContent()) ?? "").replace(/\D/g, ""))).toBe(shown);
      await settledScreenshot(page, "ho-so-so-lieu-chi-tiet");

      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
