/**
 * Paths are built, never taken: whatever file name a caller sends, the app
 * writes (and reads) only files it names itself, inside its own folders.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import { fileInside } from "../../core/file-inside";
import { callerFileName, safeFileName } from "../../core/safe-file-name";
import { call, refused } from "../api-calls";
import { HEADERS_VI } from "../fixtures/dossier-exports";
import { formInColumnC } from "../fixtures/province-forms";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-duong-dan-");

/** The store three folders down, so "../../x" from its outbox still lands inside the temp folder where the test can see it. */
function newContext(): { ctx: AppContext; root: string; outbox: string } {
  const root = tempDir();
  const dir = path.join(root, "a", "b", "du-lieu");
  mkdirSync(dir, { recursive: true });
  const ctx = createAppContext({ storePath: path.join(dir, "xa.sqlite"), userName: "Lê Thị Hoa" });
  return { ctx, root, outbox: path.join(dir, "hop-thu-di") };
}

/** Every file under `root`, relative to it, with "/" between folders. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** The files the app wrote outside its store, its outbox and its backups. */
const strayFiles = (root: string) => filesUnder(root).filter((f) => !/^a\/b\/du-lieu\/(xa\.sqlite(-wal|-shm)?|hop-thu-di\/[^/]+|sao-luu\/cchc-[^/]+\.sqlite)$/.test(f));

const unit = { name: "Xã Cẩm Giang", kind: "xa", provinceName: "Thành phố Hải Phòng", placeName: "Cẩm Giang", profileId: "hai-phong", address: null };
const base64 = (text: string) => Buffer.from(text).toString("base64");
const utf8Bytes = (text: string) => Buffer.byteLength(text, "utf8");

interface Kept {
  fileName: string;
  filePath: string;
}

describe("outbox.keep", () => {
  const hostile: [string, string][] = [
    ["../../x", "x.xlsx"],
    ["..\\..\\x", "x.xlsx"],
    ["con.xlsx", "_con.xlsx"],
    ["LPT1.tar.xlsx", "_LPT1.tar.xlsx"],
    ["bieu\u0000mau.xlsx", "bieumau.xlsx"],
    ["tệp\u202Exslx.exe", "tệpxslx.exe.xlsx"],
    ["  Biểu 3 . xlsx.. ", "Biểu 3 . xlsx.xlsx"],
    ["..", "Biểu mẫu của tỉnh đã điền.xlsx"],
    ["Biểu 3 - đã điền.xlsx", "Biểu 3 - đã điền.xlsx"],
  ];

  it.each(hostile)("keeps %j inside the outbox as %j, writing nothing elsewhere", async (sent, expected) => {
    const { ctx, root, outbox } = newContext();
    const kept = await call<Kept>(ctx, "outbox.keep", { fileName: sent, contentBase64: base64("PK"), kind: "bieu_mau_tinh" });
    expect(kept.fileName).toBe(expected);
    expect(kept.filePath).toBe(path.join(outbox, expected));
    expect(filesUnder(outbox)).toEqual([expected]);
    expect(strayFiles(root)).toEqual([]);
    ctx.store.close();
  });

  it("keeps an absolute path's last part only", async () => {
    const { ctx, root, outbox } = newContext();
    const target = path.join(root, "abs", "x.xlsx");
    mkdirSync(path.dirname(target));
    const kept = await call<Kept>(ctx, "outbox.keep", { fileName: target, contentBase64: base64("PK"), kind: "phu_luc_3" });
    expect(kept.filePath).toBe(path.join(outbox, "x.xlsx"));
    expect(strayFiles(root)).toEqual([]);
    ctx.store.close();
  });

  it("shortens a very long name, keeping its Vietnamese letters and the extension", async () => {
    const { ctx, root, outbox } = newContext();
    const kept = await call<Kept>(ctx, "outbox.keep", { fileName: `${"Báo cáo kiểm tra ".repeat(15)}.docx`, contentBase64: base64("PK"), kind: "bao_cao" });
    expect(kept.fileName).toMatch(/^Báo cáo kiểm tra Báo cáo .*\.docx$/);
    expect(utf8Bytes(kept.fileName)).toBeLessThanOrEqual(200);
    expect(filesUnder(outbox)).toEqual([kept.fileName]);
    expect(strayFiles(root)).toEqual([]);
    ctx.store.close();
  });

  it("gives a second file under the same cleaned name its own number", async () => {
    const { ctx, outbox } = newContext();
    await call(ctx, "outbox.keep", { fileName: "../x.xlsx", contentBase64: base64("PK1"), kind: "phu_luc_3" });
    await call(ctx, "outbox.keep", { fileName: "x.xlsx", contentBase64: base64("PK2"), kind: "phu_luc_3" });
    expect(filesUnder(outbox)).toEqual(["x (2).xlsx", "x.xlsx"]);
    ctx.store.close();
  });
});

