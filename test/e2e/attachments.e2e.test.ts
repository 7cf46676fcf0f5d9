/**
 * Files attached to documents, on the screen: the “Tệp” column of Sổ văn bản,
 * a document's files (choose, drop, open as a download in browser mode,
 * remove, a renamed program refused, the same file not taken twice), and a
 * folder of scans attached after a preview of the matches.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { planPdf, renamedProgram, tinyPng } from "../fixtures/evidence-files";
import { evidencePdf } from "../../core/demo/evidence-pdf";
import { useTempDir } from "../helpers";
import { seriousViolations } from "./axe";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { choose, dialog, eventually, keepScreenshot, noPageOverflow, settledScreenshot } from "./ui";

const tempDir = useTempDir("cchc-e2e-attachments-");
const browser = useBrowser();

/** The paperclip button of a document's row: its accessible name carries the count. */
const filesButton = (page: Page, numberSymbol: string, rowText?: string) => {
  const rows = page.getByTestId("documents-table").locator("tbody tr.ant-table-row");
  const row = rowText ? rows.filter({ hasText: rowText }) : rows;
  return row.getByRole("button", { name: new RegExp(`^Tệp đính kèm của văn bản số ${numberSymbol.replace(/[/.]/g, "\\$&")}: `) });
};
const countOf = async (page: Page, numberSymbol: string, rowText?: string) => {
  const name = (await filesButton(page, numberSymbol, rowText).getAttribute("aria-label")) ?? "";
  return Number(/: (\d+) tệp$/.exec(name)?.[1] ?? Number.NaN);
};

/** A second 14/QĐ-UBND, a year earlier: numbers restart each year, so "QĐ 14.QĐ-UBND.pdf" points to two entries. */
async function addEarlierDocument(page: Page): Promise<void> {
  const token = (await page.locator('meta[name="cchc-api-token"]').getAttribute("content")) ?? "";
  const response = await page.request.post(new URL("api/registers.save", page.url()).href, {
    headers: { "X-CCHC-Token": token },
    data: {
      register: "documents",
      record: { numberSymbol: "14/QĐ-UBND", date: "2024-03-05", kind: "Quyết định", summary: "Quyết định năm trước cùng số, để thử tệp khớp nhiều văn bản", direction: "di", isLegalNormative: false },
    },
  });
  expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
}

/**
 * Drops files on an element the way a file manager does: a drop event carrying a DataTransfer built in the page.
 * A string, as this file is compiled without the DOM's types.
 */
const DROP_FILES = `(element, given) => {
  const data = new DataTransfer();
  for (const f of given) data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
  element.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
  element.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
}`;

async function dropFiles(page: Page, testId: string, files: { name: string; bytes: Buffer }[]): Promise<void> {
  const given = JSON.stringify(files.map((f) => ({ name: f.name, base64: f.bytes.toString("base64") })));
  await page.evaluate(`(${DROP_FILES})(document.querySelector('[data-testid="${testId}"]'), ${given})`);
}

