/**
 * The evidence binder end to end: a file attached to a new document, the
 * document linked to an outline item on Đề cương kiểm tra (the picker says it
 * has its file), the binder exported from its button, unpacked as a clerk
 * would onto a USB stick, and its index opened in Chromium from the folder
 * (file://) with its links followed – no app, no server.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { entryContent, readZip } from "../../core/zip";
import { cchc } from "../cli-runner";
import { planPdf, PDF_MARKER } from "../fixtures/evidence-files";
import { useTempDir } from "../helpers";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { eventually, keepScreenshot, settledScreenshot, textOf as text } from "./ui";

const tempDir = useTempDir("cchc-e2e-ho-so-");
const browser = useBrowser();

/** A call to the app's API from the page, as the screen makes it. */
async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  const token = (await page.locator('meta[name="cchc-api-token"]').getAttribute("content")) ?? "";
  const response = await page.request.post(new URL(`api/${method}`, page.url()).href, { headers: { "X-CCHC-Token": token }, data: input });
  const result = (await response.json()) as { ok: boolean; value: T };
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.value;
}

/** The zip unpacked into a folder, its names as the zip gives them. */
function unpack(zip: Buffer, folder: string): string[] {
  const entries = readZip(zip);
  for (const entry of entries) {
    const file = path.join(folder, ...entry.name.split("/"));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, entryContent(entry));
  }
  return entries.map((e) => e.name);
}

describe("browser mode: the evidence binder", () => {
  it("exports the binder with a newly attached file from Đề cương kiểm tra, and its index opens item by item from the folder", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    expect(cchc(["demo", "--db", db, "--until", "2026-01-31"]).status).toBe(0);
    const server = await serve(db);
    let serving = true;
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);
      await page.goto(`${server.url}#/de-cuong`);
      await eventually(() => text(page, "outline-summary")).toContain("Từ 01/07/2025 đến 09/10/2025");

      // A plan the economy department issued, entered in the register with its scan attached.
      const saved = await api<{ id: number }>(page, "registers.save", {
        register: "documents",
        record: {
          numberSymbol: "145/KH-UBND",
          date: "2025-09-22",
          kind: "Kế hoạch",
          summary: "Kế hoạch nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2025",
          direction: "di",
          isLegalNormative: false,
        },
      });
      const pdf = planPdf();
      await api(page, "attachments.add", { documentId: saved.id, fileName: "KH 145 PCI.pdf", contentBase64: pdf.toString("base64") });

      // Linked to item II.5.6 from the outline, the picker saying the file is there.
      await page.getByTestId("tree-II.5.6").click();
      await page.getByTestId("item-editor").getByRole("button", { name: "Thêm tài liệu minh chứng…" }).click();
      await page.getByLabel("Tìm văn bản theo số, ký hiệu hoặc trích yếu").fill("nang cao chi so nang luc canh tranh");
      const candidates = page.getByTestId("evidence-candidates");
      await eventually(() => candidates.locator("tbody tr").filter({ hasText: "145/KH-UBND" }).count()).toBe(1);
      const row = candidates.locator("tbody tr").filter({ hasText: "145/KH-UBND" });
      expect(await row.textContent()).toContain("Có tệp");
      await row.getByRole("button", { name: "Chọn" }).click();
      await eventually(() => row.getByRole("button", { name: "Bỏ chọn" }).count()).toBe(1);
      await settledScreenshot(page, "ho-so-chon-minh-chung");
      keepScreenshot("ho-so-chon-minh-chung");
      await page.getByRole("button", { name: "Xong" }).click();
      await eventually(() => text(page, "item-evidence")).toContain("145/KH-UBND");
      expect(await page.getByTestId("item-evidence").getByTestId("evidence-file-mark").allTextContents()).toEqual(["Có tệp"]);

      // The binder from its button: a zip, the gaps listed under the buttons.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất hồ sơ minh chứng" }).click()]);
      expect(download.suggestedFilename()).toBe("Hồ sơ minh chứng - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.zip");
      const gaps = page.getByTestId("binder-gaps");
      await eventually(() => gaps.textContent()).toContain("hồ sơ còn thiếu");
      expect(await gaps.textContent()).toContain("Mục II.4.1: chưa có tài liệu minh chứng.");
      expect(await gaps.textContent()).not.toContain("Mục II.5.6");
      await gaps.scrollIntoViewIfNeeded();
      await settledScreenshot(page, "ho-so-minh-chung-xuat");
      keepScreenshot("ho-so-minh-chung-xuat");

      // Unpacked onto a "USB stick", opened with no app and no server.
      const usb = path.join(dir, "USB", "Hồ sơ minh chứng - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025");
      const names = unpack(readFileSync(await download.path()), usb);
      const ours = names.find((n) => n.endsWith("/145-KH-UBND_22-09-2025.pdf"));
      expect(ours).toBe("II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG CẢI CÁCH HÀNH CHÍNH/5.6. Triển khai các nội dung về việc nâng cao…/145-KH-UBND_22-09-2025.pdf");
      expect(readFileSync(path.join(usb, ...ours!.split("/"))).equals(pdf)).toBe(true);

      await server.stop();
      serving = false;
      const index = pathToFileURL(path.join(usb, "00-Muc-luc.html")).href;
      await page.goto(index);
      await eventually(() => page.locator("h1").textContent()).toBe("HỒ SƠ TÀI LIỆU MINH CHỨNG");
      await settledScreenshot(page, "ho-so-minh-chung-muc-luc");
      keepScreenshot("ho-so-minh-chung-muc-luc");

      // Every link as Chromium resolves it lands on a file or folder of the binder.
      const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => (a as unknown as { href: string }).href));
      const files = hrefs.filter((h) => h.startsWith("file:"));
      expect(files.length).toBeGreaterThan(20);
      for (const href of files) {
        const target = fileURLToPath(href.split("#")[0]!);
        expect(target.startsWith(usb), href).toBe(true);
        expect(existsSync(target), href).toBe(true);
      }

      // Item by item: the table of contents leads to II.5.6, whose link opens the very file.
      await page.getByRole("link", { name: /^Mục II\.5\.6:/ }).click();
      const section = page.locator("h3#muc-II\\.5\\.6");
      await eventually(() => section.isVisible()).toBe(true);
      const fileLink = page.getByRole("link", { name: "145-KH-UBND_22-09-2025.pdf" });
      const opened = await fileLink.evaluate((a) => (a as unknown as { href: string }).href);
      expect(readFileSync(fileURLToPath(opened)).includes(Buffer.from(PDF_MARKER))).toBe(true);
      await section.scrollIntoViewIfNeeded();
      await settledScreenshot(page, "ho-so-minh-chung-muc");
      keepScreenshot("ho-so-minh-chung-muc");

      // The item's folder link opens the folder Chromium lists, with the file in it.
      await page.locator("h3#muc-II\\.5\\.6 + p").getByRole("link", { name: "Mở thư mục của mục này" }).click();
      await eventually(() => page.locator("body").textContent()).toContain("145-KH-UBND_22-09-2025.pdf");
      expect(statSync(fileURLToPath(page.url())).isDirectory()).toBe(true);
      expect(pageErrors).toEqual([]);
    } finally {
      if (serving) await server.stop();
    }
  }, 180_000);
});
