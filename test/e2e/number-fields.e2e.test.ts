import path from "node:path";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { dialog, openTab } from "./ui";

const tempDir = useTempDir("cchc-e2e-o-so-");
const browser = useBrowser();

describe("browser mode: number fields of a register", () => {
  it("reads a year and a count through the one parser, refusing what it cannot read instead of rounding or keeping the last value", async () => {
    const db = path.join(tempDir(), "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);
      await page.goto(`${server.url}#/du-lieu`);
      await openTab(page, "Cán bộ, công chức");
      await page.locator(".ant-segmented-item", { hasText: "Chỉ tiêu biên chế" }).click();
      await page.getByRole("button", { name: "Thêm chỉ tiêu biên chế" }).click();
      const year = dialog(page).getByLabel("Năm", { exact: true });
      const quota = dialog(page).getByLabel("Số biên chế được giao");
      await quota.fill("24");
      for (const [typed, said] of [
        ["2025,5", "Năm phải là số nguyên (nhận được 2025,5)."],
        ["năm nay", "Năm: “năm nay” không phải là một số (viết kiểu 2025)."],
        ["1999", "Năm không được nhỏ hơn 2000 (nhận được 1999)."],
      ] as const) {
        await year.fill(typed);
        await dialog(page).getByRole("button", { name: "Lưu" }).click();
        await expect.poll(() => dialog(page).textContent()).toContain(said);
        expect(await year.inputValue()).toBe(typed);
      }
      await quota.fill("abc");
      await dialog(page).getByRole("button", { name: "Lưu" }).click();
      await expect.poll(() => dialog(page).textContent()).toContain("Số biên chế được giao: “abc” không phải là một số");
      await quota.fill("24");
      await year.fill("2025");
      await dialog(page).getByRole("button", { name: "Lưu" }).click();
      await dialog(page).waitFor({ state: "hidden" });
      await expect.poll(() => page.getByTestId("quotas-table").locator("tbody tr.ant-table-row").first().locator("td").first().textContent()).toBe("2025");
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
