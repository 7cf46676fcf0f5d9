import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { formWrittenDifferently } from "../fixtures/province-forms";
import { repoRoot, useTempDir } from "../helpers";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { choose, eventually, keepScreenshot, noPageOverflow, settledScreenshot, textOf } from "./ui";

const tempDir = useTempDir("cchc-e2e-bao-cao-");
const browser = useBrowser();

const SANG_KIEN = "chidao.sang_kien.so";
const THU_NGAN_SACH = "tai_chinh.ngan_sach.thu";

async function openEntry(page: Page, code: string): Promise<void> {
  await page
    .getByTestId(`value-${code}`)
    .getByRole("button", { name: /^(Nhập|Sửa) số liệu/ })
    .click();
  await page.getByTestId("entry-modal").waitFor();
}

const modal = (page: Page) => page.locator(".ant-modal").filter({ has: page.getByTestId("entry-modal") });

async function saveEntry(page: Page): Promise<void> {
  await modal(page).getByRole("button", { name: "Lưu" }).click();
}

async function loadTemplate(page: Page, file: string): Promise<void> {
  await page.getByRole("button", { name: "Đổi mẫu" }).click();
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("menuitem", { name: "Nạp mẫu của tỉnh…" }).click()]);
  await chooser.setFiles(file);
}

