import { execFileSync } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { repoRoot, useTempDir } from "../helpers";
import { newPage, recordPageErrors, screenshotDir, serve, useBrowser } from "./harness";
import { buttonTransition, choose, dialog, eventually, keepScreenshot, settledScreenshot, textOf, typeDate } from "./ui";

const tempDir = useTempDir("cchc-e2e-comfort-");
const browser = useBrowser();

/** The document the last "In danh sách" wrote into the hidden print frame (strings: this file has no DOM types). */
const printedHtml = (page: Page) => page.evaluate<string>("document.getElementById('print-frame')?.contentDocument?.documentElement.outerHTML ?? ''");
const clearPrint = (page: Page) => page.evaluate("document.getElementById('print-frame')?.contentDocument?.body?.replaceChildren()");
const printedRows = (html: string) => (html.split("<tbody>")[1] ?? "").match(/<tr>/g)?.length ?? 0;

/** The print document as a PDF (its own @page size), the first page rendered as a PNG at 60 dpi. */
async function printToPng(page: Page, html: string, name: string): Promise<string> {
  const view = await page.context().newPage();
  await view.setContent(html);
  const pdf = await view.pdf({ preferCSSPageSize: true, printBackground: true });
  await view.close();
  const pdfFile = path.join(screenshotDir, `${name}.pdf`);
  writeFileSync(pdfFile, pdf);
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdfFile, path.join(screenshotDir, name)]);
  return path.join(screenshotDir, `${name}.png`);
}

