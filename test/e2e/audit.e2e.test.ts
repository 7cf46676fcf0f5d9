import path from "node:path";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { eventually, keepScreenshot, noPageOverflow, settledScreenshot, textOf } from "./ui";

const tempDir = useTempDir("cchc-e2e-nhat-ky-");
const browser = useBrowser();

describe("browser mode: Nhật ký thay đổi", () => {
  it("lists the changes newest first and narrows them by kind and by words without diacritics", async () => {
    const db = path.join(tempDir(), "x.sqlite");
    expect(cchc(["demo", "--db", db, "--until", "2026-01-31"]).status).toBe(0);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);
      await page.goto(`${server.url}#/nhat-ky`);
      const table = "audit-table";
      await eventually(() => textOf(page, table)).toContain("Nhập tệp");
      expect(await textOf(page, table)).toContain("Lần nhập dữ liệu");

      await page.getByLabel("Loại dữ liệu").click();
      await page.locator(".ant-select-item-option").filter({ hasText: "Nội dung đề cương" }).click();
      await eventually(() => textOf(page, table)).toContain("Nội dung đề cương");
      expect(await textOf(page, table)).not.toContain("Lần nhập dữ liệu");

      await page.getByLabel("Tìm trong nhật ký").fill("dan van kheo");
      await page.getByLabel("Tìm trong nhật ký").press("Enter");
      await eventually(() => textOf(page, table)).toContain("Dân vận khéo");
      await eventually(() => page.getByText(/^\d+ thay đổi$/).textContent()).toMatch(/^[1-9]\d* thay đổi$/);
      await noPageOverflow(page);
      await settledScreenshot(page, "nhat-ky");
      keepScreenshot("nhat-ky");
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
