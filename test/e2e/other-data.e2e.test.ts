import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { repoRoot, useTempDir } from "../helpers";
import { newPage, recordPageErrors, screenshotDir, serve, useBrowser } from "./harness";
import { choose, dialog, noPageOverflow, openTab, settledScreenshot, typeDate } from "./ui";

const tempDir = useTempDir("cchc-e2e-other-data-");
const browser = useBrowser();

const rowsOf = (page: Page, register: string) => page.getByTestId(`${register}-table`).locator("tbody tr.ant-table-row");

/** Every tab and every register in it, by the labels the screen shows. */
const REGISTERS: [tab: string, segment: string | null, register: string][] = [
  ["Kế hoạch CCHC", "Nhiệm vụ trong Kế hoạch CCHC", "plan_tasks"],
  ["Kế hoạch CCHC", "Nhiệm vụ tỉnh, thành phố giao", "assigned_tasks"],
  ["Cán bộ, công chức", "Danh sách", "staff"],
  ["Cán bộ, công chức", "Quá trình công tác", "staff_statuses"],
  ["Cán bộ, công chức", "Chỉ tiêu biên chế", "quotas"],
  ["Cán bộ, công chức", "Kỷ luật", "discipline"],
  ["Tiếp công dân", null, "receptions"],
  ["Khiếu nại, tố cáo", null, "complaints"],
  ["Văn bản", null, "documents"],
  ["Kiểm tra CCHC", null, "inspections"],
  ["Tuyên truyền", null, "communication"],
  ["VBQPPL", null, "legal_reviews"],
  ["Tài chính công", null, "finance"],
];

