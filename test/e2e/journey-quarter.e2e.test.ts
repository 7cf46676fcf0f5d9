import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addDays, daysInclusive, todayInVietnam } from "../../shared/dates";
import { upcomingReports } from "../../core/periods";
import { getProfile, loadProfiles } from "../../core/profiles";
import { writeLargeExport } from "../fixtures/large-export";
import { useTempDir } from "../helpers";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { choose, eventually, textOf } from "./ui";

const tempDir = useTempDir("cchc-e2e-hanh-trinh-ky-bao-cao-");
const browser = useBrowser();

/**
 * The figures Phụ lục 3 takes by hand, as the departments hand them to the
 * clerk: typed the Vietnamese way, parts adding up to their wholes.
 */
const MANUAL_FIGURES: [code: string, typed: string][] = [
  ["chidao.kiem_tra.so_don_vi", "3"],
  ["chidao.kiem_tra.van_de_phat_hien", "5"],
  ["chidao.kiem_tra.van_de_da_xu_ly", "4"],
  ["chidao.tuyen_truyen.tin_bai", "12"],
  ["chidao.tuyen_truyen.hoat_dong", "6"],
  ["chidao.sang_kien.so", "2"],
  ["the_che.vbqppl.ban_hanh", "1"],
  ["the_che.kiem_tra.can_xu_ly", "0"],
  ["the_che.kiem_tra.da_xu_ly", "0"],
  ["the_che.ra_soat.can_xu_ly", "2"],
  ["the_che.ra_soat.da_xu_ly", "2"],
  ["the_che.pakn_vbqppl.tiep_nhan", "0"],
  ["the_che.pakn_vbqppl.da_xu_ly", "0"],
  ["tthc.danh_muc.tong", "112"],
  ["tthc.hai_long.ty_le", "96,5"],
  ["tthc.hai_long.dat_dai_ty_le", "92,3"],
  ["to_chuc.don_vi", "6"],
  ["to_chuc.bien_che.chi_tieu", "23"],
  ["cong_vu.boi_duong", "15"],
  ["tai_chinh.dvsn.tong", "2"],
  ["tai_chinh.dvsn.nhom_1", "0"],
  ["tai_chinh.dvsn.nhom_2", "0"],
  ["tai_chinh.dvsn.nhom_3", "1"],
  ["tai_chinh.dvsn.nhom_4", "1"],
  ["tai_chinh.ngan_sach.thu", "12.345,6"],
  ["tai_chinh.ngan_sach.chi", "11.020,4"],
  ["tai_chinh.dau_tu_cong.ke_hoach", "8.500"],
  ["tai_chinh.dau_tu_cong.giai_ngan", "5.312,7"],
  ["cds.van_ban_dien_tu_ty_le", "98,5"],
  ["cds.ky_so_ty_le", "97,2"],
];

const wizardStep = (page: Page, step: string) => page.getByRole("heading", { level: 2, name: new RegExp(`^${step}`) });
const nextStep = (page: Page) => page.getByRole("button", { name: "Tiếp tục", exact: true }).click();
const upcomingRow = (page: Page, label: string) => page.getByTestId("upcoming-reports").locator("tbody tr").filter({ hasText: label }).first();
const reportState = async (page: Page, label: string) => (await upcomingRow(page, label).textContent()) ?? "";

async function enterFigure(page: Page, code: string, typed: string): Promise<void> {
  const cell = page.getByTestId(`value-${code}`);
  await cell.scrollIntoViewIfNeeded();
  await cell.getByRole("button", { name: /^(Nhập|Sửa) số liệu/ }).click();
  const modal = page.locator(".ant-modal").filter({ has: page.getByTestId("entry-modal") });
  await modal.getByLabel("Số liệu", { exact: true }).fill(typed);
  await eventually(() => textOf(page, "entry-modal")).toContain(`Sẽ ghi: ${typed}`);
  await modal.getByRole("button", { name: "Lưu" }).click();
  await eventually(() => modal.count()).toBe(0);
  await eventually(() => textOf(page, `value-${code}-badge`)).toBe("Nhập tay");
}

/**
 * A commune's reporting period from nothing: the app set up on first run, the
 * one-stop system's export of the period's dossiers imported, the figures
 * kept by hand entered until the checks pass, Phụ lục 3 exported, found in
 * Hộp thư đi and marked sent.
 */