async function downloadBytes(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

describe("browser mode: Báo cáo (Phụ lục 3)", () => {
  it("shows the annual report, takes manual figures and overrides, jumps to a check and exports", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    expect(cchc(["demo", "--db", db, "--seed", "7", "--until", "2025-10-09"]).status).toBe(0);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);

      // Năm 2025: its window, estimate date and due date; computed figures.
      await page.goto(`${server.url}#/bao-cao`);
      await page.getByText("Năm", { exact: true }).click();
      const year = page.getByLabel("Năm báo cáo");
      await year.click();
      await year.fill("2025");
      await year.press("Enter");
      await year.press("Escape");
      await eventually(() => textOf(page, "report-period")).toContain("Số liệu từ 15/12/2024 đến 09/12/2025");
      expect(await textOf(page, "report-period")).toMatch(/Ước đạt đến 14\/12\/2025.*Hạn gửi \d{2}\/\d{2}\/2025/);
      expect(await textOf(page, "report-template")).toContain("mẫu mặc định");
      await eventually(() => textOf(page, "value-tthc.ho_so.tong-badge")).toBe("Tự động");
      expect(await textOf(page, `value-${SANG_KIEN}-badge`)).toBe("Chưa có");
      // The year 2025 is closed (its estimate day has passed): reported as it was, estimates only when asked.
      expect(await page.getByLabel("Kèm số liệu ước đạt").isChecked()).toBe(false);
      expect(await page.getByRole("columnheader", { name: "Ước đạt" }).count()).toBe(0);
      await page.getByLabel("Kèm số liệu ước đạt").click();
      await eventually(() => page.getByRole("columnheader", { name: "Ước đạt" }).count()).toBe(1);
      expect(await textOf(page, "report-checks")).toMatch(/Kiểm tra số liệu: \d+ lỗi/);
      await settledScreenshot(page, "bao-cao");
      keepScreenshot("bao-cao");

      // A province's own template, a broken one refused, then the built-in one again.
      const template = JSON.parse(readFileSync(path.join(repoRoot, "templates", "phu-luc-3.json"), "utf8")) as { title: string };
      writeFileSync(path.join(dir, "bieu-tinh.json"), JSON.stringify({ ...template, title: "Phụ lục 3 theo mẫu tỉnh" }));
      writeFileSync(path.join(dir, "hong.json"), "{ sections: ");
      await loadTemplate(page, path.join(dir, "hong.json"));
      await eventually(() => page.locator(".ant-notification").textContent()).toContain("không phải JSON hợp lệ");
      await page
        .locator(".ant-notification")
        .getByRole("button", { name: /Close|Đóng/ })
        .click();
      await loadTemplate(page, path.join(dir, "bieu-tinh.json"));
      await eventually(() => textOf(page, "report-template")).toContain("Phụ lục 3 theo mẫu tỉnh (89 chỉ tiêu) – tệp bieu-tinh.json");
      await eventually(() => textOf(page, "value-tthc.ho_so.tong-badge")).toBe("Tự động");
      await page.getByRole("button", { name: "Đổi mẫu" }).click();
      await page.getByRole("menuitem", { name: "Dùng mẫu mặc định" }).click();
      await eventually(() => textOf(page, "report-template")).toContain("mẫu mặc định");

      // A manual figure on an M row; the input reads Vietnamese numbers.
      await openEntry(page, SANG_KIEN);
      const value = page.getByLabel("Số liệu", { exact: true });
      await value.fill("1.234");
      await eventually(() => textOf(page, "entry-modal")).toContain("Sẽ ghi: 1.234");
      await value.fill("3");
      await saveEntry(page);
      await eventually(() => textOf(page, `value-${SANG_KIEN}-badge`)).toBe("Nhập tay");
      expect(await textOf(page, `value-${SANG_KIEN}-value`)).toBe("3");

      // Overriding a computed figure needs a reason: refused without one, kept with one.
      await openEntry(page, THU_NGAN_SACH);
      expect(await textOf(page, "entry-modal")).toContain("phải ghi lý do");
      await value.fill("18.000,5");
      await eventually(() => textOf(page, "entry-modal")).toContain("Sẽ ghi: 18.000,5");
      await saveEntry(page);
      await eventually(() => modal(page).getByRole("alert").textContent()).toContain("Điều chỉnh số liệu tính tự động từ sổ sách của “Tổng thu ngân sách địa phương” phải nêu lý do.");
      await page.getByLabel("Lý do điều chỉnh").fill("Theo báo cáo quyết toán của Phòng Kinh tế");
      await saveEntry(page);
      await eventually(() => textOf(page, `value-${THU_NGAN_SACH}-badge`)).toBe("Ghi đè");
      expect(await textOf(page, `value-${THU_NGAN_SACH}-value`)).toBe("18.000,5");
      await page.getByTestId(`value-${THU_NGAN_SACH}-badge`).hover();
      await eventually(() => page.locator(".ant-tooltip").last().textContent()).toMatch(/Lý do: Theo báo cáo quyết toán.*Người nhập: Kiểm thử.*Số tính từ sổ sách: 17\.953,9/);

      // A second override supersedes the first; the history lists both, newest first.
      await openEntry(page, THU_NGAN_SACH);
      await value.fill("18.100");
      await eventually(() => textOf(page, "entry-modal")).toContain("Sẽ ghi: 18.100");
      await page.getByLabel("Lý do điều chỉnh").fill("Số liệu bổ sung tháng 12");
      await saveEntry(page);
      await page.getByTestId("entry-modal").waitFor({ state: "detached" });
      await eventually(() => textOf(page, `value-${THU_NGAN_SACH}-value`)).toBe("18.100");
      await openEntry(page, THU_NGAN_SACH);
      await modal(page).getByRole("button", { name: "Lịch sử" }).click();
      const entries = page.getByTestId("history-entry");
      await eventually(() => entries.count()).toBe(2);
      expect(await entries.nth(0).textContent()).toMatch(/Ghi đè: 18\.100.*Lý do: Số liệu bổ sung tháng 12.*Người nhập: Kiểm thử.*đang dùng/);
      expect(await entries.nth(1).textContent()).toMatch(/Ghi đè: 18\.000,5.*Số tính từ sổ sách lúc đó: 17\.953,9.*đã thay thế lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      await settledScreenshot(page, "bao-cao-nhap");
      await modal(page).getByRole("button", { name: "Bỏ ghi đè" }).click();
      await eventually(() => textOf(page, `value-${THU_NGAN_SACH}-badge`)).toBe("Tự động");
      expect(await textOf(page, `value-${THU_NGAN_SACH}-value`)).toBe("17.953,9");

      // The checks grow in the page, never in a small box of their own to scroll.
      const checksList = page.getByRole("list", { name: "Các lỗi và lưu ý" });
      expect(await checksList.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
      expect(await page.getByTestId("report-check").count()).toBe(5);
      expect(await page.getByRole("button", { name: /^Xem thêm/ }).count()).toBe(0);

      // A check leads to its row.
      const check = page.getByTestId("report-check").filter({ hasText: "Số phản ánh, kiến nghị về VBQPPL tiếp nhận" });
      await check.click();
      const row = page.locator('.report-table tr[data-row-key="the_che.pakn_vbqppl.tiep_nhan"]');
      await eventually(() => row.getAttribute("class")).toMatch(/report-row-error.*report-row-focus|report-row-focus.*report-row-error/);
      await eventually(() => row.evaluate((el) => el.getBoundingClientRect().top > 0 && el.getBoundingClientRect().bottom < (el.ownerDocument.defaultView?.innerHeight ?? 0))).toBe(true);
      await settledScreenshot(page, "bao-cao-kiem-tra");

      // The dossiers behind a dossier count; the register behind a plan figure.
      const total = page.getByTestId("value-tthc.ho_so.tong-value");
      await total.scrollIntoViewIfNeeded();
      const shown = Number(((await total.textContent()) ?? "").replace(/\D/g, ""));
      await total.click();
      await eventually(() => textOf(page, "drilldown-total")).toMatch(/^[\d.]+ hồ sơ$/);
      expect(Number((await textOf(page, "drilldown-total")).replace(/\D/g, ""))).toBe(shown);
      await page.getByRole("button", { name: "Đóng" }).click();
      expect(
        await page
          .getByTestId("value-chidao.kh.tong")
          .locator("xpath=ancestor::tr")
          .getByRole("link", { name: /Xem sổ/ })
          .getAttribute("href"),
      ).toBe("#/du-lieu/ke-hoach/nhiem-vu");

      // The Excel file, marked as a draft while errors remain.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất Excel (Phụ lục 3)" }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      expect((await downloadBytes(download)).subarray(0, 2).toString("latin1")).toBe("PK");
      await eventually(() => page.locator(".ant-notification").textContent()).toMatch(/DỰ THẢO vì còn \d+ lỗi/);
      await page
        .locator(".ant-notification")
        .getByRole("button", { name: /Close|Đóng/ })
        .click();

      // A province's own form: the rows it cannot place are the user's to decide, then filled again.
      const form = await formWrittenDifferently();
      const formFile = path.join(dir, form.fileName);
      writeFileSync(formFile, form.bytes);
      await page.getByRole("button", { name: "Điền vào mẫu của tỉnh…" }).click();
      await page.getByTestId("fill-upload").locator("input[type=file]").setInputFiles(formFile);
      const summary = page.getByTestId("fill-summary");
      await eventually(() => summary.or(page.locator(".ant-modal").getByRole("alert")).first().textContent()).toMatch(/Đã điền \d+ dòng vào trang “Bieu mau”/);
      expect(await summary.textContent()).toContain(`Dòng chưa rõ là chỉ tiêu nào (${form.ambiguous.size})`);
      await choose(page, page.getByRole("combobox", { name: /Chỉ tiêu cho dòng .*: Tỷ lệ xử lý VBQPPL/ }), "II.7 Tỷ lệ xử lý VBQPPL sau rà soát");
      await choose(page, page.getByRole("combobox", { name: /Chỉ tiêu cho dòng .*: - Trong đó: quá hạn/ }), "Bỏ qua, không điền dòng này");
      await settledScreenshot(page, "bao-cao-dien-mau");
      keepScreenshot("bao-cao-dien-mau");
      await page.getByRole("button", { name: "Điền lại theo lựa chọn" }).click();
      await eventually(() => summary.textContent()).toContain("Đã ghi nhớ lựa chọn cho mẫu này.");
      expect(await summary.textContent()).not.toContain("Dòng chưa rõ");
      const [filled] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải tệp đã điền" }).click()]);
      expect(filled.suggestedFilename()).toMatch(/\.xlsx$/);
      expect((await downloadBytes(filled)).subarray(0, 2).toString("latin1")).toBe("PK");

      // Both exports wait in the outbox until they are marked sent.
      await page.keyboard.press("Escape");
      await page.getByRole("link", { name: "Hộp thư đi", exact: true }).click();
      const outbox = page.getByTestId("outbox-table");
      await eventually(() => outbox.locator("tbody tr").count()).toBeGreaterThanOrEqual(2);
      expect(await outbox.textContent()).toContain(download.suggestedFilename());
      expect(await outbox.textContent()).toContain("Biểu mẫu của tỉnh đã điền");
      expect(await page.getByTestId("online-status").textContent()).toMatch(/^(Đang có mạng|Không có mạng)$/);
      await outbox.locator("tr").filter({ hasText: download.suggestedFilename() }).getByRole("button", { name: "Đã gửi…" }).click();
      const sentDialog = page.getByRole("dialog").filter({ hasText: "Đánh dấu đã gửi" });
      await sentDialog.getByLabel("Ghi chú").fill("Đã nhập lên Hệ thống thông tin báo cáo của Bộ Nội vụ");
      await sentDialog.getByRole("button", { name: "Lưu" }).click();
      await eventually(() => outbox.locator("tr").filter({ hasText: download.suggestedFilename() }).textContent()).toContain("Đã gửi Hệ thống báo cáo");
      expect(await outbox.textContent()).toContain("Đã nhập lên Hệ thống thông tin báo cáo của Bộ Nội vụ");
      await noPageOverflow(page);
      await settledScreenshot(page, "hop-thu-di");
      keepScreenshot("hop-thu-di");

      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
