/** “Mở” in the desktop app: the plain copy the system viewer opens, written under the kept name in the temporary folder (Electron itself cannot run here). */
import { existsSync, mkdirSync, readFileSync, utimesSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sweepViewerCopies, VIEWER_COPY_KEEP_MS, VIEWER_FOLDER, viewerCopyPath, writeViewerCopy } from "../../electron/viewer-copy";
import { planPdf } from "../fixtures/evidence-files";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-viewer-copy-");

describe("the copy the system viewer opens", () => {
  it("goes to <temp>/cchc-mo-tep/<id>/ under the name the file was attached with", async () => {
    const temp = tempDir();
    const bytes = planPdf();
    const copy = await writeViewerCopy(temp, 7, "25-KH-UBND (bản ký).pdf", bytes);
    expect(copy).toBe(path.join(temp, VIEWER_FOLDER, "7", "25-KH-UBND (bản ký).pdf"));
    expect(Buffer.compare(readFileSync(copy), bytes)).toBe(0);
  });

  it("keeps two documents' files of the same name apart", async () => {
    const temp = tempDir();
    const a = await writeViewerCopy(temp, 1, "Ke hoach.pdf", planPdf("mot"));
    const b = await writeViewerCopy(temp, 2, "Ke hoach.pdf", planPdf("hai"));
    expect(a).not.toBe(b);
    expect(readFileSync(a).toString("latin1")).toContain("mot");
    expect(readFileSync(b).toString("latin1")).toContain("hai");
  });

  it("never leaves its folder, whatever the name holds", () => {
    const root = path.join("/tmp", VIEWER_FOLDER, "3");
    for (const name of ["../../../etc/passwd.pdf", "..\\..\\Windows\\x.pdf", "/abs/hop.pdf", "con.pdf", "a\u202Efdp.exe.pdf"]) {
      const file = viewerCopyPath("/tmp", 3, name);
      expect(path.dirname(file), name).toBe(root);
      expect(path.basename(file), name).toMatch(/\.pdf$/);
    }
    expect(path.basename(viewerCopyPath("/tmp", 3, "con.pdf"))).toBe("_con.pdf");
  });

  it("refuses an id that is not an attachment's", () => {
    for (const id of [0, -1, 1.5, Number.NaN]) expect(() => viewerCopyPath("/tmp", id, "a.pdf")).toThrow("Tệp đính kèm không hợp lệ.");
  });

  it("opens a copy still open in a viewer that locks it when it holds the same bytes, and refuses in Vietnamese otherwise", async () => {
    const temp = tempDir();
    const bytes = planPdf();
    const copy = await writeViewerCopy(temp, 4, "a.pdf", bytes);
    // A folder where the file should be stands in for a file the system will not let the app write over.
    const blocked = viewerCopyPath(temp, 5, "b.pdf");
    mkdirSync(blocked, { recursive: true });
    await expect(writeViewerCopy(temp, 5, "b.pdf", bytes)).rejects.toThrow(/^Không chép được tệp "b\.pdf" ra thư mục tạm để mở \(đường dẫn là một thư mục\)\. Dữ liệu không thay đổi\.$/);
    expect(await writeViewerCopy(temp, 4, "a.pdf", bytes)).toBe(copy);
  });

  it("removes copies older than a working day at the next “Mở”, and keeps the recent ones", async () => {
    const temp = tempDir();
    const old = await writeViewerCopy(temp, 1, "cu.pdf", planPdf());
    const recent = await writeViewerCopy(temp, 2, "moi.pdf", planPdf());
    const long = (Date.now() - VIEWER_COPY_KEEP_MS - 60_000) / 1000;
    utimesSync(path.dirname(old), long, long);
    await sweepViewerCopies(temp);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    await expect(sweepViewerCopies(path.join(temp, "chua-mo-lan-nao"))).resolves.toBeUndefined();
  });
});