describe("outbox entries are read from the outbox only", () => {
  it("will not hand out or even read a file an entry points at outside the outbox", async () => {
    const { ctx, root } = newContext();
    const secret = path.join(root, "bi-mat.txt");
    writeFileSync(secret, "mật khẩu");
    const sha = createHash("sha256").update("mật khẩu").digest("hex");
    // As a whole-data file brought from elsewhere could hold it.
    ctx.store.sqlite.prepare("INSERT INTO outbox_entries (file_path, kind, sha256, size_bytes, created_at) VALUES (?, 'phu_luc_3', ?, 12, '2025-10-01 08:00')").run(secret, sha);
    const { entries } = await call<{ entries: (Kept & { id: number; fileState: string })[] }>(ctx, "outbox.list", {});
    expect(entries[0]).toMatchObject({ fileName: "bi-mat.txt.xlsx", fileState: "khong_con" });
    expect(path.dirname(entries[0]!.filePath)).toBe(path.join(path.dirname(ctx.store.path), "hop-thu-di"));
    expect(await refused(ctx, "outbox.file", { id: entries[0]!.id })).toContain('Tệp "bi-mat.txt.xlsx" không còn trong thư mục Hộp thư đi');
    ctx.store.close();
  });
});

describe("the app's own exports", () => {
  it("name their files safely even from a long or odd unit name, inside the outbox", async () => {
    const { ctx, root, outbox } = newContext();
    await call(ctx, "unit.save", { ...unit, name: `..\\..\\CON ${"Xã Cẩm Giang ".repeat(15)}`.trim().slice(0, 200) });
    const xlsx = await call<{ fileName: string }>(ctx, "report.exportXlsx", { period: "2025-Q3" });
    const docx = await call<{ fileName: string }>(ctx, "outline.exportDocx", { outlineId: "de-cuong-kiem-tra-2025", period: "2025-07-01..2025-10-09" });
    const pack = await call<{ fileName: string }>(ctx, "packages.create", { outlineId: "de-cuong-kiem-tra-2025", period: "2025-07-01..2025-10-09", departmentCode: "KT", confirmPastDeadline: true });
    for (const name of [xlsx.fileName, docx.fileName, pack.fileName]) {
      expect(name).not.toMatch(/[\\/]/);
      expect(utf8Bytes(name)).toBeLessThanOrEqual(200);
    }
    expect(xlsx.fileName).toMatch(/^Phụ lục 3 - \.\.\.\.CON Xã Cẩm Giang .*\.xlsx$/);
    expect(pack.fileName).toMatch(/\.cchc$/);
    expect(filesUnder(outbox)).toEqual([xlsx.fileName, docx.fileName, pack.fileName].sort());
    expect(strayFiles(root)).toEqual([]);
    ctx.store.close();
  });

  it("hand out download names made by the app from the caller's file name", async () => {
    const { ctx, root } = newContext();
    await call(ctx, "unit.save", unit);
    const form = await formInColumnC();
    const filled = await call<{ fileName: string }>(ctx, "report.fillForm", { period: "2025-Q3", fileName: "..\\..\\con", contentBase64: form.bytes.toString("base64") });
    expect(filled.fileName).toBe("con - đã điền.xlsx");
    expect(strayFiles(root)).toEqual([]);
    ctx.store.close();
  });
});

