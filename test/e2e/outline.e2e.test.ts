import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { entryContent, readZip } from "../../core/zip";
import { cchc } from "../cli-runner";
import { repoRoot, useTempDir } from "../helpers";
import { newPage, recordPageErrors, screenshotDir, serve, useBrowser } from "./harness";
import { eventually, keepScreenshot, noPageOverflow, settledScreenshot, textOf as text } from "./ui";

const tempDir = useTempDir("cchc-e2e-de-cuong-");
const browser = useBrowser();

const editor = (page: Page) => page.getByTestId("item-editor");

async function openItem(page: Page, key: string): Promise<void> {
  await page.getByTestId(`tree-${key}`).click();
  await eventually(() => editor(page).locator("h2").textContent()).toBeTruthy();
}

/** The text of every paragraph of a .docx body. */
function docxText(bytes: Buffer): string {
  const xml = entryContent(readZip(bytes).find((e) => e.name === "word/document.xml")!).toString("utf8");
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .join("\n");
}

describe("browser mode: Đề cương kiểm tra", () => {
  it("fills the inspection outline, takes a department's text, a merged text and evidence, exports Word and prints the checklist to PDF", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    expect(cchc(["demo", "--db", db, "--until", "2026-01-31"]).status).toBe(0);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);

      // The 2025 inspection outline opens on the window the city asked for, every figure filled.
      await page.goto(`${server.url}#/de-cuong`);
      await eventually(() => text(page, "outline-summary")).toContain("Từ 01/07/2025 đến 09/10/2025: số liệu 70/70 · nội dung 43/45");
      await openItem(page, "II.2.1.2");
      expect(await text(page, "item-editor")).toMatch(/Số hồ sơ đã giải quyết đúng hạn: [\d.]+; đạt tỷ lệ [\d,]+%\./);
      expect(await text(page, "item-figures")).toMatch(/Tỷ lệ hồ sơ giải quyết đúng hạn.*[\d,]+ %/);
      await openItem(page, "I.1.1");
      expect(await page.getByTestId("text-VP").getByRole("textbox").inputValue()).toContain("Kế hoạch cải cách hành chính năm 2025");
      await noPageOverflow(page);
      await settledScreenshot(page, "de-cuong");
      keepScreenshot("de-cuong");

      // Exported now, the report is a draft: DỰ THẢO on its first page and the gaps listed under the buttons.
      const [draftDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất báo cáo (Word)" }).click()]);
      expect(docxText(readFileSync(await draftDownload.path()))).toContain("DỰ THẢO");
      const gaps = page.getByTestId("draft-gaps");
      await eventually(() => gaps.textContent()).toContain("bản DỰ THẢO: còn 2 chỗ thiếu");
      expect(await gaps.textContent()).toContain("Phòng Kinh tế");
      await settledScreenshot(page, "de-cuong-du-thao");
      keepScreenshot("de-cuong-du-thao");

      // Phòng Kinh tế writes the PCI item it had left; the tree and the summary follow, the history names the writer.
      await openItem(page, "II.5.6");
      const kt = page.getByTestId("text-KT");
      expect(await kt.textContent()).toContain("Chưa có nội dung");
      await kt.getByRole("textbox").fill("UBND xã ban hành Kế hoạch nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2025.");
      await kt.getByRole("button", { name: "Lưu" }).click();
      await eventually(() => text(page, "outline-summary")).toContain("nội dung 44/45");
      await eventually(() => kt.textContent()).toContain("Kiểm thử");
      await kt.getByRole("button", { name: "Lịch sử sửa đổi" }).click();
      await eventually(() => text(page, "text-history")).toContain("Kiểm thử");
      await page
        .getByRole("dialog")
        .getByRole("button", { name: /Close|Đóng/ })
        .click();

      // Evidence for the same item, picked from the document register by a search without diacritics.
      await editor(page).getByRole("button", { name: "Thêm tài liệu minh chứng…" }).click();
      await page.getByLabel("Tìm văn bản theo số, ký hiệu hoặc trích yếu").fill("du toan ngan sach 9 thang");
      const candidates = page.getByTestId("evidence-candidates");
      await eventually(() => candidates.locator("tbody tr").count()).toBe(1);
      await candidates.getByRole("button", { name: "Chọn" }).click();
      await eventually(() => candidates.getByRole("button", { name: "Bỏ chọn" }).count()).toBe(1);
      await page.getByRole("button", { name: "Xong" }).click();
      await eventually(() => text(page, "item-evidence")).toContain("Báo cáo tình hình thực hiện dự toán ngân sách 9 tháng năm 2025");
      await eventually(() => page.getByTestId("tree-II.5.6").locator(".outline-mark-thieu").count()).toBe(0);

      // A joint item: the compiling officer edits the merged text that the report prints.
      await openItem(page, "V.2");
      const merged = page.getByTestId("text-merged");
      expect(await merged.getByRole("textbox").inputValue()).toContain("Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn");
      await merged.getByRole("textbox").fill("Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn về vị trí việc làm của công chức cấp xã sau sắp xếp.");
      await merged.getByRole("button", { name: "Lưu" }).click();
      await eventually(() => text(page, "outline-summary")).toContain("nội dung 45/45");
      await settledScreenshot(page, "de-cuong-chung");
      keepScreenshot("de-cuong-chung");

      // The Word report carries both texts.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất báo cáo (Word)" }).click()]);
      expect(download.suggestedFilename()).toBe("Báo cáo kiểm tra CCHC - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.docx");
      const report = docxText(readFileSync(await download.path()));
      expect(report).toContain("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2025");
      expect(report).toContain("vị trí việc làm của công chức cấp xã sau sắp xếp");
      expect(report).not.toContain("[Chưa có nội dung");
      expect(report).not.toContain("DỰ THẢO");
      await eventually(() => gaps.count()).toBe(0);

      // The checklist's print view, printed by headless Chromium as the desktop app's printToPDF would.
      await page.getByRole("link", { name: "In danh mục minh chứng" }).click();
      const print = page.getByTestId("evidence-print");
      await eventually(() => print.textContent()).toContain("từ 13 giờ 30 đến 17 giờ 00, ngày 16/10/2025 (Thứ Năm)");
      expect(await print.textContent()).toContain("Báo cáo tình hình thực hiện dự toán ngân sách 9 tháng năm 2025");
      expect(await print.locator("tr.missing").count()).toBeGreaterThan(0);
      expect(await page.locator("nav, .ant-layout-sider").count()).toBe(0);
      await settledScreenshot(page, "minh-chung-in");
      keepScreenshot("minh-chung-in");
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
      const pdfFile = path.join(screenshotDir, "danh-muc-minh-chung.pdf");
      writeFileSync(pdfFile, pdf);
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length).toBeGreaterThan(1);
      const size = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
      expect(Math.round(Number(size![1]))).toBe(595);
      expect(Math.round(Number(size![2]))).toBe(842);
      await page.emulateMedia({ media: "screen" });

      // Back to the screen; a broken outline file is refused with the file and the item named.
      await page.getByRole("link", { name: "Quay lại Đề cương kiểm tra" }).click();
      await eventually(() => text(page, "outline-summary")).toContain("nội dung 45/45");
      const broken = JSON.parse(readFileSync(path.join(repoRoot, "templates", "de-cuong-kiem-tra-2025.json"), "utf8"));
      broken.id = "de-cuong-hong";
      broken.sections[1].children[1].children[0].figures = ["khong.co.ma"];
      writeFileSync(path.join(dir, "de-cuong-hong.json"), JSON.stringify(broken));
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Nạp đề cương từ tệp…" }).click()]);
      await chooser.setFiles(path.join(dir, "de-cuong-hong.json"));
      await eventually(() => page.locator(".ant-notification").textContent()).toContain('Tệp đề cương "de-cuong-hong.json" không hợp lệ ở mục "II.2.1"');
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 180_000);
});
