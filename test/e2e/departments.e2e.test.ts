import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readPackage } from "../../core/packages/container";
import { readXlsxForm } from "../../core/packages/xlsx-form/read";
import { cchc } from "../cli-runner";
import { fillFormAsClerk } from "../fixtures/excel-clerk";
import { useTempDir } from "../helpers";
import { ANSWER, ECONOMY_TEXT, EVIDENCE, fillAsDepartment, sendPastDeadline } from "./department-side";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { eventually, keepScreenshot, noPageOverflow, settledScreenshot, textOf as text } from "./ui";

const tempDir = useTempDir("cchc-e2e-phong-ban-");
const browser = useBrowser();

const row = (page: Page, name: string) => page.getByTestId("department-table").locator("tr").filter({ hasText: name });

describe("browser mode: Phòng ban", () => {
  it("sends a department its package, takes the filled package back through the diff, and shows who sent what", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["demo", "--db", db, "--until", "2026-01-31"]).status).toBe(0);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);

      await page.goto(`${server.url}#/phong-ban`);
      await eventually(() => text(page, "state-KT")).toBe("Quá hạn");
      expect(await text(page, "reminders")).toContain("Phòng Kinh tế: Nội dung mục II.5.6");
      await noPageOverflow(page);

      // The centre's package, downloaded as the officer would send it.
      // The demo's deadline (11:00, 09/10/2025) has passed: the app asks before making the package.
      const [download] = await Promise.all([page.waitForEvent("download"), sendPastDeadline(page, row(page, "Trung tâm Phục vụ hành chính công").getByRole("button", { name: "Tạo gói" }))]);
      expect(download.suggestedFilename()).toBe("Gói phòng ban TTPVHCC - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.cchc");
      expect(readPackage(readFileSync(await download.path()), download.suggestedFilename()).manifest.direction).toBe("giao");
      await eventually(() => text(page, "package-history")).toContain("Gửi Gói phòng ban TTPVHCC");
      await settledScreenshot(page, "phong-ban");
      keepScreenshot("phong-ban");

      // The centre fills it in its own copy of the app and saves the reply.
      const received = path.join(dir, download.suggestedFilename());
      await download.saveAs(received);
      const reply = await fillAsDepartment(browser(), path.join(dir, "trung-tam.sqlite"), received, path.join(dir, "TTPVHCC-da-dien.cchc"));

      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Nhận gói phòng ban gửi lại…" }).click()]);
      await chooser.setFiles(reply);
      const diff = page.getByTestId("merge-diff");
      await eventually(() => diff.textContent()).toContain("3 thay đổi");
      expect(await diff.textContent()).toContain(ANSWER);
      expect(await diff.textContent()).toContain("97,5 %");
      expect(await diff.textContent()).toContain(`${EVIDENCE.numberSymbol} ngày ${EVIDENCE.date}`);
      await settledScreenshot(page, "phong-ban-gop");
      keepScreenshot("phong-ban-gop");
      await page.getByRole("button", { name: "Nhận 3 thay đổi đã chọn" }).click();
      await eventually(() => text(page, "package-history")).toContain("Nhận TTPVHCC-da-dien.cchc · Nguyễn Văn Hùng (Trung tâm Phục vụ hành chính công xã) · nhận 3, bỏ qua 0 thay đổi");
      expect(["Đã nhận", "Cần bổ sung"]).toContain(await text(page, "state-TTPVHCC"));

      // The economy department has no app: its Excel form, filled in Excel, comes back the same way.
      const [formDownload] = await Promise.all([page.waitForEvent("download"), sendPastDeadline(page, row(page, "Phòng Kinh tế").getByRole("button", { name: "Mẫu Excel" }))]);
      expect(formDownload.suggestedFilename()).toBe("Mẫu phòng ban KT - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.xlsx");
      const form = readFileSync(await formDownload.path());
      const formPart = (await readXlsxForm(form, "KT.xlsx")).part;
      const answers = structuredClone(formPart);
      answers.texts.find((t) => t.itemKey === "II.5.6")!.answer = ECONOMY_TEXT;
      const filledForm = path.join(dir, "KT-da-dien.xlsx");
      writeFileSync(filledForm, await fillFormAsClerk(form, formPart, answers, "Hoàng Văn Tùng"));
      const [formChooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Nhận gói phòng ban gửi lại…" }).click()]);
      await formChooser.setFiles(filledForm);
      await eventually(() => diff.textContent()).toContain(ECONOMY_TEXT);
      await page.getByRole("button", { name: "Nhận 1 thay đổi đã chọn" }).click();
      await eventually(() => text(page, "package-history")).toContain("Nhận KT-da-dien.xlsx · Hoàng Văn Tùng (Phòng Kinh tế)");

      // A tampered file is refused with the reason, and nothing changes.
      const tampered = readFileSync(reply);
      const at = tampered.length - 30;
      tampered.writeUInt8(tampered.readUInt8(at) ^ 0xff, at);
      writeFileSync(path.join(dir, "hong.cchc"), tampered);
      const [again] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Nhận gói phòng ban gửi lại…" }).click()]);
      await again.setFiles(path.join(dir, "hong.cchc"));
      await eventually(() => page.locator(".ant-notification").textContent()).toContain('Không nhận gói "hong.cchc"');
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 180_000);
});
