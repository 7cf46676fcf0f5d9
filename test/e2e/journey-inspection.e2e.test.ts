import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entryContent, readZip } from "../../core/zip";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { ANSWER, EVIDENCE, fillAsDepartment, sendPastDeadline } from "./department-side";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { eventually, textOf as text } from "./ui";

const tempDir = useTempDir("cchc-e2e-hanh-trinh-kiem-tra-");
const browser = useBrowser();

const docxText = (bytes: Buffer): string =>
  [
    ...entryContent(readZip(bytes).find((e) => e.name === "word/document.xml")!)
      .toString("utf8")
      .matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g),
  ]
    .map((m) => m[1])
    .join(" ");

/**
 * The VHXH officer's inspection week, in one sitting: the outline is open on
 * the window the city asked for; the centre's part goes out as a package and
 * comes back filled; the outline carries the centre's text and document; the
 * report and the evidence checklist are exported, wait in the outbox and are
 * marked sent.
 */
describe("journey: preparing for the CCHC inspection", () => {
  it("sends the department packages, takes them back, exports the outline and the evidence checklist, and sends them", async () => {
    const dir = tempDir();
    const db = path.join(dir, "xa.sqlite");
    expect(cchc(["demo", "--db", db, "--until", "2026-01-31"]).status).toBe(0);
    const server = await serve(db, "Trần Thị Lan");
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);

      await page.goto(`${server.url}#/de-cuong`);
      await eventually(() => text(page, "outline-summary")).toContain("Từ 01/07/2025 đến 09/10/2025");
      await page.getByTestId("tree-II.2.2").click();
      expect(await text(page, "item-evidence")).not.toContain(EVIDENCE.numberSymbol);

      // Each department gets its part; the centre's package is the one followed through.
      await page.getByRole("link", { name: "Phòng ban", exact: true }).click();
      const table = page.getByTestId("department-table");
      await eventually(() => table.locator("tbody tr").count()).toBeGreaterThan(3);
      const centre = table.locator("tr").filter({ hasText: "Trung tâm Phục vụ hành chính công" });
      const [sent] = await Promise.all([page.waitForEvent("download"), sendPastDeadline(page, centre.getByRole("button", { name: "Tạo gói" }))]);
      const economy = table.locator("tr").filter({ hasText: "Phòng Kinh tế" });
      const [sentForm] = await Promise.all([page.waitForEvent("download"), sendPastDeadline(page, economy.getByRole("button", { name: "Mẫu Excel" }))]);
      expect(sentForm.suggestedFilename()).toMatch(/^Mẫu phòng ban KT - Xã Cẩm Giang - .*\.xlsx$/);
      await eventually(() => text(page, "package-history")).toContain("Gửi Gói phòng ban TTPVHCC");
      const received = path.join(dir, sent.suggestedFilename());
      await sent.saveAs(received);

      const reply = await fillAsDepartment(browser(), path.join(dir, "trung-tam.sqlite"), received, path.join(dir, "TTPVHCC-da-dien.cchc"));

      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Nhận gói phòng ban gửi lại…" }).click()]);
      await chooser.setFiles(reply);
      await eventually(() => text(page, "merge-diff")).toContain("3 thay đổi");
      await page.getByRole("button", { name: "Nhận 3 thay đổi đã chọn" }).click();
      await eventually(() => text(page, "package-history")).toContain("Nhận TTPVHCC-da-dien.cchc · Nguyễn Văn Hùng");

      // The outline now carries the centre's text and its document as evidence.
      await page.getByRole("link", { name: "Đề cương kiểm tra", exact: true }).click();
      await eventually(() => text(page, "outline-summary")).toContain("Từ 01/07/2025 đến 09/10/2025");
      await page.getByTestId("tree-II.2.13").click();
      await eventually(() => page.getByTestId("text-TTPVHCC").getByRole("textbox").inputValue()).toContain(ANSWER);
      await page.getByTestId("tree-II.2.2").click();
      await eventually(() => text(page, "item-evidence")).toContain(EVIDENCE.numberSymbol);

      const [report] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất báo cáo (Word)" }).click()]);
      expect(report.suggestedFilename()).toBe("Báo cáo kiểm tra CCHC - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.docx");
      expect(docxText(readFileSync(await report.path()))).toContain(ANSWER);
      const [checklist] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Danh mục minh chứng (Word)" }).click()]);
      expect(checklist.suggestedFilename()).toBe("Danh mục minh chứng - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.docx");
      expect(docxText(readFileSync(await checklist.path()))).toContain(EVIDENCE.numberSymbol);

      // Both wait in the outbox, beside the packages, until they are marked sent.
      await page.getByRole("link", { name: "Hộp thư đi", exact: true }).click();
      const outbox = page.getByTestId("outbox-table");
      await eventually(() => outbox.textContent()).toContain(sent.suggestedFilename());
      for (const file of [report.suggestedFilename(), checklist.suggestedFilename()]) {
        await eventually(() => outbox.textContent()).toContain(file);
        await outbox.locator("tr").filter({ hasText: file }).getByRole("button", { name: "Đã gửi…" }).click();
        const sentDialog = page.getByRole("dialog").filter({ hasText: "Đánh dấu đã gửi" });
        await sentDialog.getByLabel("Ghi chú").fill("Gửi Đoàn kiểm tra qua thư điện tử công vụ");
        await sentDialog.getByRole("button", { name: "Lưu" }).click();
        await eventually(() => outbox.locator("tr").filter({ hasText: file }).textContent()).toContain("Đã gửi");
        await eventually(() => page.getByRole("dialog").filter({ hasText: "Đánh dấu đã gửi" }).count()).toBe(0);
      }
      expect(await outbox.locator("tr").filter({ hasText: report.suggestedFilename() }).textContent()).toContain("Trần Thị Lan");
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 240_000);
});
