import path from "node:path";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { eventually, keepScreenshot, settledScreenshot, textOf } from "./ui";

const tempDir = useTempDir("cchc-e2e-mat-khau-");
const browser = useBrowser();
const PASSPHRASE = "Cẩm Giang @ 2025";

describe("a passphrase on the data", () => {
  it("is set in Cài đặt, and the next start asks for it before showing anything", async () => {
    const db = path.join(tempDir(), "xa.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong", "--province-name", "Thành phố Hải Phòng"]).status).toBe(0);
    const first = await serve(db);
    try {
      const page = await newPage(browser());
      const errors = recordPageErrors(page);
      await page.goto(`${first.url}#/cai-dat`);
      const card = page.getByTestId("passphrase-card");
      await card.getByLabel("Mật khẩu", { exact: true }).fill(PASSPHRASE);
      await card.getByLabel("Nhập lại mật khẩu").fill("Cẩm Giang 2025");
      await card.getByRole("button", { name: "Đặt mật khẩu" }).click();
      await eventually(() => card.textContent()).toContain("Hai lần nhập mật khẩu không giống nhau.");
      await card.getByLabel("Nhập lại mật khẩu").fill(PASSPHRASE);
      await card.getByRole("button", { name: "Đặt mật khẩu" }).click();
      await eventually(() => card.textContent()).toContain("đang được mã hóa bằng mật khẩu");
      await card.scrollIntoViewIfNeeded();
      await settledScreenshot(page, "cai-dat-mat-khau");
      keepScreenshot("cai-dat-mat-khau");
      expect(errors).toEqual([]);
    } finally {
      await first.stop();
    }

    const second = await serve(db);
    try {
      const page = await newPage(browser());
      await page.goto(second.url);
      const unlock = page.getByTestId("unlock-screen");
      await unlock.waitFor();
      expect(await page.getByTestId("header-unit-name").count()).toBe(0);
      await page.getByLabel("Mật khẩu").fill("cẩm giang @ 2025");
      await page.getByRole("button", { name: "Mở khóa" }).click();
      await eventually(() => textOf(page, "unlock-error")).toMatch(/^Mật khẩu không đúng/);
      await settledScreenshot(page, "mo-khoa");
      keepScreenshot("mo-khoa");
      await page.getByLabel("Mật khẩu").fill(PASSPHRASE);
      await page.getByRole("button", { name: "Mở khóa" }).click();
      await eventually(() => textOf(page, "header-unit-name")).toContain("Xã Cẩm Giang");

      // The data of another PC, under that PC's own passphrase: the app asks for it, then restores.
      const other = path.join(tempDir(), "may-cu.sqlite");
      const brought = path.join(tempDir(), "tu-may-cu.sqlite");
      expect(cchc(["init", "--db", other, "--unit", "Phường Vị Khê", "--province", "vi-khe"]).status).toBe(0);
      expect(cchc(["passphrase", "--db", other], { CCHC_MAT_KHAU_MOI: "Máy cũ của phường" }).status).toBe(0);
      expect(cchc(["backup", "--db", other, "--out", brought], { CCHC_MAT_KHAU: "Máy cũ của phường" }).status).toBe(0);
      await page.goto(`${second.url}#/cai-dat`);
      await page.getByLabel("Chọn tệp dữ liệu xuất từ máy cũ (.sqlite)").setInputFiles(brought);
      await page.getByRole("dialog", { name: "Khôi phục dữ liệu?" }).getByRole("button", { name: "Khôi phục", exact: true }).click();
      const ask = page.getByRole("dialog", { name: "Nhập mật khẩu của bản sao lưu" });
      await ask.getByLabel("Mật khẩu của bản sao lưu").fill("Máy cũ của phường");
      await settledScreenshot(page, "cai-dat-khoi-phuc-mat-khau");
      keepScreenshot("cai-dat-khoi-phuc-mat-khau");
      await ask.getByRole("button", { name: "Khôi phục", exact: true }).click();
      const done = page.getByRole("dialog", { name: "Đã khôi phục dữ liệu" });
      await done.waitFor({ timeout: 20_000 });
      await done.getByRole("button", { name: "Tải lại ứng dụng" }).click();
      // The restored data still opens with this PC's passphrase (the page is already unlocked in this session).
      await expect.poll(() => textOf(page, "header-unit-name"), { timeout: 45_000 }).toContain("Phường Vị Khê");
    } finally {
      await second.stop();
    }
  });
});