describe("browser mode: files attached to documents", () => {
  it("attaches by choosing and by dropping, opens as a download, refuses a renamed program, and attaches a folder after its preview", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    expect(cchc(["demo", "--db", db, "--seed", "7", "--until", "2025-10-09"]).status).toBe(0);
    const write = (name: string, bytes: Buffer) => {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      return file;
    };
    const plan = planPdf();
    const planFile = write("Kế hoạch CCHC 2025.pdf", plan);
    const program = write("bao-cao.pdf", renamedProgram());
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const pageErrors = recordPageErrors(page);
      await page.goto(`${server.url}#/du-lieu/van-ban`);
      await addEarlierDocument(page);
      await page.reload();
      await eventually(() => countOf(page, "08/KH-UBND")).toBeGreaterThanOrEqual(0);
      const before = await countOf(page, "08/KH-UBND");

      // One document's files: a PDF through the file chooser.
      await filesButton(page, "08/KH-UBND").click();
      const files = dialog(page);
      await files.getByText("Tệp đính kèm của văn bản số 08/KH-UBND").waitFor();
      const chooser = files.getByLabel("Chọn tệp đính kèm cho văn bản số 08/KH-UBND");
      await chooser.setInputFiles(planFile);
      const outcome = page.getByTestId("attachment-outcome");
      await eventually(() => outcome.textContent()).toContain("Đã đính kèm 1 tệp: “Kế hoạch CCHC 2025.pdf”.");
      const listed = page.getByTestId("document-files-table").locator("tbody tr.ant-table-row");
      await eventually(() => listed.count()).toBe(before + 1);

      // A photo dropped onto the area.
      await dropFiles(page, "document-files-drop", [{ name: "Ảnh niêm yết.png", bytes: tinyPng() }]);
      await eventually(() => outcome.textContent()).toContain("Đã đính kèm 1 tệp: “Ảnh niêm yết.png”.");
      await eventually(() => listed.count()).toBe(before + 2);

      // The same PDF again, and a program renamed .pdf: neither is taken.
      await chooser.setInputFiles([planFile, program]);
      await eventually(() => outcome.textContent()).toContain("Tệp này đã có: “Kế hoạch CCHC 2025.pdf”.");
      expect(await outcome.getByRole("alert").textContent()).toContain('Tệp "bao-cao.pdf" không phải tệp PDF thật (nội dung không khớp với đuôi .pdf).');
      expect(await listed.count()).toBe(before + 2);
      const row = listed.filter({ hasText: "Kế hoạch CCHC 2025.pdf" });
      const cells = await row.locator("td").allTextContents();
      expect(cells.slice(1, 4)).toEqual(["1 KB", "Kiểm thử", expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/)]);
      await noPageOverflow(page);
      await settledScreenshot(page, "van-ban-tep-dinh-kem");
      expect(await seriousViolations(page)).toEqual([]);

      // Mở in browser mode: a download of the very bytes, under the name kept.
      const [download] = await Promise.all([page.waitForEvent("download"), row.getByRole("button", { name: "Mở tệp Kế hoạch CCHC 2025.pdf" }).click()]);
      expect(download.suggestedFilename()).toBe("Kế hoạch CCHC 2025.pdf");
      const saved = path.join(dir, "tai-ve.pdf");
      await download.saveAs(saved);
      expect(Buffer.compare(readFileSync(saved), plan)).toBe(0);

      // Gỡ, behind its question.
      await listed.filter({ hasText: "Ảnh niêm yết.png" }).getByRole("button", { name: "Gỡ tệp Ảnh niêm yết.png" }).click();
      const confirm = page.locator(".ant-popconfirm");
      await confirm.getByText("Gỡ tệp “Ảnh niêm yết.png” khỏi văn bản số 08/KH-UBND?").waitFor();
      await confirm.getByRole("button", { name: "Gỡ" }).click();
      await eventually(() => listed.count()).toBe(before + 1);
      await files.getByRole("button", { name: "Đóng" }).last().click();
      await files.waitFor({ state: "hidden" });
      await eventually(() => countOf(page, "08/KH-UBND")).toBe(before + 1);

      // A folder of scans named every which way: the preview first, nothing taken yet.
      const counts = { q14: await countOf(page, "14/QĐ-UBND", "07/07/2025"), cv231: await countOf(page, "231/UBND-TTPVHCC") };
      await page.getByRole("button", { name: "Đính kèm theo thư mục" }).click();
      const bulk = dialog(page);
      await bulk
        .getByLabel("Chọn các tệp để đính kèm theo thư mục", { exact: true })
        .setInputFiles([
          write("8-KH-UBND.pdf", plan),
          write("14_QD-UBND_2025.pdf", evidencePdf({ heading: "QUYET DINH 14/QD-UBND", lines: ["2025"] })),
          write("CV 231 UBND-TTPVHCC.pdf", evidencePdf({ heading: "CONG VAN 231/UBND-TTPVHCC", lines: ["2025"] })),
          write("QĐ 14.QĐ-UBND (ban ky).pdf", evidencePdf({ heading: "QUYET DINH 14/QD-UBND", lines: ["ban ky"] })),
          write("anh-hop-tap-the.pdf", evidencePdf({ heading: "ANH HOP", lines: [] })),
          write("chuong-trinh.pdf", renamedProgram()),
        ]);
      await eventually(() => page.getByTestId("bulk-summary").textContent()).toBe("6 tệp: 3 khớp một văn bản, 1 khớp nhiều văn bản (hãy chọn), 1 không khớp (bỏ qua), 1 bị từ chối.");
      const preview = page.getByTestId("bulk-preview").locator("tbody tr.ant-table-row");
      expect(await preview.filter({ hasText: "CV 231 UBND-TTPVHCC.pdf" }).textContent()).toContain("231/UBND-TTPVHCC – 06/08/2025");
      expect(await preview.filter({ hasText: "chuong-trinh.pdf" }).textContent()).toContain('Tệp "chuong-trinh.pdf" không phải tệp PDF thật');
      expect(await preview.filter({ hasText: "anh-hop-tap-the.pdf" }).textContent()).toContain("Không khớp văn bản nào");
      await eventually(() => bulk.getByRole("button", { name: "Đính kèm 3 tệp" }).isEnabled()).toBe(true);
      await choose(page, bulk.getByLabel("Chọn văn bản cho tệp QĐ 14.QĐ-UBND (ban ky).pdf"), "14/QĐ-UBND – 05/03/2024: Quyết định năm trước cùng số, để thử tệp khớp nhiều văn bản");
      const attach = bulk.getByRole("button", { name: "Đính kèm 4 tệp" });
      await attach.waitFor();
      await noPageOverflow(page);
      await settledScreenshot(page, "van-ban-dinh-kem-thu-muc");
      expect(await seriousViolations(page)).toEqual([]);
      expect(await countOf(page, "231/UBND-TTPVHCC")).toBe(counts.cv231);

      await attach.click();
      await eventually(() => page.getByTestId("bulk-result").textContent()).toContain("Đã đính kèm 3 tệp vào 3 văn bản. 1 tệp đã có từ trước (cùng nội dung), không thêm lần nữa.");
      await bulk.getByRole("button", { name: "Đóng" }).last().click();
      await bulk.waitFor({ state: "hidden" });
      await eventually(() => countOf(page, "231/UBND-TTPVHCC")).toBe(counts.cv231 + 1);
      expect(await countOf(page, "14/QĐ-UBND", "07/07/2025")).toBe(counts.q14 + 1);
      expect(await countOf(page, "14/QĐ-UBND", "05/03/2024")).toBe(1);
      expect(await countOf(page, "08/KH-UBND")).toBe(before + 1);

      // The document's form says how many files it carries and opens them; a new one is saved first.
      await page.getByRole("button", { name: "Sửa văn bản số 231/UBND-TTPVHCC" }).click();
      const form = dialog(page).filter({ hasText: "Sửa văn bản số 231/UBND-TTPVHCC" });
      await form.getByText(`Tệp đính kèm: ${counts.cv231 + 1} tệp`).waitFor();
      await form.getByRole("button", { name: "Xem, thêm tệp" }).click();
      const over = dialog(page).filter({ hasText: "Tệp đính kèm của văn bản số 231/UBND-TTPVHCC" });
      await eventually(() => over.getByTestId("document-files-table").locator("tbody tr.ant-table-row").count()).toBe(counts.cv231 + 1);
      await over.getByRole("button", { name: "Đóng" }).last().click();
      await over.waitFor({ state: "hidden" });
      await form.getByRole("button", { name: "Hủy" }).click();
      await form.waitFor({ state: "hidden" });
      await page.getByRole("button", { name: "Thêm văn bản" }).click();
      await dialog(page).getByText("lưu văn bản trước, rồi bấm nút kẹp giấy ở cột “Tệp”", { exact: false }).waitFor();
      await dialog(page).getByRole("button", { name: "Hủy" }).click();
      await dialog(page).waitFor({ state: "hidden" });

      // The list with its Tệp column, from the top.
      await page
        .getByTestId("documents-table")
        .locator(".ant-table-body")
        .evaluate((body) => body.scrollTo(0, 0));
      await noPageOverflow(page);
      await settledScreenshot(page, "van-ban-cot-tep");
      expect(await seriousViolations(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
    for (const name of ["van-ban-cot-tep", "van-ban-tep-dinh-kem", "van-ban-dinh-kem-thu-muc"]) keepScreenshot(name);
  });
});