describe("the rejected rows' file", () => {
  it("is named by the app from the last part of the imported file's name", async () => {
    const { ctx, root } = newContext();
    const csv = [HEADERS_VI.join(";"), "1;;Đăng ký khai sinh;Hộ tịch;Bình;01/03/2025;02/03/2025;;Đang xử lý;Trực tuyến"].join("\n");
    const r = await call<{ rejectedFile: { fileName: string } | null }>(ctx, "dossiers.import", { fileName: "..\\..\\ho-so.csv", contentBase64: base64(csv) });
    expect(r.rejectedFile?.fileName).toBe("ho-so - dong bi tu choi.xlsx");
    expect(strayFiles(root)).toEqual([]);
    ctx.store.close();
  });
});

describe("backups", () => {
  it("restore from an upload named anything, writing only beside the store for the restore's time", async () => {
    const { ctx, root } = newContext();
    expect(await refused(ctx, "backup.restore", { fileName: "../../x.sqlite", contentBase64: base64("không phải dữ liệu") })).toContain("x.sqlite");
    expect(strayFiles(root)).toEqual([]);
    ctx.store.close();
  });

  it("refuse a folder that is not a full path, and name their files themselves in a folder the clerk chose", async () => {
    const { ctx, root } = newContext();
    expect(await refused(ctx, "backup.setFolder", { folder: "../../x" })).toContain("phải là đường dẫn đầy đủ");
    const usb = path.join(root, "usb");
    await call(ctx, "backup.setFolder", { folder: usb });
    await call(ctx, "backup.take", {});
    expect(filesUnder(usb)).toEqual([expect.stringMatching(/^cchc-\d{8}-\d{6}-tay\.sqlite$/)]);
    expect(await refused(ctx, "backup.file", { file: path.join(root, "a", "b", "du-lieu", "xa.sqlite") })).toContain("Không còn bản sao lưu");
    ctx.store.close();
  });
});

describe("the file-name helper", () => {
  it("cleans a name the app builds, keeping Vietnamese letters", () => {
    expect(safeFileName('Phụ lục 3 - Xã A/B: "Quý I" năm 2025.xlsx', ["xlsx"], "Phụ lục 3")).toBe("Phụ lục 3 - Xã AB Quý I năm 2025.xlsx");
    expect(safeFileName("AUX .docx", ["docx"], "Báo cáo")).toBe("_AUX.docx");
    expect(safeFileName("com¹.docx", ["docx"], "Báo cáo")).toBe("_com¹.docx");
    expect(safeFileName("Gói.CCHC", ["cchc", "xlsx"], "Gói")).toBe("Gói.cchc");
    expect(safeFileName("Mẫu.xlsx", ["cchc", "xlsx"], "Gói")).toBe("Mẫu.xlsx");
    expect(safeFileName("\u0007\u001f", ["xlsx"], "Phụ lục 3")).toBe("Phụ lục 3.xlsx");
  });

  it("takes only the last part of a name a caller sent", () => {
    expect(callerFileName("C:\\Users\\x\\Biểu 3.xlsx", ["xlsx"], "Biểu")).toBe("Biểu 3.xlsx");
    expect(callerFileName("/etc/cron.d/x", ["xlsx"], "Biểu")).toBe("x.xlsx");
    expect(callerFileName("a/..", ["xlsx"], "Biểu")).toBe("Biểu.xlsx");
  });

  it("refuses a name that would leave the folder", () => {
    const folder = path.join(tempDir(), "hop-thu-di");
    expect(fileInside(folder, "x.xlsx")).toBe(path.join(folder, "x.xlsx"));
    for (const name of ["../x.xlsx", "..", "", "a/b.xlsx", path.join(folder, "..", "x.xlsx")]) {
      expect(() => fileInside(folder, name)).toThrow(/nằm ngoài thư mục/);
    }
  });
});
