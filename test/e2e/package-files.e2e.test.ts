/**
 * The files of department packages on the screens: the commune sends the
 * economy department its part (the budget report linked to II.5.4 travels
 * with its scan), the department opens that scan, adds a photo to the same
 * report and a refused file is said, saves the reply; the commune sees the
 * photo in the merge ("Đã gắn – thêm 1 tệp"), takes it, and the register's
 * Tệp column counts it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readPackage } from "../../core/packages/container";
import { cchc } from "../cli-runner";
import { renamedProgram, tinyPng } from "../fixtures/evidence-files";
import { useTempDir } from "../helpers";
import { seriousViolations } from "./axe";
import { sendPastDeadline } from "./department-side";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { eventually, keepScreenshot, noPageOverflow, settledScreenshot, textOf as text } from "./ui";

const tempDir = useTempDir("cchc-e2e-goi-tep-");
const browser = useBrowser();

const REPORT = "84/BC-UBND";
const SCAN = "84-BC-UBND.pdf";
const PHOTO = "Ảnh bảng công khai ngân sách.png";

const evidenceItem = (page: Page, itemKey: string) =>
  page
    .getByTestId("part-evidence")
    .locator(".ant-list-item")
    .filter({ hasText: `Mục ${itemKey}.` });

/** The economy department's side, in its own copy of the app: opens the commune's scan, adds a photo to the report, saves the reply. */
async function answerWithPhoto(db: string, received: string, dir: string): Promise<string> {
  const server = await serve(db, "Hoàng Văn Tùng");
  try {
    const page = await newPage(browser());
    const pageErrors = recordPageErrors(page);
    await page.goto(server.url);
    await page.getByRole("button", { name: "Phòng ban nhận gói cần điền? Mở gói được giao" }).click();
    await page.getByLabel("Tệp gói được giao (.cchc)").setInputFiles(received);
    const form = page.getByTestId("fill-part");
    await eventually(() => form.textContent()).toContain("Phần việc của Phòng Kinh tế");

    // The commune's scan of the report, under the item it is linked to: name, size, and Mở as a download of its bytes.
    const item = evidenceItem(page, "II.5.4");
    await eventually(() => item.textContent()).toContain(`${REPORT} ngày 15/09/2025`);
    expect(await item.textContent()).toContain(`${SCAN}874 byte`);
    const [scan] = await Promise.all([page.waitForEvent("download"), item.getByRole("button", { name: `Mở tệp ${SCAN}` }).click()]);
    expect(scan.suggestedFilename()).toBe(SCAN);
    expect(
      readFileSync(await scan.path())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");

    // A program renamed .pdf is refused before it is read; the photo joins the report, named again as the department's answer.
    const write = (name: string, bytes: Buffer) => {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      return file;
    };
    const addToReport = item.getByLabel(`Thêm tệp cho văn bản ${REPORT}`);
    await addToReport.setInputFiles(write("bao-cao.pdf", renamedProgram()));
    await eventually(() => page.locator(".ant-notification").textContent()).toContain('Tệp "bao-cao.pdf" không phải tệp PDF thật');
    await page
      .locator(".ant-notification")
      .getByRole("button", { name: /close|đóng/i })
      .first()
      .click();
    await addToReport.setInputFiles(write(PHOTO, tinyPng()));
    await eventually(() => page.getByLabel("Số, ký hiệu văn bản 1 mục II.5.4").inputValue()).toBe(REPORT);
    expect(await item.textContent()).toContain(`${PHOTO}${tinyPng().length} byte`);
    expect(await text(page, "reply-files-total")).toBe(`Tệp gửi kèm trả lời: 1 tệp, ${tinyPng().length} byte (một gói chứa tối đa 60 MB, 500 tệp).`);

    await item.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await noPageOverflow(page);
    await settledScreenshot(page, "phong-ban-dien-tep");
    keepScreenshot("phong-ban-dien-tep");
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Kiểm tra và lưu tệp trả lời" }).click()]);
    await eventually(() => form.textContent()).toContain("Đã lưu tệp trả lời");
    const reply = path.join(dir, "KT-da-dien.cchc");
    await download.saveAs(reply);
    const opened = readPackage(readFileSync(reply), "KT-da-dien.cchc");
    expect([...(opened.files?.values() ?? [])].map((b) => b.equals(tinyPng()))).toEqual([true]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
    return reply;
  } finally {
    await server.stop();
  }
}

describe("browser mode: the files of department packages", () => {
  it("sends the commune's scans, brings a department's photo back through the merge into the register", async () => {
    const dir = tempDir();
    const db = path.join(dir, "xa.sqlite");
    expect(cchc(["demo", "--db", db, "--until", "2026-01-31"]).status).toBe(0);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);
      await page.goto(`${server.url}#/phong-ban`);
      await eventually(() => text(page, "state-KT")).toBe("Quá hạn");
      const row = page.getByTestId("department-table").locator("tr").filter({ hasText: "Phòng Kinh tế" });
      const [download] = await Promise.all([page.waitForEvent("download"), sendPastDeadline(page, row.getByRole("button", { name: "Tạo gói" }))]);
      await eventually(() => page.locator(".ant-message-notice").first().textContent()).toContain("9 mục minh chứng, 1 tệp đính kèm. Gửi tệp này cho Phòng Kinh tế");
      await eventually(() => text(page, "package-history")).toContain("9 mục minh chứng, 1 tệp đính kèm");
      const received = path.join(dir, download.suggestedFilename());
      await download.saveAs(received);

      const reply = await answerWithPhoto(path.join(dir, "phong-kinh-te.sqlite"), received, dir);

      await page.getByLabel("Tệp gói phòng ban (.cchc) hoặc mẫu Excel đã điền (.xlsx)").setInputFiles(reply);
      const diff = page.getByTestId("merge-diff");
      await eventually(() => diff.textContent()).toContain("1 thay đổi (kèm 1 tệp)");
      const change = diff.locator("tr").filter({ hasText: "Minh chứng mục II.5.4" });
      expect(await change.textContent()).toContain("Đã gắn – thêm 1 tệp");
      expect(await change.textContent()).toContain(`${PHOTO}${tinyPng().length} byte`);
      await settledScreenshot(page, "phong-ban-gop-tep");
      keepScreenshot("phong-ban-gop-tep");
      await page.getByRole("button", { name: "Nhận 1 thay đổi đã chọn" }).click();
      await eventually(() => text(page, "package-history")).toContain("Nhận KT-da-dien.cchc · Hoàng Văn Tùng (Phòng Kinh tế) · nhận 1, bỏ qua 0 thay đổi");

      // The register: the report now carries the commune's scan and the department's photo.
      await page.goto(`${server.url}#/du-lieu/van-ban`);
      const files = page.getByTestId("documents-table").getByRole("button", { name: `Tệp đính kèm của văn bản số ${REPORT}: 2 tệp` });
      await eventually(() => files.count()).toBe(1);
      await files.click();
      await eventually(() => text(page, "document-files-table")).toContain(PHOTO);
      expect(await text(page, "document-files-table")).toContain(SCAN);
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 180_000);
});
