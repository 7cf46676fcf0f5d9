import path from "node:path";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { plainDossierRow, writeOddExport } from "../fixtures/odd-dossier-exports";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { choose, eventually, keepScreenshot, noPageOverflow, openTab, settledScreenshot, textOf } from "./ui";

const tempDir = useTempDir("cchc-e2e-nhap-tong-cong-");
const browser = useBrowser();

describe("browser mode: importing another system's export that ends in a count-only row", () => {
  it("lists the totals row as skipped, lets a value's rows be skipped, shows dates as dd/MM/yyyy HH:mm and warns of another commune", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    // Rows 4–8: five dossiers with Excel date cells, one of them "Lưu tạm"; row 9: "5 hồ sơ" in the status column.
    const file = await writeOddExport(dir, {
      title: ["UBND XÃ AN LÃO", "DANH SÁCH HỒ SƠ TIẾP NHẬN THÁNG 11/2024"],
      rows: [plainDossierRow(1), plainDossierRow(2), plainDossierRow(3, "Lưu tạm"), plainDossierRow(4), plainDossierRow(5), [null, null, null, null, null, null, null, "5 hồ sơ", null]],
      fileName: "DS_ho_so_An_Lao.xlsx",
    });
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);
      await page.goto(`${server.url}#/ho-so`);
      await openTab(page, "Nhập từ Excel");
      await page.getByTestId("import-upload").locator("input[type=file]").setInputFiles(file);
      await page.getByTestId("import-preview").waitFor();

      // What the file holds: five dossiers, the totals row left out and listed, another commune named, dates as the clerk wrote them.
      expect(await textOf(page, "import-preview")).toMatch(/Số dòng dữ liệu: ?5/);
      expect(await textOf(page, "import-skipped")).toBe("Bỏ qua 1 dòng tổng cộng (dòng 9).");
      expect(await textOf(page, "import-other-unit")).toContain("Tệp này ghi đơn vị “UBND XÃ AN LÃO”, khác đơn vị đang dùng “Xã Cẩm Giang”.");
      const sample = page.locator(".ant-table-tbody").last();
      expect(await sample.textContent()).toContain("02/11/2024 11:49");
      expect(await sample.textContent()).toContain("05/11/2024 17:00");
      expect(await sample.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      await noPageOverflow(page);
      await settledScreenshot(page, "ho-so-nhap-xem-truoc");
      keepScreenshot("ho-so-nhap-xem-truoc");
      await page.getByText("Các dòng đầu của tệp").scrollIntoViewIfNeeded();
      await settledScreenshot(page, "ho-so-nhap-dong-dau");
      await page.getByRole("button", { name: "Tiếp tục" }).click();

      // The one unknown status is "Lưu tạm", never "5 hồ sơ"; skipping its rows is a choice like any other.
      const value = page.getByRole("combobox", { name: "Trạng thái “Lưu tạm” nghĩa là" });
      await value.waitFor();
      expect(await page.getByRole("combobox", { name: /nghĩa là/ }).count()).toBe(1);
      const next = page.getByRole("button", { name: "Tiếp tục" });
      expect(await next.isDisabled()).toBe(true);
      await choose(page, value, "Bỏ qua những dòng này");
      await eventually(() => next.isDisabled()).toBe(false);
      await settledScreenshot(page, "ho-so-nhap-gia-tri");
      await next.click();

      // Another commune's file is imported only once the clerk says so; the dry run lists both kinds of skipped rows.
      const importButton = page.getByRole("button", { name: "Nhập vào dữ liệu" });
      await importButton.waitFor();
      expect(await importButton.isDisabled()).toBe(true);
      await settledScreenshot(page, "ho-so-nhap-don-vi-khac");
      await page.getByRole("button", { name: "Thử trước, không ghi" }).click();
      const result = page.getByTestId("import-result");
      await eventually(() => result.textContent()).toContain("chưa ghi gì");
      expect(await textOf(page, "import-inserted")).toBe("4");
      expect(await result.getByTestId("import-skipped").textContent()).toBe("Bỏ qua 1 dòng tổng cộng (dòng 9).Bỏ qua 1 dòng có trạng thái “Lưu tạm” (dòng 6).");
      await page.getByRole("checkbox", { name: /vẫn nhập tệp của “UBND XÃ AN LÃO” vào dữ liệu của “Xã Cẩm Giang”/ }).check();
      await importButton.click();
      await eventually(() => result.textContent()).toContain("Đã nhập xong");
      expect(await textOf(page, "import-inserted")).toBe("4");
      expect(await textOf(page, "import-rejected")).toBe("0");
      await settledScreenshot(page, "ho-so-nhap-bo-qua");
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
