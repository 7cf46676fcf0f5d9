import path from "node:path";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { documentsWorkbook } from "../fixtures/register-files";
import { useTempDir } from "../helpers";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { dialog, openTab } from "./ui";

const tempDir = useTempDir("cchc-e2e-nhap-so-");
const browser = useBrowser();

describe("browser mode: importing a register from Excel", () => {
  it("drops a trial run's counts once the import they were counted against is undone", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    const file = await documentsWorkbook(dir);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);
      await page.goto(`${server.url}#/du-lieu`);
      await openTab(page, "Văn bản");
      await page.getByRole("button", { name: "Nhập từ Excel" }).click();
      const upload = () => dialog(page).getByTestId("register-import-upload").locator("input[type=file]").setInputFiles(file);
      const result = dialog(page).getByTestId("register-import-result");

      await upload();
      await dialog(page).getByRole("button", { name: "Nhập vào sổ" }).click();
      await expect.poll(() => result.textContent()).toContain("Đã nhập xong");
      await dialog(page).getByRole("button", { name: "Nhập tệp khác" }).click();

      // Tried again, the same file would add nothing: every row is already in the register.
      await upload();
      await dialog(page).getByRole("button", { name: "Thử trước, không ghi" }).click();
      await expect.poll(() => result.textContent()).toContain("chưa ghi gì");
      expect(await dialog(page).getByTestId("register-import-inserted").textContent()).toBe("0");

      // Undoing the first import makes those counts wrong: they leave the screen, the file stays ready to try again.
      await dialog(page)
        .getByRole("button", { name: /^Hoàn tác lần nhập tệp/ })
        .click();
      await page.locator(".ant-popconfirm").getByRole("button", { name: "Hoàn tác" }).click();
      await expect.poll(() => dialog(page).getByTestId("register-last-import").textContent()).toContain("đã hoàn tác lúc");
      await expect.poll(() => result.count()).toBe(0);
      await dialog(page).getByRole("button", { name: "Thử trước, không ghi" }).click();
      await expect.poll(() => dialog(page).getByTestId("register-import-inserted").textContent()).toBe("5");
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
