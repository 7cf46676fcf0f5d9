import path from "node:path";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { programText } from "../fixtures/program-words";
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
      expect(programText(await page.getByTestId(table).innerText())).toEqual([]);

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

  it("words a file marked sent as the outbox does, and keeps its checksum behind Chi tiết", async () => {
    const db = path.join(tempDir(), "x.sqlite");
    expect(cchc(["demo", "--db", db, "--until", "2025-12-31"]).status).toBe(0);
    expect(cchc(["export", "phu-luc-3", "--db", db, "--period", "2025-Q3", "--out", path.join(tempDir(), "phu-luc-3.xlsx")]).status).toBe(0);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);
      await page.goto(`${server.url}#/hop-thu-di`);
      const outbox = page.getByTestId("outbox-table");
      await eventually(() => outbox.locator("tbody tr").count()).toBeGreaterThanOrEqual(1);
      expect(programText(await outbox.innerText())).toEqual([]);
      const row = outbox.locator("tbody tr").first();
      await row.getByRole("button", { name: "Chi tiết" }).click();
      await eventually(async () => (await outbox.textContent()) ?? "").toMatch(/Mã kiểm tra \(SHA-256\) khi xuất: [0-9a-f]{64}/);
      await row.getByRole("button", { name: "Đã gửi…" }).click();
      const sentDialog = page.getByRole("dialog").filter({ hasText: "Đánh dấu đã gửi" });
      await sentDialog.getByLabel("Ghi chú").fill("Gửi Phòng Nội vụ");
      await sentDialog.getByRole("button", { name: "Lưu" }).click();
      await eventually(() => row.textContent()).toContain("Đã gửi");

      await page.goto(`${server.url}#/nhat-ky`);
      const table = "audit-table";
      await eventually(() => textOf(page, table)).toContain("Hộp thư đi");
      const sent = (await page.getByTestId(table).locator("tbody tr").filter({ hasText: "Hộp thư đi" }).first().textContent()) ?? "";
      expect(sent).toContain("Trạng thái: Chờ gửi → Đã gửi");
      expect(sent).toContain("Gửi qua: Hệ thống báo cáo");
      expect(programText(await page.getByTestId(table).innerText())).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
