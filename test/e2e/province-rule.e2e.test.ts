import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { seriousViolations } from "./axe";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { choose, eventually, keepScreenshot, noPageOverflow, settledScreenshot, textOf } from "./ui";

const tempDir = useTempDir("cchc-e2e-quy-dinh-tinh-");
const browser = useBrowser();

const ruleDialog = (page: Page) => page.getByRole("dialog", { name: "Tỉnh khác: quy định báo cáo theo văn bản của tỉnh" });
const preview = (page: Page) => page.getByTestId("province-rule-preview");
const profileSelect = (page: Page) => page.getByRole("combobox", { name: "Quy định báo cáo của tỉnh" });

async function openReportQ1(page: Page, year: string): Promise<void> {
  await page.getByRole("link", { name: "Báo cáo", exact: true }).click();
  await page.getByText("Quý I", { exact: true }).click();
  const yearBox = page.getByLabel("Năm báo cáo");
  await yearBox.click();
  await yearBox.fill(year);
  await yearBox.press("Enter");
  await yearBox.press("Escape");
}

describe("Cài đặt: a province not listed, its rule stated in the words of its letter", () => {
  it("previews the four windows as the clerk types, keeps the rule as a file the report uses, and hands it on", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Minh Châu", "--province", "hai-phong"]).status).toBe(0);
    const server = await serve(db, "Lê Thị Hoa");
    try {
      const page = await newPage(browser());
      const errors = recordPageErrors(page);
      await page.goto(`${server.url}#/cai-dat`);
      await choose(page, profileSelect(page), "Tỉnh khác…");
      const form = ruleDialog(page);
      await form.waitFor();

      // A day not in every last month is refused, in words, before anything is kept.
      await form.getByLabel("Tên tỉnh/thành phố").fill("Hà Nội");
      await form.getByLabel("Số liệu tính đến ngày").fill("31");
      await eventually(() => form.textContent()).toContain("Ngày chốt số liệu 31 không có trong tháng 6 và tháng 9");
      expect(await preview(page).textContent()).toContain("Nhập đủ ngày chốt số liệu và hạn gửi để xem các kỳ báo cáo.");

      const year = new Date().getFullYear();
      await form.getByLabel("Số liệu tính đến ngày").fill("15");
      await form.getByLabel("Ước đạt đến ngày (nếu có)").fill("20");
      await form.getByLabel("Gửi báo cáo trước ngày").fill("22");
      await form.getByLabel("Nơi nhận báo cáo").fill("Sở Nội vụ thành phố Hà Nội");
      const row = (kind: string) => preview(page).locator(`tr[data-row-key="${year}-${kind}"]`);
      await eventually(() => row("Q1").textContent()).toBe(`Quý I năm ${year}21/12/${year - 1}15/03/${year}20/03/${year}22/03/${year}`);
      expect(await row("Q3").textContent()).toBe(`Quý III năm ${year}21/06/${year}15/09/${year}20/09/${year}22/09/${year}`);
      // From 01/01 instead: the cumulative reports follow as the choice changes.
      await form.getByLabel("Ngày 01/01 của năm báo cáo").check();
      await eventually(() => row("Y").textContent()).toBe(`Năm ${year}01/01/${year}15/12/${year}20/12/${year}22/12/${year}`);
      await form.getByLabel("Tháng 12 năm trước (cộng dồn, tiếp theo kỳ trước)").check();
      await eventually(() => row("Y").textContent()).toBe(`Năm ${year}21/12/${year - 1}15/12/${year}20/12/${year}22/12/${year}`);

      expect(await seriousViolations(page)).toEqual([]);
      await noPageOverflow(page);
      await settledScreenshot(page, "cai-dat-quy-dinh-tinh");
      keepScreenshot("cai-dat-quy-dinh-tinh");

      await form.getByRole("button", { name: "Lưu quy định" }).click();
      await form.waitFor({ state: "detached" });
      const file = path.join(dir, "ho-so-tinh", "ha-noi.json");
      await eventually(() => existsSync(file)).toBe(true);
      await eventually(() => page.getByText("Nơi nhận báo cáo: Sở Nội vụ thành phố Hà Nội").count()).toBe(1);
      await page.getByRole("button", { name: "Lưu thay đổi" }).click();
      await eventually(() => page.locator(".ant-message").textContent()).toContain("Đã lưu thông tin đơn vị.");

      // The report's period picker uses the rule.
      await openReportQ1(page, "2025");
      await eventually(() => textOf(page, "report-period")).toContain("Quý I năm 2025: Số liệu từ 21/12/2024 đến 15/03/2025");
      expect(await textOf(page, "report-period")).toMatch(/Ước đạt đến 20\/03\/2025.*Hạn gửi 22\/03\/2025/);

      // The file handed on to another commune, and one sent from another province opened.
      await page.getByRole("link", { name: "Cài đặt", exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Lưu tệp quy định (gửi xã khác)" }).click()]);
      expect(download.suggestedFilename()).toBe("quy-dinh-bao-cao-ha-noi.json");
      const handedOn = readFileSync(await download.path(), "utf8");
      expect(handedOn).toBe(readFileSync(file, "utf8"));
      const bacNinh = path.join(dir, "bac-ninh.json");
      writeFileSync(bacNinh, JSON.stringify({ ...JSON.parse(handedOn), id: "bac-ninh", name: "Bắc Ninh", recipient: "Sở Nội vụ tỉnh Bắc Ninh" }));
      await page.getByLabel("Tệp quy định báo cáo cần mở").setInputFiles(bacNinh);
      await eventually(() => page.getByText("Nơi nhận báo cáo: Sở Nội vụ tỉnh Bắc Ninh").count()).toBe(1);
      expect(existsSync(path.join(dir, "ho-so-tinh", "bac-ninh.json"))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
