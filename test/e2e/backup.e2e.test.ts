import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { eventually, keepScreenshot, settledScreenshot, textOf } from "./ui";

const tempDir = useTempDir("cchc-e2e-sao-luu-");
const browser = useBrowser();

async function renameUnit(page: Page, name: string): Promise<void> {
  await page.getByLabel("Tên đơn vị").fill(name);
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await eventually(() => textOf(page, "header-unit-name")).toContain(name);
}

/** Confirms the restore, waits for the success dialog and reloads as the clerk would. */
async function confirmRestore(page: Page, screenshotName?: string): Promise<void> {
  const asked = page.getByRole("dialog", { name: "Khôi phục dữ liệu?" });
  await asked.waitFor();
  if (screenshotName) {
    await settledScreenshot(page, screenshotName);
    keepScreenshot(screenshotName);
  }
  await asked.getByRole("button", { name: "Khôi phục", exact: true }).click();
  // A restore checks the copy, every attached file and the schema, then compacts a whole-data file: seconds alone, more beside another browser test.
  const answer = page.getByRole("dialog", { name: /^(Đã khôi phục dữ liệu|Chưa khôi phục được)$/ });
  await answer.waitFor({ timeout: 60_000 });
  expect(await answer.textContent()).toContain("Đã khôi phục dữ liệu");
  await answer.getByRole("button", { name: "Tải lại ứng dụng" }).click();
}

/** The header after the reload: polled, since on a busy machine the reload and the first calls take a while. */
const headerAfterReload = (page: Page) => expect.poll(() => textOf(page, "header-unit-name"), { timeout: 45_000 });

describe("backups from Cài đặt", () => {
  it("restores a kept backup and undoes it, inside the running app", async () => {
    const db = path.join(tempDir(), "xa.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong", "--province-name", "Thành phố Hải Phòng"]).status).toBe(0);
    const server = await serve(db, "Nguyễn Thị Hương");
    try {
      const page = await newPage(browser());
      const errors = recordPageErrors(page);
      await page.goto(`${server.url}#/cai-dat`);
      const backups = page.getByTestId("backup-list");
      await page.getByRole("button", { name: "Sao lưu ngay" }).click();
      await eventually(() => backups.textContent()).toContain("sao lưu do người dùng yêu cầu");

      await renameUnit(page, "Xã Cẩm Giang Mới");
      await backups.getByRole("listitem").filter({ hasText: "sao lưu do người dùng yêu cầu" }).getByRole("button", { name: "Khôi phục…" }).click();
      await confirmRestore(page, "cai-dat-khoi-phuc");
      await headerAfterReload(page).toMatch(/^Xã Cẩm Giang(?! Mới)/);

      // The data as it was before the restore is a backup of its own: restoring it undoes the restore.
      await page.getByTestId("backup-card").scrollIntoViewIfNeeded();
      const undo = backups.getByRole("listitem").filter({ hasText: "trước khi khôi phục (để hoàn tác)" });
      await undo.getByRole("button", { name: "Khôi phục…" }).click();
      await confirmRestore(page);
      await headerAfterReload(page).toContain("Xã Cẩm Giang Mới");
      expect(errors).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it("moves the whole data to a new PC through one file", async () => {
    const oldDb = path.join(tempDir(), "may-cu.sqlite");
    expect(cchc(["init", "--db", oldDb, "--unit", "Phường Vị Khê", "--province", "hai-phong", "--province-name", "Thành phố Hải Phòng"]).status).toBe(0);
    const moved = path.join(tempDir(), "du-lieu-chuyen-may.sqlite");
    const oldPc = await serve(oldDb);
    try {
      const page = await newPage(browser());
      await page.goto(`${oldPc.url}#/cai-dat`);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất toàn bộ dữ liệu…" }).click()]);
      expect(download.suggestedFilename()).toMatch(/^cchc-\d{8}-\d{6}-tay\.sqlite$/);
      await download.saveAs(moved);
    } finally {
      await oldPc.stop();
    }

    const newPc = await serve(path.join(tempDir(), "may-moi.sqlite"));
    try {
      const page = await newPage(browser());
      await page.goto(`${newPc.url}#/cai-dat`);
      // A new PC opens on the first-run set-up; "Để sau" leads to Cài đặt, where the data is restored.
      await page.getByRole("button", { name: "Để sau – thiết lập trong Cài đặt" }).click();
      await page.getByText("Chưa thiết lập đơn vị", { exact: false }).first().waitFor();
      await page.getByLabel("Chọn tệp dữ liệu xuất từ máy cũ (.sqlite)").setInputFiles(moved);
      await confirmRestore(page);
      await headerAfterReload(page).toContain("Phường Vị Khê");
    } finally {
      await newPc.stop();
    }
  });
});
