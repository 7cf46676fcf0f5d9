import path from "node:path";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { newPage, screenshot, serve, useBrowser } from "./harness";
import { keepScreenshot, noPageOverflow, settledScreenshot } from "./ui";

const tempDir = useTempDir("cchc-e2e-");
const browser = useBrowser();

describe("browser mode: the app shell over `cchc serve`", () => {
  it("shows the unit and the next reports due with their windows and deadlines", async () => {
    const db = path.join(tempDir(), "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong", "--province-name", "Thành phố Hải Phòng"]).status).toBe(0);
    expect(cchc(["demo", "--db", db, "--seed", "7", "--until", "2025-10-06"]).status).toBe(0);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      await page.goto(server.url);
      await expect.poll(() => page.getByTestId("unit-name").textContent()).toBe("Xã Cẩm Giang");
      await expect.poll(() => page.getByTestId("header-unit-name").textContent()).toContain("Xã Cẩm Giang");
      const upcoming = page.getByTestId("upcoming-reports");
      await upcoming.waitFor();
      const text = (await upcoming.textContent()) ?? "";
      for (const s of ["Quý I năm", "15/12/", "/03/", "Hạn gửi"]) expect(text).toContain(s);
      expect(await page.getByText("Kỳ báo cáo sắp tới").count()).toBeGreaterThan(0);
      // Each report says where it stands and what to do; the figures stand beside last year's; the charts are labelled pictures.
      expect(text).toMatch(/Số liệu (thiếu|đủ)|Đã xuất|Đã gửi/);
      expect(await page.getByTestId("overview-figures").textContent()).toContain("Cùng kỳ");
      expect(await page.getByRole("img", { name: /Tỷ lệ giải quyết đúng hạn theo tháng/ }).count()).toBe(1);
      await noPageOverflow(page);
      await settledScreenshot(page, "tong-quan-2025");
    } finally {
      await server.stop();
    }
  });

  it("sets up a new unit from Cài đặt, and the header follows", async () => {
    const db = path.join(tempDir(), "moi.sqlite");
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      await page.goto(server.url);
      // The first-run set-up comes first; "Để sau" leaves it for Cài đặt.
      await page.getByRole("button", { name: "Để sau – thiết lập trong Cài đặt" }).click();
      await page.getByText("Chưa thiết lập đơn vị", { exact: false }).first().waitFor();
      await screenshot(page, "tong-quan-chua-thiet-lap");
      await page.getByRole("link", { name: "Cài đặt", exact: true }).click();
      await page.getByLabel("Tên đơn vị").fill("Phường Vị Khê");
      await page.getByLabel("Loại đơn vị").click();
      await page.locator(".ant-select-item-option", { hasText: "Phường" }).click();
      await page.getByLabel("Quy định báo cáo của tỉnh").click();
      await page.locator(".ant-select-item-option", { hasText: "Phường Vị Khê" }).click();
      await page.getByRole("button", { name: "Lưu thay đổi" }).click();
      await expect.poll(() => page.getByTestId("header-unit-name").textContent()).toContain("Phường Vị Khê");
      const fieldValues = () => page.getByRole("textbox").evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
      await expect.poll(fieldValues).toContain("Phòng Kinh tế, Hạ tầng và Đô thị");
      await settledScreenshot(page, "cai-dat");
      keepScreenshot("cai-dat");
      // A backup now, listed with why it was taken and the command that restores it.
      const backups = page.getByTestId("backup-list");
      await page.getByRole("button", { name: "Sao lưu ngay" }).click();
      await expect.poll(() => backups.textContent(), { timeout: 15_000 }).toContain("sao lưu do người dùng yêu cầu");
      expect(await backups.textContent()).toMatch(/cchc-\d{8}-\d{6}-tay\.sqlite/);
      await page.getByTestId("backup-card").scrollIntoViewIfNeeded();
      await settledScreenshot(page, "cai-dat-sao-luu");
      keepScreenshot("cai-dat-sao-luu");
      await page.getByRole("link", { name: "Tổng quan", exact: true }).click();
      await expect.poll(() => page.getByTestId("unit-name").textContent()).toBe("Phường Vị Khê");
      const text = (await page.getByTestId("upcoming-reports").textContent()) ?? "";
      expect(text).toMatch(/14\/(03|06|09|12)\//);
    } finally {
      await server.stop();
    }
  });
});