describe("browser mode: help, keyboard shortcuts, printing lists, Vietnamese numbers", () => {
  it("moves and opens help by keyboard, prints the filtered dossiers and a register, reads 1.234,5 as 1234.5", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong", "--province-name", "Thành phố Hải Phòng"]).status).toBe(0);
    expect(cchc(["demo", "--db", db, "--until", "2026-01-31"]).status).toBe(0);
    const server = await serve(db);
    try {
      // Animations on, as on most office PCs (the other browser tests run as a computer that asks for reduced motion).
      const page = await newPage(browser(), { motion: true });
      const pageErrors = recordPageErrors(page);
      await page.goto(`${server.url}#/tong-quan`);
      await page.getByRole("heading", { level: 1, name: "Tổng quan" }).waitFor();
      expect(await buttonTransition(page)).toMatch(/[1-9]/);
      expect(await page.getByRole("link", { name: "Hồ sơ TTHC" }).getAttribute("title")).toBe("Hồ sơ TTHC (Alt+2)");

      // Alt+2: the second section of the menu.
      await page.keyboard.press("Alt+2");
      await page.getByRole("heading", { level: 1, name: "Hồ sơ TTHC" }).waitFor();
      expect(new URL(page.url()).hash).toBe("#/ho-so");
      await eventually(() => textOf(page, "dossier-total")).toMatch(/^[\d.]+ hồ sơ$/);

      // F1: the help of this screen, with the shortcuts at its end.
      await page.getByRole("heading", { level: 1 }).click();
      await page.keyboard.press("F1");
      const help = page.getByRole("dialog", { name: "Hướng dẫn: Hồ sơ TTHC" });
      await help.waitFor();
      const helpText = (await help.textContent()) ?? "";
      expect(helpText).toContain("Hệ thống một cửa");
      expect(helpText).toContain("Lịch sử nhập");
      expect(helpText).toContain("Alt+1 … Alt+9");
      await settledScreenshot(page, "huong-dan");
      keepScreenshot("huong-dan");
      await page.keyboard.press("Escape");
      await help.waitFor({ state: "hidden" });
      // The button in the heading opens it as well.
      await page.getByRole("button", { name: "Hướng dẫn" }).click();
      await help.waitFor();
      await page.keyboard.press("Escape");
      await help.waitFor({ state: "hidden" });

      // "?": every shortcut.
      await page.keyboard.press("Shift+Slash");
      const shortcuts = page.getByRole("dialog", { name: "Phím tắt" });
      await shortcuts.waitFor();
      for (const keys of ["Alt+1 … Alt+9", "F1", "Ctrl+P", "Ctrl+F hoặc /"]) expect(await shortcuts.textContent()).toContain(keys);
      await settledScreenshot(page, "phim-tat");
      keepScreenshot("phim-tat");
      await page.keyboard.press("Escape");
      await shortcuts.waitFor({ state: "hidden" });

      // "/" puts the cursor in the search box; "?" typed there is text, not the shortcut dialog.
      await page.getByRole("heading", { level: 1 }).click();
      await page.keyboard.press("Slash");
      const search = page.getByLabel("Tìm hồ sơ");
      await eventually(() => search.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await page.keyboard.type("a?");
      expect(await search.inputValue()).toBe("a?");
      await page.waitForTimeout(300);
      expect(await dialog(page).count()).toBe(0);
      await search.fill("");

      // "In danh sách" prints the dossiers of the filter, every one of them, under the unit's name.
      await choose(page, page.getByLabel("Trạng thái"), "Đang giải quyết");
      await eventually(async () => Number((await textOf(page, "dossier-total")).replace(/\D/g, ""))).toBeGreaterThan(0);
      await page.waitForTimeout(500);
      const pending = Number((await textOf(page, "dossier-total")).replace(/\D/g, ""));
      await page.getByRole("button", { name: "In danh sách" }).click();
      await eventually(() => printedHtml(page)).toContain("Danh sách hồ sơ thủ tục hành chính");
      const dossiersPrint = await printedHtml(page);
      expect(dossiersPrint).toContain("Xã Cẩm Giang");
      expect(dossiersPrint).toContain("trạng thái: Đang giải quyết");
      expect(dossiersPrint).toMatch(/In ngày \d{2}\/\d{2}\/\d{4}/);
      expect(printedRows(dossiersPrint)).toBe(pending);
      expect(dossiersPrint).not.toContain("Đã có kết quả");
      const png = await printToPng(page, dossiersPrint, "in-danh-sach");
      copyFileSync(png, path.join(repoRoot, "docs", "screenshots", "in-danh-sach.png"));

      // Ctrl+P prints the list shown just the same.
      await clearPrint(page);
      await page.keyboard.press("Control+P");
      await eventually(() => printedHtml(page)).toContain("Danh sách hồ sơ thủ tục hành chính");

      // A register: a sum typed the Vietnamese way is stored as the number it means, then printed with the rows.
      await page.keyboard.press("Alt+6");
      await page.getByRole("heading", { level: 1, name: "Dữ liệu khác" }).waitFor();
      await page.getByRole("tab", { name: "Tài chính công", exact: true }).click();
      await page.getByRole("button", { name: "Thêm số liệu tài chính" }).click();
      const form = dialog(page);
      await form.getByLabel("Năm ngân sách").fill("2025");
      await typeDate(form.getByLabel("Số liệu đến ngày"), "15/01/2026");
      await choose(page, form.getByLabel("Chỉ tiêu"), "Tổng thu ngân sách địa phương");
      await form.getByLabel("Giá trị").fill("1.234,5");
      await form.getByRole("button", { name: "Lưu" }).click();
      await form.waitFor({ state: "hidden" });
      // Stored as 1234.5: listed as "1.234,5" (12345 would read "12.345"), and given back so to the form.
      const added = page.getByTestId("finance-table").locator("tbody tr.ant-table-row").filter({ hasText: "15/01/2026" });
      await eventually(() => added.textContent()).toContain("1.234,5");
      await added.getByRole("button", { name: /^Sửa / }).click();
      expect(await form.getByLabel("Giá trị").inputValue()).toBe("1.234,5");
      // Typed with a decimal point, as on an English keyboard, it means the same.
      await form.getByLabel("Giá trị").fill("2345.75");
      await form.getByRole("button", { name: "Lưu" }).click();
      await form.waitFor({ state: "hidden" });
      await eventually(() => added.textContent()).toContain("2.345,75");

      const financeRows = Number((await textOf(page, "finance-summary")).replace(/\D/g, ""));
      await clearPrint(page);
      await page.getByRole("button", { name: "In danh sách" }).click();
      await eventually(() => printedHtml(page)).toContain("Số liệu tài chính công");
      const financePrint = await printedHtml(page);
      expect(printedRows(financePrint)).toBe(financeRows);
      expect(financePrint).toContain("2.345,75");
      expect(financePrint).toContain("Tổng thu ngân sách địa phương");
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
