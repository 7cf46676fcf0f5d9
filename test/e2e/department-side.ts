/** The Trung tâm Phục vụ hành chính công's side of a department package, in its own copy of the app. */
import { readFileSync } from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { readPackage } from "../../core/packages/container";
import { newPage, recordPageErrors, serve } from "./harness";
import { eventually, keepScreenshot, noPageOverflow, settledScreenshot, typeDate } from "./ui";

export const EVIDENCE = { numberSymbol: "36/QĐ-UBND", date: "17/07/2025", summary: "Ban hành Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công xã Cẩm Giang" };
export const ECONOMY_TEXT = "Phòng Kinh tế đã rà soát các thủ tục đất đai, đầu tư công và công khai kết quả trên Cổng thông tin điện tử xã.";
export const ANSWER = "Trung tâm đã đo lường sự hài lòng bằng máy đánh giá tại quầy và phiếu khảo sát trực tuyến.";

/**
 * The centre's side, in its own copy of the app: opens the package, is
 * stopped by a figure that is not a number and by a document dated after the
 * window, fills a figure, a text and a document, and saves the reply.
 */
export async function fillAsDepartment(browser: Browser, db: string, received: string, saveAs: string): Promise<string> {
  const server = await serve(db, "Nguyễn Văn Hùng");
  try {
    const page = await newPage(browser);
    const pageErrors = recordPageErrors(page);
    // A department's own copy, just installed: no unit set up, straight to the package it was sent.
    await page.goto(server.url);
    await page.getByRole("button", { name: "Phòng ban nhận gói cần điền? Mở gói được giao" }).click();
    await eventually(() => page.getByRole("tab", { name: "Điền phần được giao", selected: true }).count()).toBe(1);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Mở gói được giao…" }).click()]);
    await chooser.setFiles(received);
    const form = page.getByTestId("fill-part");
    await eventually(() => form.textContent()).toContain("Phần việc của Trung tâm Phục vụ hành chính công xã");
    expect(await form.textContent()).toContain("Hạn gửi lại11:00 ngày 09/10/2025");

    const rate = page.getByLabel("Số liệu của phòng: Mức độ hài lòng của người dân, doanh nghiệp (mục tiêu ≥ 95 %)");
    await rate.fill("chín mươi");
    await page.getByRole("button", { name: "Kiểm tra và lưu tệp trả lời" }).click();
    await eventually(() => form.textContent()).toContain('không phải là số: "chín mươi"');
    await rate.fill("97,5");
    await page.getByLabel("Nội dung mục II.2.13").fill(ANSWER);
    const item = page.getByTestId("part-evidence").locator(".ant-list-item").filter({ hasText: "Mục II.2.2." });
    await item.getByRole("button", { name: "+ Thêm văn bản" }).click();
    await page.getByLabel("Số, ký hiệu văn bản 1 mục II.2.2").fill(EVIDENCE.numberSymbol);
    await typeDate(page.getByLabel("Ngày ban hành văn bản 1 mục II.2.2"), "10/10/2025");
    await page.getByLabel("Trích yếu văn bản 1 mục II.2.2").fill(EVIDENCE.summary);
    await page.getByRole("button", { name: "Kiểm tra và lưu tệp trả lời" }).click();
    await eventually(() => form.textContent()).toContain("ban hành sau ngày cuối kỳ báo cáo (09/10/2025)");
    await typeDate(page.getByLabel("Ngày ban hành văn bản 1 mục II.2.2"), EVIDENCE.date);
    await form.evaluate((el) => el.scrollIntoView());
    await settledScreenshot(page, "phong-ban-dien");
    keepScreenshot("phong-ban-dien");
    await noPageOverflow(page);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Kiểm tra và lưu tệp trả lời" }).click()]);
    expect(download.suggestedFilename()).toBe("Trả lời phòng ban TTPVHCC - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.cchc");
    await eventually(() => form.textContent()).toContain("Đã lưu tệp trả lời");
    await download.saveAs(saveAs);
    const reply = readPackage(readFileSync(saveAs), "reply.cchc");
    expect(reply.manifest).toMatchObject({ direction: "tra_loi", createdBy: "Nguyễn Văn Hùng" });
    expect(pageErrors).toEqual([]);
    await page.context().close();
    return saveAs;
  } finally {
    await server.stop();
  }
}

/** Clicks a button that makes a department's package after its deadline, and goes on past the question it asks first. */
export async function sendPastDeadline(page: Page, button: Locator): Promise<void> {
  await button.click();
  const question = page.getByRole("dialog").filter({ hasText: "đã qua" });
  await question.getByRole("button", { name: "Vẫn tạo gói" }).click();
  await eventually(() => question.count()).toBe(0);
}
