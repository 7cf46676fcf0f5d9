import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { eventually, noPageOverflow, settledScreenshot, textOf } from "./ui";

const tempDir = useTempDir("cchc-e2e-yen-");
const browser = useBrowser();

const VIEWPORT_WIDTH = 1366;

/** The text of the page's main area. */
const mainText = async (page: Page) => (await page.locator("main").textContent()) ?? "";

describe("browser mode: a new store is calm, the overdue dossiers say by how much", () => {
  it("shows nothing overdue on Tổng quan and Phòng ban of a store just made", async () => {
    const db = path.join(tempDir(), "xa.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);

      await page.goto(`${server.url}#/tong-quan`);
      await eventually(() => mainText(page)).toContain("Kỳ báo cáo sắp tới");
      expect(await page.getByTestId("overview-alerts").count()).toBe(0);
      expect(await mainText(page)).not.toMatch(/quá hạn \d/i);
      await settledScreenshot(page, "yen-tong-quan");

      await page.goto(`${server.url}#/phong-ban`);
      await eventually(() => textOf(page, "no-report-chosen")).toContain("Chưa có buổi kiểm tra nào được đặt");
      expect(await page.getByTestId("department-table").count()).toBe(0);
      expect(await mainText(page)).not.toContain("Quá hạn");
      await noPageOverflow(page);
      await settledScreenshot(page, "yen-phong-ban");
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it("opens from Tổng quan's alert the dossiers still pending past their due date, each with its days overdue, every column within 1366 px", async () => {
    const db = path.join(tempDir(), "xa.sqlite");
    expect(cchc(["demo", "--db", db, "--until", "2025-12-31"]).status).toBe(0);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);

      await page.goto(`${server.url}#/tong-quan`);
      await page.getByTestId("overview-alerts").getByRole("link", { name: "Xem các hồ sơ quá hạn" }).click();
      const table = page.getByTestId("dossier-table");
      const rows = table.locator(".ant-table-row");
      await eventually(() => rows.count()).toBeGreaterThan(3);
      await eventually(() => rows.first().textContent()).not.toContain("Đang tải");

      // Still pending on 31/12/2025 and never resolved since: every one is overdue by days counted to today.
      const overdue = rows.locator(".ant-table-cell:last-child");
      for (const cell of await overdue.allTextContents()) expect(cell).toMatch(/^[1-9][\d.]* ngày$/);

      const headers = await table.locator(".ant-table-thead th").allTextContents();
      for (const title of ["Mã hồ sơ · Người nộp", "Thủ tục · Lĩnh vực", "Trạng thái · Kênh", "Hạn trả", "Quá hạn"]) expect(headers).toContain(title);
      for (const th of await table.locator(".ant-table-thead th").all()) {
        const box = (await th.boundingBox())!;
        expect(box.x + box.width, (await th.textContent()) ?? "").toBeLessThanOrEqual(VIEWPORT_WIDTH);
      }
      await noPageOverflow(page);
      await settledScreenshot(page, "ho-so-qua-han");
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
