import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import ExcelJS from "../../core/import/exceljs";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { choose, dialog, keepScreenshot, noPageOverflow, openTab, settledScreenshot, typeDate } from "./ui";

const tempDir = useTempDir("cchc-e2e-registers-");
const browser = useBrowser();

/** A small catalogue as offices keep it: a title row, two procedures, and one row without its code. */
async function writeCatalogue(file: string, secondName: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh mục TTHC");
  sheet.addRow(["DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ"]);
  sheet.addRow([]);
  sheet.addRow(["STT", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thực hiện tại TTPVHCC", "Không phụ thuộc địa giới hành chính"]);
  sheet.addRow([1, "9.990001", "Thủ tục kiểm thử thứ nhất", "Hộ tịch", "Có", "Không"]);
  sheet.addRow([2, "9.990002", secondName, "Chứng thực", "Không", "Có"]);
  sheet.addRow([3, "", "Thủ tục không có mã", "Hộ tịch", "Có", "Có"]);
  await workbook.xlsx.writeFile(file);
}

/** Loads, as the Báo cáo screen does, the built-in Phụ lục 3 template with other targetMin for the given rows. */
async function useTemplateWithTargets(page: Page, targets: Record<string, number>): Promise<void> {
  const template = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../templates/phu-luc-3.json"), "utf8")) as { sections: { indicators: { code: string; targetMin?: number }[] }[] };
  for (const indicator of template.sections.flatMap((s) => s.indicators)) if (indicator.code in targets) indicator.targetMin = targets[indicator.code];
  const token = (await page.locator('meta[name="cchc-api-token"]').getAttribute("content")) ?? "";
  const response = await page.request.post(new URL("api/report.template.set", page.url()).href, {
    headers: { "X-CCHC-Token": token },
    data: { file: { fileName: "bieu-tinh.json", text: JSON.stringify(template) } },
  });
  const answer = (await response.json()) as { ok: boolean };
  expect(answer.ok).toBe(true);
}

/** "96 thủ tục · 86 thực hiện tại TTPVHCC · …" (or "96 thủ tục đang áp dụng · …") → 96. */
async function catalogueTotal(page: Page): Promise<number> {
  const counts = page.getByTestId("catalogue-counts");
  await expect.poll(() => counts.textContent()).toMatch(/^[\d.]+ thủ tục( đang áp dụng)? · [\d.]+ thực hiện tại TTPVHCC · /);
  return Number(((await counts.textContent()) ?? "").split(" thủ tục")[0]!.replace(/\D/g, ""));
}

describe("browser mode: danh mục TTHC, PAKN and satisfaction registers", () => {
  it("adds, finds, deletes and imports procedures; records a PAKN and a satisfaction round under target", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    expect(cchc(["demo", "--db", db, "--seed", "7", "--until", "2025-10-09"]).status).toBe(0);
    const firstFile = path.join(dir, "Danh_muc_TTHC.xlsx");
    const secondFile = path.join(dir, "Danh_muc_TTHC_sua.xlsx");
    await writeCatalogue(firstFile, "Thủ tục kiểm thử thứ hai");
    await writeCatalogue(secondFile, "Thủ tục kiểm thử thứ hai (sửa đổi)");
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);

      // Danh mục TTHC: the demo catalogue with its counts.
      await page.goto(`${server.url}#/ho-so/danh-muc`);
      const catalogue = page.getByTestId("catalogue-table");
      const before = await catalogueTotal(page);
      expect(before).toBeGreaterThan(50);
      await expect.poll(() => catalogue.locator("tbody tr.ant-table-row").count()).toBe(before);
      await noPageOverflow(page);
      await settledScreenshot(page, "ho-so-danh-muc");
      keepScreenshot("ho-so-danh-muc");

      // Add a procedure through the form, then find it by searching without diacritics.
      await page.getByRole("button", { name: "Thêm thủ tục" }).click();
      await dialog(page).getByLabel("Mã thủ tục").fill("9.980001");
      await dialog(page).getByLabel("Tên thủ tục").fill("Xác nhận thông tin kiểm thử đặc biệt");
      await dialog(page).getByLabel("Lĩnh vực").fill("Hộ tịch");
      await choose(page, dialog(page).getByLabel("Thực hiện tại TTPVHCC"), "Có");
      await choose(page, dialog(page).getByLabel("Không phụ thuộc địa giới hành chính"), "Không");
      await settledScreenshot(page, "ho-so-danh-muc-them");
      await dialog(page).getByRole("button", { name: "Lưu" }).click();
      await dialog(page).waitFor({ state: "hidden" });
      await expect.poll(() => catalogueTotal(page)).toBe(before + 1);
      await page.getByLabel("Tìm thủ tục").fill("xac nhan thong tin kiem thu dac biet");
      await expect.poll(() => page.getByTestId("catalogue-found").textContent()).toBe("Tìm thấy 1 thủ tục");
      const added = catalogue.locator("tbody tr.ant-table-row");
      expect(await added.count()).toBe(1);
      const cells = await added.first().locator("td").allTextContents();
      expect(cells.slice(0, 5)).toEqual(["9.980001", "Xác nhận thông tin kiểm thử đặc biệt", "Hộ tịch", "Có", "–Chưa rõ"]);
      expect(cells[6]).toBe("Không");

      // Edit it: no longer in force, so the counts leave it out and say so.
      await added.first().getByRole("button", { name: "Sửa thủ tục 9.980001" }).click();
      expect(await dialog(page).getByLabel("Tên thủ tục").inputValue()).toBe("Xác nhận thông tin kiểm thử đặc biệt");
      await choose(page, dialog(page).getByLabel("Đang áp dụng"), "Không");
      await dialog(page).getByRole("button", { name: "Lưu" }).click();
      await dialog(page).waitFor({ state: "hidden" });
      await expect.poll(async () => (await added.first().locator("td").allTextContents())[7]).toBe("Không");
      await expect.poll(() => page.getByTestId("catalogue-counts").textContent()).toContain("1 thủ tục ngừng áp dụng");
      expect(await catalogueTotal(page)).toBe(before);

      // A second procedure with the same code is refused with the API's own message.
      await page.getByRole("button", { name: "Thêm thủ tục" }).click();
      await dialog(page).getByLabel("Mã thủ tục").fill("9.980001");
      await dialog(page).getByLabel("Tên thủ tục").fill("Trùng mã");
      await dialog(page).getByRole("button", { name: "Lưu" }).click();
      await expect.poll(() => dialog(page).getByRole("alert").textContent()).toContain("Mã thủ tục “9.980001” đã có trong danh mục.");
      await dialog(page).getByRole("button", { name: "Hủy" }).click();
      await dialog(page).waitFor({ state: "hidden" });

      // Delete it behind the confirmation.
      await added.first().getByRole("button", { name: "Xóa thủ tục 9.980001" }).click();
      await page.locator(".ant-popconfirm").getByText("Xóa thủ tục “Xác nhận thông tin kiểm thử đặc biệt” khỏi danh mục?").waitFor();
      await page.locator(".ant-popconfirm").getByRole("button", { name: "Xóa" }).click();
      await expect.poll(() => page.getByTestId("catalogue-found").textContent()).toBe("Tìm thấy 0 thủ tục");
      await expect.poll(() => page.getByTestId("catalogue-counts").textContent()).not.toContain("ngừng áp dụng");
      expect(await catalogueTotal(page)).toBe(before);
      await page.getByLabel("Tìm thủ tục").fill("");

      // Import a small catalogue: two new, one refused; then a changed file: one updated, one unchanged.
      await page.getByRole("button", { name: "Nhập danh mục từ Excel" }).click();
      await page.getByTestId("catalogue-upload").locator("input[type=file]").setInputFiles(firstFile);
      const result = page.getByTestId("catalogue-import-result");
      await expect.poll(() => result.textContent()).toContain("Đã nhập danh mục từ tệp Danh_muc_TTHC.xlsx");
      expect(await page.getByTestId("catalogue-import-inserted").textContent()).toBe("2");
      expect(await page.getByTestId("catalogue-import-updated").textContent()).toBe("0");
      expect(await page.getByTestId("catalogue-import-unchanged").textContent()).toBe("0");
      expect(await page.getByTestId("catalogue-import-rejected").textContent()).toBe("1");
      expect(await page.getByTestId("import-rejected-rows").textContent()).toContain("Thiếu mã thủ tục");
      await settledScreenshot(page, "ho-so-danh-muc-nhap");
      await dialog(page).getByRole("button", { name: "Nhập tệp khác" }).click();
      await page.getByTestId("catalogue-upload").locator("input[type=file]").setInputFiles(secondFile);
      await expect.poll(() => result.textContent()).toContain("Danh_muc_TTHC_sua.xlsx");
      expect(await page.getByTestId("catalogue-import-inserted").textContent()).toBe("0");
      expect(await page.getByTestId("catalogue-import-updated").textContent()).toBe("1");
      expect(await page.getByTestId("catalogue-import-unchanged").textContent()).toBe("1");
      await dialog(page).locator(".ant-modal-footer").getByRole("button", { name: "Đóng" }).click();
      await expect.poll(() => catalogueTotal(page)).toBe(before + 2);
      await page.getByLabel("Tìm thủ tục").fill("thu tuc kiem thu");
      await expect.poll(() => page.getByTestId("catalogue-found").textContent()).toBe("Tìm thấy 2 thủ tục");
      expect(await catalogue.textContent()).toContain("Thủ tục kiểm thử thứ hai (sửa đổi)");

      // Phản ánh, kiến nghị: add one past its deadline and unanswered.
      await openTab(page, "Phản ánh, kiến nghị");
      expect(page.url()).toContain("#/ho-so/pakn");
      const pakn = page.getByTestId("pakn-table");
      await expect.poll(() => pakn.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
      // Sửa and Xóa of every row stay whole inside the table at 1366 px, however wide its columns.
      const tableRight = (await pakn.locator(".ant-table-container").boundingBox())!;
      for (const button of await pakn.getByRole("button", { name: /^(Sửa|Xóa)/ }).all()) {
        const box = (await button.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(tableRight.x + tableRight.width);
      }
      await noPageOverflow(page);
      await page.getByRole("button", { name: "Thêm phản ánh, kiến nghị" }).click();
      await dialog(page).getByLabel("Số/Mã").fill("PAKN-KT-001");
      await typeDate(dialog(page).getByLabel("Ngày tiếp nhận"), "01/10/2025");
      await typeDate(dialog(page).getByLabel("Hạn xử lý"), "03/10/2025");
      await dialog(page).getByLabel("Thủ tục bị phản ánh").fill("Đăng ký khai sinh");
      await dialog(page).getByLabel("Người gửi").fill("Lê Thị Kiểm Thử");
      await dialog(page).getByLabel("Nội dung phản ánh, kiến nghị").fill("Phản ánh thử: chưa nhận được kết quả đúng hẹn");
      await settledScreenshot(page, "ho-so-pakn-them");
      await dialog(page).getByRole("button", { name: "Lưu" }).click();
      await dialog(page).waitFor({ state: "hidden" });
      await page.getByLabel("Tìm phản ánh, kiến nghị").fill("le thi kiem thu");
      await expect.poll(() => page.getByTestId("pakn-summary").textContent()).toBe("Tìm thấy 1 phản ánh, kiến nghị · 0 đã giải quyết · 0 đang xử lý · 1 quá hạn");
      const paknCells = await pakn.locator("tbody tr.ant-table-row").first().locator("td").allTextContents();
      expect(paknCells.slice(0, 9)).toEqual([
        "PAKN-KT-001",
        "01/10/2025",
        "03/10/2025",
        "–",
        "Đăng ký khai sinh",
        "Hộ tịch",
        "Lê Thị Kiểm Thử",
        "Phản ánh thử: chưa nhận được kết quả đúng hẹn",
        "Quá hạn",
      ]);
      await page.getByLabel("Tìm phản ánh, kiến nghị").fill("");
      await expect.poll(() => page.getByTestId("pakn-summary").textContent()).not.toContain("Tìm thấy");
      await settledScreenshot(page, "ho-so-pakn");

      // Mức độ hài lòng: one round under the 95 % target, and land at 91 %, above its 90 % target.
      await openTab(page, "Mức độ hài lòng");
      expect(page.url()).toContain("#/ho-so/hai-long");
      const rounds = page.getByTestId("satisfaction-table");
      await expect.poll(() => rounds.textContent()).toMatch(/\d+,\d{2} %/);
      await noPageOverflow(page);
      for (const [field, satisfied] of [
        ["Lĩnh vực kiểm thử", "90"],
        ["Đất đai", "91"],
      ] as const) {
        await page.getByRole("button", { name: "Thêm kết quả đo lường" }).click();
        await typeDate(dialog(page).getByLabel("Từ ngày"), "01/01/2026");
        await typeDate(dialog(page).getByLabel("Đến ngày"), "31/01/2026");
        await dialog(page).getByLabel("Lĩnh vực").fill(field);
        if (field !== "Đất đai") {
          // A number the field cannot take is refused with a message, never rounded or replaced by the last one.
          for (const [typed, said] of [
            ["1,5", "Số lượt đánh giá phải là số nguyên (nhận được 1,5)."],
            ["abc", "Số lượt đánh giá: “abc” không phải là một số"],
          ] as const) {
            await dialog(page).getByLabel("Số lượt đánh giá").fill(typed);
            await dialog(page).getByRole("button", { name: "Lưu" }).click();
            await expect.poll(() => dialog(page).textContent()).toContain(said);
            expect(await dialog(page).getByLabel("Số lượt đánh giá").inputValue()).toBe(typed);
          }
        }
        await dialog(page).getByLabel("Số lượt đánh giá").fill("100");
        await dialog(page).getByLabel("Số hài lòng").fill(satisfied);
        await expect.poll(() => dialog(page).textContent()).toContain(`Tỷ lệ hài lòng: ${satisfied},00 %`);
        if (field !== "Đất đai") await settledScreenshot(page, "ho-so-hai-long-them");
        await dialog(page).getByRole("button", { name: "Lưu" }).click();
        await dialog(page).waitFor({ state: "hidden" });
      }
      const under = rounds.locator("tbody tr.ant-table-row", { hasText: "Lĩnh vực kiểm thử" });
      await expect.poll(async () => (await under.locator("td").allTextContents()).slice(0, 3)).toEqual(["01/01/2026", "31/01/2026", "Lĩnh vực kiểm thử"]);
      expect(await under.textContent()).toContain("90,00 %Dưới mục tiêu");
      const land = rounds.locator("tbody tr.ant-table-row", { hasText: "31/01/2026" }).filter({ hasText: "Đất đai" });
      expect(await land.textContent()).toContain("91,00 %");
      expect(await land.textContent()).not.toContain("Dưới mục tiêu");
      expect(await page.getByTestId("satisfaction-note").textContent()).toContain("Mục tiêu: từ 95 % trở lên; lĩnh vực Đất đai từ 90 % trở lên.");
      await settledScreenshot(page, "ho-so-hai-long");

      // A province template with other targets: the screens judge the rounds by it, as the report does.
      await useTemplateWithTargets(page, { "tthc.hai_long.ty_le": 88, "tthc.hai_long.dat_dai_ty_le": 92.5 });
      await page.reload();
      await expect.poll(() => page.getByTestId("satisfaction-note").textContent()).toContain("Mục tiêu: từ 88 % trở lên; lĩnh vực Đất đai từ 92,5 % trở lên.");
      await expect.poll(() => under.textContent()).toContain("90,00 %");
      expect(await under.textContent()).not.toContain("Dưới mục tiêu");
      expect(await land.textContent()).toContain("91,00 %Dưới mục tiêu");

      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
