import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerPackage } from "../../core/packages/answer";
import { readPackage } from "../../core/packages/container";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { launchBrowser, newPage, serve } from "./harness";
import { eventually, keepScreenshot, noPageOverflow, settledScreenshot, textOf as text } from "./ui";

const tempDir = useTempDir("cchc-e2e-phong-ban-");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const row = (page: Page, name: string) => page.getByTestId("department-table").locator("tr").filter({ hasText: name });

const ANSWER = "Trung tâm đã đo lường sự hài lòng bằng máy đánh giá tại quầy và phiếu khảo sát trực tuyến.";

describe("browser mode: Phòng ban", () => {
  it("sends a department its package, takes the filled package back through the diff, and shows who sent what", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["demo", "--db", db, "--until", "2026-01-31"]).status).toBe(0);
    const server = await serve(db);
    try {
      const page = await newPage(browser);
      const pageErrors: string[] = [];
      page.on("pageerror", (e) => pageErrors.push(String(e)));

      await page.goto(`${server.url}#/phong-ban`);
      await eventually(() => text(page, "state-KT")).toBe("Quá hạn");
      expect(await text(page, "reminders")).toContain("Phòng Kinh tế: Nội dung mục II.5.6");
      await noPageOverflow(page);

      // The centre's package, downloaded as the officer would send it.
      const [download] = await Promise.all([page.waitForEvent("download"), row(page, "Trung tâm Phục vụ hành chính công").getByRole("button", { name: "Tạo gói" }).click()]);
      expect(download.suggestedFilename()).toBe("Gói phòng ban TTPVHCC - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.cchc");
      const sent = readPackage(readFileSync(await download.path()), download.suggestedFilename());
      await eventually(() => text(page, "package-history")).toContain("Gửi Gói phòng ban TTPVHCC");
      await settledScreenshot(page, "phong-ban");
      keepScreenshot("phong-ban");

      // The centre fills it on its own machine and sends it back.
      const part = structuredClone(sent.part);
      part.texts.find((t) => t.itemKey === "II.2.13")!.answer = ANSWER;
      part.figures.find((f) => f.code === "tthc.hai_long.ty_le")!.answer = 97.5;
      const reply = path.join(dir, "TTPVHCC-da-dien.cchc");
      writeFileSync(reply, answerPackage({ userName: "Nguyễn Văn Hùng", now: () => new Date("2025-10-08T03:00:00Z") }, sent, part));

      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Nhận gói phòng ban gửi lại…" }).click()]);
      await chooser.setFiles(reply);
      const diff = page.getByTestId("merge-diff");
      await eventually(() => diff.textContent()).toContain("2 thay đổi");
      expect(await diff.textContent()).toContain(ANSWER);
      expect(await diff.textContent()).toContain("97,5 %");
      await settledScreenshot(page, "phong-ban-gop");
      keepScreenshot("phong-ban-gop");
      await page.getByRole("button", { name: "Nhận 2 thay đổi đã chọn" }).click();
      await eventually(() => text(page, "package-history")).toContain("Nhận TTPVHCC-da-dien.cchc · Nguyễn Văn Hùng (Trung tâm Phục vụ hành chính công xã) · nhận 2, bỏ qua 0 thay đổi");
      expect(["Đã nhận", "Cần bổ sung"]).toContain(await text(page, "state-TTPVHCC"));

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