describe("journey: the next report due, from first run to sent", () => {
  it("sets up, imports the dossiers, enters the manual figures, passes the checks, exports Phụ lục 3 and marks it sent", async () => {
    const dir = tempDir();
    const db = path.join(dir, "cchc.sqlite");
    const today = todayInVietnam();
    const due = upcomingReports(getProfile(loadProfiles(), "hai-phong"), today)[0]!;
    // Dossiers received in the window so far (and, early in a window, in the weeks before it), none in the last week, none in the future.
    const firstReceived = [due.from, addDays(today, -60)].sort()[0]!;
    const lastReceived = [due.to, addDays(today, -7)].sort()[0]!;
    const exportFile = path.join(dir, "DS_ho_so_mot_cua.xlsx");
    const days = Math.max(1, daysInclusive(firstReceived, lastReceived) - 1);
    await writeLargeExport(exportFile, 1_500, { start: new Date(`${firstReceived}T00:30:00Z`), days });
    const server = await serve(db, "Đỗ Thị Lan");
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);
      await page.goto(server.url);

      // First run: the unit, its departments, its signer; then straight to the first import.
      await wizardStep(page, "Bước 1/4").waitFor();
      await page.getByLabel("Tên đơn vị").fill("Xã Minh Tân");
      await choose(page, page.getByLabel("Loại đơn vị"), "Xã");
      await page.getByLabel("Tỉnh/thành phố").fill("Thành phố Hải Phòng");
      await choose(page, page.getByLabel("Quy định báo cáo của tỉnh"), "Hải Phòng");
      await nextStep(page);
      await wizardStep(page, "Bước 2/4").waitFor();
      await page.getByLabel("Họ tên người đứng đầu VP").fill("Nguyễn Thị Lan");
      await nextStep(page);
      await wizardStep(page, "Bước 3/4").waitFor();
      await page.getByLabel("Họ tên người ký thứ 1").fill("Trần Văn Bình");
      await nextStep(page);
      await wizardStep(page, "Bước 4/4").waitFor();
      await page.getByRole("button", { name: "Nhập danh sách hồ sơ đầu tiên" }).click();
      await eventually(() => new URL(page.url()).hash).toBe("#/ho-so/nhap");
      await eventually(() => textOf(page, "header-unit-name")).toContain("Xã Minh Tân");

      // The one-stop system's export for the period.
      await page.getByTestId("import-upload").locator("input[type=file]").setInputFiles(exportFile);
      await page.getByTestId("import-preview").or(page.locator(".ant-alert-error")).first().waitFor();
      expect(await page.locator(".ant-alert-error").allTextContents()).toEqual([]);
      await page.getByRole("button", { name: "Tiếp tục" }).click();
      await page.getByRole("button", { name: "Nhập vào dữ liệu" }).click();
      await eventually(() => textOf(page, "import-result")).toContain("Đã nhập xong");
      expect(await textOf(page, "import-inserted")).toBe("1.500");

      // Tổng quan names the report due next and what it lacks; its button opens Báo cáo on that period.
      await page.getByRole("link", { name: "Tổng quan", exact: true }).click();
      await eventually(() => reportState(page, due.label)).toContain("Số liệu thiếu");
      expect(await reportState(page, due.label)).toContain(`${MANUAL_FIGURES.length} chỉ tiêu nhập tay chưa có số`);
      await upcomingRow(page, due.label)
        .getByRole("link", { name: `Nhập số liệu ${due.label}` })
        .click();
      await eventually(() => textOf(page, "report-period")).toContain(due.label);
      await eventually(() => textOf(page, "value-tthc.ho_so.tong-badge")).toBe("Tự động");
      expect(await textOf(page, "report-checks")).toMatch(/\d+ lỗi/);
      for (const [code, typed] of MANUAL_FIGURES) await enterFigure(page, code, typed);
      await eventually(() => textOf(page, "report-checks")).toContain("Số liệu đã qua kiểm tra");
      expect(await textOf(page, "report-checks")).not.toMatch(/\d+ lỗi/);
      expect(await textOf(page, "value-tai_chinh.ngan_sach.thu-value")).toBe("12.345,6");

      await page.getByRole("link", { name: "Tổng quan", exact: true }).click();
      await eventually(() => reportState(page, due.label)).toContain("Số liệu đủ");
      await upcomingRow(page, due.label)
        .getByRole("link", { name: `Xuất Phụ lục 3 ${due.label}` })
        .click();
      await eventually(() => textOf(page, "report-checks")).toContain("Số liệu đã qua kiểm tra");

      // The Excel file is final, not a draft, and waits in the outbox.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất Excel (Phụ lục 3)" }).click()]);
      expect(download.suggestedFilename()).toMatch(/^Phụ lục 3 .*Xã Minh Tân.*\.xlsx$/);
      await eventually(() => page.locator(".ant-message").textContent()).toContain(`Đã xuất ${download.suggestedFilename()}.`);
      expect(await page.locator(".ant-notification").count()).toBe(0);

      await page.getByRole("link", { name: "Tổng quan", exact: true }).click();
      await eventually(() => reportState(page, due.label)).toContain("Đã xuất");
      await upcomingRow(page, due.label)
        .getByRole("link", { name: `Gửi tệp ${due.label}` })
        .click();
      const outbox = page.getByTestId("outbox-table");
      const row = outbox.locator("tr").filter({ hasText: download.suggestedFilename() });
      await eventually(() => row.count()).toBe(1);
      expect(await row.textContent()).toContain("Chờ gửi");
      await row.getByRole("button", { name: "Đã gửi…" }).click();
      const sentDialog = page.getByRole("dialog").filter({ hasText: "Đánh dấu đã gửi" });
      await sentDialog.getByLabel("Ghi chú").fill("Đã nhập lên Hệ thống thông tin báo cáo của thành phố");
      await sentDialog.getByRole("button", { name: "Lưu" }).click();
      await eventually(() => row.textContent()).toContain("Đã gửi");
      expect(await row.textContent()).toContain("Đỗ Thị Lan");
      await page.getByRole("link", { name: "Tổng quan", exact: true }).click();
      await eventually(() => reportState(page, due.label)).toContain("Đã gửi");
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 300_000);
});
