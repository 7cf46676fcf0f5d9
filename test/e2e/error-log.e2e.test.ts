import path from "node:path";
import { describe, expect, it } from "vitest";
import { errorLogFile, logUnexpectedError } from "../../core/error-log";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { eventually, keepScreenshot, settledScreenshot, textOf } from "./ui";

const tempDir = useTempDir("cchc-e2e-nhat-ky-loi-");
const browser = useBrowser();

describe("Cài đặt: the error log", () => {
  it("shows where the log is and copies its latest errors for support", async () => {
    const db = path.join(tempDir(), "xa.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    // An error the app met earlier, written as the dispatcher writes one.
    logUnexpectedError(db, { method: "dossiers.import", error: new TypeError("Cannot read properties of undefined (reading 'sheets')"), at: new Date() });
    const server = await serve(db, "Nguyễn Thị Hương");
    try {
      const page = await newPage(browser());
      const errors = recordPageErrors(page);
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
      await page.goto(`${server.url}#/cai-dat`);
      const card = page.getByTestId("error-log-card");
      await card.scrollIntoViewIfNeeded();
      await eventually(() => textOf(page, "error-log-file")).toBe(errorLogFile(db));
      expect(await textOf(page, "error-log-count")).toBe("1 lỗi gần nhất");
      await settledScreenshot(page, "cai-dat-nhat-ky-loi");
      keepScreenshot("cai-dat-nhat-ky-loi");

      await card.getByRole("button", { name: "Sao chép nhật ký lỗi" }).click();
      await eventually(() => page.locator(".ant-message").textContent()).toContain("Đã sao chép 1 lỗi gần nhất");
      const copied = await page.evaluate<string>("navigator.clipboard.readText()");
      expect(copied).toMatch(/^=== \S+ · dossiers\.import\nTypeError: Cannot read properties of undefined \(reading …\)\n {4}at /);
      expect(errors).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