describe("browser mode: Dữ liệu khác", () => {
  it("adds, finds, edits and deletes a staff member; shows every register of a demo store", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    expect(cchc(["demo", "--db", db, "--seed", "7", "--until", "2025-10-09"]).status).toBe(0);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);

      // From the menu to the staff list of the demo commune.
      await page.goto(`${server.url}#/tong-quan`);
      await page.getByRole("link", { name: "Dữ liệu khác" }).first().click();
      await openTab(page, "Cán bộ, công chức");
      expect(page.url()).toContain("#/du-lieu/can-bo");
      const staff = rowsOf(page, "staff");
      await expect.poll(() => staff.count()).toBeGreaterThan(20);
      const total = await staff.count();

      // Add one through the form.
      await page.getByRole("button", { name: "Thêm cán bộ, công chức" }).click();
      await dialog(page).getByLabel("Họ và tên").fill("Nguyễn Văn Kiểm Thử");
      await typeDate(dialog(page).getByLabel("Ngày sinh"), "12/05/1990");
      await choose(page, dialog(page).getByLabel("Giới tính"), "Nam");
      await choose(page, dialog(page).getByLabel("Phòng ban, đơn vị"), "Văn phòng HĐND và UBND");
      await dialog(page).getByLabel("Chức vụ").fill("Chuyên viên");
      await choose(page, dialog(page).getByLabel("Trình độ chuyên môn"), "Thạc sĩ");
      await choose(page, dialog(page).getByLabel("Lý luận chính trị"), "Trung cấp");
      await typeDate(dialog(page).getByLabel("Ngày tuyển dụng, tiếp nhận"), "01/10/2025");
      await settledScreenshot(page, "du-lieu-can-bo-them");
      await dialog(page).getByRole("button", { name: "Lưu" }).click();
      await dialog(page).waitFor({ state: "hidden" });
      await expect.poll(() => staff.count()).toBe(total + 1);

      // Found by a search without diacritics.
      await page.getByLabel("Tìm cán bộ, công chức").fill("nguyen van kiem thu");
      await expect.poll(() => page.getByTestId("staff-summary").textContent()).toBe("Tìm thấy 1 cán bộ, công chức");
      const added = staff.first();
      expect(await added.locator("td").allTextContents()).toEqual([
        "Nguyễn Văn Kiểm Thử",
        "12/05/1990",
        "Văn phòng HĐND và UBND",
        "Chuyên viên",
        "Công chức",
        "Thạc sĩ",
        "Trung cấp",
        "Chưa ghi",
        "SửaXóa",
      ]);

      // Edit: the form opens with what was saved.
      await added.getByRole("button", { name: "Sửa cán bộ, công chức Nguyễn Văn Kiểm Thử" }).click();
      expect(await dialog(page).getByLabel("Họ và tên").inputValue()).toBe("Nguyễn Văn Kiểm Thử");
      await dialog(page).getByLabel("Chức vụ").fill("Phó Chánh Văn phòng");
      await typeDate(dialog(page).getByLabel("Ngày tuyển dụng, tiếp nhận"), "01/01/1980");
      await dialog(page).getByRole("button", { name: "Lưu" }).click();
      // The store's own check, said under its field before anything is sent.
      await expect.poll(() => dialog(page).textContent()).toContain("Ngày tuyển dụng, tiếp nhận phải sau Ngày sinh.");
      await typeDate(dialog(page).getByLabel("Ngày tuyển dụng, tiếp nhận"), "02/10/2025");
      await dialog(page).getByRole("button", { name: "Lưu" }).click();
      await dialog(page).waitFor({ state: "hidden" });
      await expect.poll(async () => (await added.locator("td").allTextContents())[3]).toBe("Phó Chánh Văn phòng");

      // A discipline decision for the new member, who is picked by name.
      await page.locator(".ant-segmented-item", { hasText: "Kỷ luật" }).click();
      expect(page.url()).toContain("#/du-lieu/can-bo/ky-luat");
      await page.getByRole("button", { name: "Thêm quyết định kỷ luật" }).click();
      await dialog(page).getByLabel("Người bị kỷ luật").fill("kiem thu");
      await page.locator(".ant-select-item-option", { hasText: "Nguyễn Văn Kiểm Thử – Phó Chánh Văn phòng" }).click();
      await choose(page, dialog(page).getByLabel("Hình thức kỷ luật"), "Khiển trách");
      await dialog(page).getByLabel("Số quyết định").fill("999/QĐ-UBND");
      await typeDate(dialog(page).getByLabel("Ngày quyết định"), "06/10/2025");
      await dialog(page).getByRole("button", { name: "Lưu" }).click();
      await dialog(page).waitFor({ state: "hidden" });
      await page.getByLabel("Tìm quyết định kỷ luật").fill("nguyen van kiem thu");
      await expect
        .poll(async () => (await rowsOf(page, "discipline").first().locator("td").allTextContents()).slice(0, 4))
        .toEqual(["Nguyễn Văn Kiểm Thử", "Khiển trách", "999/QĐ-UBND", "06/10/2025"]);
      await page.locator(".ant-segmented-item", { hasText: "Danh sách" }).click();
      await page.getByLabel("Tìm cán bộ, công chức").fill("nguyen van kiem thu");
      await expect.poll(() => page.getByTestId("staff-summary").textContent()).toBe("Tìm thấy 1 cán bộ, công chức");

      // Delete, after a question that says the history goes too.
      await added.getByRole("button", { name: "Xóa cán bộ, công chức Nguyễn Văn Kiểm Thử" }).click();
      const confirm = page.locator(".ant-popconfirm");
      await confirm.getByText("Xóa cán bộ, công chức Nguyễn Văn Kiểm Thử?").waitFor();
      expect(await confirm.textContent()).toContain("Quá trình công tác và các quyết định kỷ luật của người này cũng bị xóa.");
      await settledScreenshot(page, "du-lieu-can-bo-xoa");
      await confirm.getByRole("button", { name: "Xóa" }).click();
      await expect.poll(() => page.getByTestId("staff-summary").textContent()).toBe("Tìm thấy 0 cán bộ, công chức");
      await page.getByLabel("Tìm cán bộ, công chức").fill("");
      await expect.poll(() => staff.count()).toBe(total);
      await noPageOverflow(page);
      await settledScreenshot(page, "du-lieu-can-bo");
      await page.locator(".ant-segmented-item", { hasText: "Kỷ luật" }).click();
      await expect.poll(() => page.getByTestId("discipline-summary").textContent()).toMatch(/^\d+ quyết định kỷ luật$/);
      expect(await page.getByTestId("discipline-table").textContent()).not.toContain("Kiểm Thử");

      // Every register of the demo store opens with its rows and fits the screen.
      for (const [tab, segment, register] of REGISTERS) {
        await openTab(page, tab);
        if (segment) await page.locator(".ant-segmented-item", { hasText: segment }).click();
        await expect.poll(() => rowsOf(page, register).count(), { message: register }).toBeGreaterThan(0);
        await noPageOverflow(page);
        await settledScreenshot(page, `du-lieu-${register}`);
      }

      // The documents: the commune's outgoing register, dates and yes/no as a clerk reads them.
      await openTab(page, "Văn bản");
      expect(page.url()).toContain("#/du-lieu/van-ban");
      const documents = rowsOf(page, "documents");
      await expect.poll(() => documents.count()).toBeGreaterThan(0);
      const first = await documents.first().locator("td").allTextContents();
      expect(first[0]).toMatch(/^\d+\/.+/);
      expect(first[1]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(first[4]).toBe("Văn bản đi");
      await page.getByLabel("Tìm văn bản").fill("ke hoach cai cach hanh chinh");
      await expect.poll(() => page.getByTestId("documents-summary").textContent()).toMatch(/^Tìm thấy [1-9]\d* văn bản$/);
      await page.getByLabel("Tìm văn bản").fill("");
      await expect.poll(() => page.getByTestId("documents-summary").textContent()).not.toContain("Tìm thấy");
      await settledScreenshot(page, "du-lieu-van-ban");

      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }

    // The two screens the README shows.
    const docs = path.join(repoRoot, "docs", "screenshots");
    mkdirSync(docs, { recursive: true });
    for (const name of ["du-lieu-can-bo", "du-lieu-van-ban"]) copyFileSync(path.join(screenshotDir, `${name}.png`), path.join(docs, `${name}.png`));
  });
});
