/**
 * The evidence binder from the demo commune: a folder per outline part and
 * item named by the outline's numbering, every path within the limit and
 * safe on any disk, an index whose every link opens a file of the binder,
 * what is missing listed, each file the very bytes attached, the zip holding
 * the same tree, and the command's exit codes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main";
import { attachFile, filesFolder, readAttachment } from "../../core/attachments/attachments";
import { setStorePassphrase } from "../../core/backup/passphrase";
import { binderGaps, binderZip, keepBinderInOutbox, prepareBinder, writeBinderFolder } from "../../core/binder/binder";
import { CHECKLIST_FILE, INDEX_FILE } from "../../core/binder/plan";
import { BINDER_PATH_CHARS, evidenceFileName, folderName, folderWording, UniqueNames } from "../../core/binder/names";
import type { AppContext } from "../../core/context";
import { setEvidenceLink } from "../../core/outline/evidence";
import { listOutbox } from "../../core/outbox/outbox";
import { entryContent, readZip } from "../../core/zip";
import { call } from "../api-calls";
import { cchc } from "../cli-runner";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";
import { useTempDir } from "../helpers";
import { planPdf } from "../fixtures/evidence-files";

const demo = demoCommune("cchc-binder-");
const dir = useTempDir("cchc-binder-out-");
const REQUEST = { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW };

/** Every file under a folder, as "/"-separated paths relative to it. */
function walk(root: string, under = ""): string[] {
  return readdirSync(path.join(root, under)).flatMap((name) => {
    const rel = under ? `${under}/${name}` : name;
    return statSync(path.join(root, rel)).isDirectory() ? walk(root, rel) : [rel];
  });
}

/** What Windows refuses in a name, and what it silently drops at the end of one. */
const FORBIDDEN = /[<>:"\\|?*\u0000-\u001f]/;

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

async function folderBinder(ctx: AppContext) {
  const binder = await prepareBinder(ctx, REQUEST);
  const out = writeBinderFolder(ctx, binder, path.join(dir(), "Hồ sơ minh chứng"));
  return { binder, out, files: walk(out).sort() };
}

describe("the evidence binder of the demo commune", () => {
  it("holds a folder per part and item named by the outline's numbering, every path within the limit and safe", async () => {
    const ctx = demo.officer();
    const { binder, out, files } = await folderBinder(ctx);
    expect(files).toContain(INDEX_FILE);
    expect(files).toContain(CHECKLIST_FILE);
    const evidence = files.filter((f) => f.includes("/"));
    expect(evidence.length).toBeGreaterThan(15);
    expect(evidence.sort()).toEqual(binder.plan.files.map((f) => f.path).sort());
    for (const file of files) {
      expect(file.length, file).toBeLessThanOrEqual(BINDER_PATH_CHARS);
      expect(file, file).toBe(file.normalize("NFC"));
      for (const segment of file.split("/")) {
        expect(segment, file).not.toMatch(FORBIDDEN);
        expect(segment, file).not.toMatch(/[ .]$/);
      }
    }
    const parts = [...new Set(evidence.map((f) => f.split("/")[0]))];
    expect(parts).toEqual(["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG CẢI CÁCH HÀNH CHÍNH"]);
    const items = new Set(evidence.map((f) => f.split("/").slice(0, 2).join("/")));
    expect(items).toContain("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH/1. Công tác chỉ đạo điều hành");
    expect(items).toContain("II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG CẢI CÁCH HÀNH CHÍNH/5.4. Tổng thu-chi ngân sách địa phương");
    for (const item of items) expect(item.split("/")[1], item).toMatch(/^\d+(\.[\da-z]+)*\. \S/);
    // Files named by number and date: "08-KH-UBND_18-07-2025.pdf".
    for (const file of evidence) expect(file.split("/").pop(), file).toMatch(/^[^/]+_\d{2}-\d{2}-\d{4}( \(\d+\))?\.pdf$/);
    // Each file is the very bytes attached.
    for (const planned of binder.plan.files) expect(readFileSync(path.join(out, ...planned.path.split("/"))).equals(readAttachment(ctx, planned.attachmentId).bytes), planned.path).toBe(true);
  });

  it("links every file from its index, each link resolving inside the binder, and lists what is missing", async () => {
    const ctx = demo.officer();
    const { binder, out, files } = await folderBinder(ctx);
    const html = readFileSync(path.join(out, INDEX_FILE), "utf8");
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")).filter((h) => !h.startsWith("#"));
    expect(hrefs.length).toBeGreaterThan(files.length - 1);
    for (const href of hrefs) {
      expect(href, href).not.toMatch(/^[a-z]+:|^\//i);
      expect(existsSync(path.join(out, ...href.split("/").map(decodeURIComponent))), href).toBe(true);
    }
    const linked = new Set(hrefs.map((h) => h.split("/").map(decodeURIComponent).join("/")));
    for (const file of files.filter((f) => f !== INDEX_FILE)) expect(linked.has(file), file).toBe(true);
    // Anchors of the table of contents land on their items.
    for (const anchor of html.matchAll(/href="#([^"]+)"/g)) expect(html).toContain(`id="${anchor[1]}"`);

    const gaps = binderGaps(binder.plan);
    expect(gaps).toContain("Mục II.4.1: chưa có tài liệu minh chứng.");
    const withoutFile = gaps.filter((g) => g.endsWith("chưa có tệp."));
    expect(withoutFile.length).toBeGreaterThan(0);
    expect(html).toContain("Chưa có tài liệu minh chứng");
    expect(html.split('<span class="missing">Chưa có tệp</span>').length - 1).toBe(withoutFile.length);
    expect(binder.plan.totals.documentsWithoutFile).toBe(withoutFile.length);
    expect(html).toMatch(/Tệp trong hồ sơ:<\/b> \d+ tệp, tổng dung lượng [\d,.]+ KB/);
  });

  it("copies a document evidencing several items into each item's folder", async () => {
    const ctx = demo.officer();
    const { binder } = await prepareBinderOnly(ctx);
    const folders = new Map<string, string[]>();
    for (const f of binder.plan.files) folders.set(f.sha256, [...(folders.get(f.sha256) ?? []), f.path.split("/").slice(0, 2).join("/")]);
    const shared = [...folders.values()].filter((places) => new Set(places).size > 1);
    expect(shared.length).toBeGreaterThan(0);
  });

  it("writes the same tree into a zip, with UTF-8 names, and keeps the zip in Hộp thư đi", async () => {
    const ctx = demo.officer();
    const { binder, out, files } = await folderBinder(ctx);
    const zip = binderZip(ctx, binder);
    const entries = readZip(zip);
    expect(entries.map((e) => e.name).sort()).toEqual(files);
    for (const e of entries) {
      expect(e.central.readUInt16LE(8) & 0x0800, e.name).toBe(0x0800);
      expect(entryContent(e).equals(readFileSync(path.join(out, ...e.name.split("/")))), e.name).toBe(true);
    }
    const kept = keepBinderInOutbox(ctx, binder, () => zip);
    expect(kept.note).toBeNull();
    expect(kept.entry).toMatchObject({ kind: "ho_so_minh_chung", fileName: "Hồ sơ minh chứng - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025.zip", fileState: "nguyen_ven" });
  });

  it("is given to the screen as a zip through the API, kept in Hộp thư đi, with what is missing", async () => {
    const ctx = demo.officer();
    const file = await call<{ fileName: string; contentBase64: string; files: number; bytes: number; gaps: string[]; outboxNote: string | null }>(ctx, "outline.exportBinder", REQUEST);
    const entries = readZip(Buffer.from(file.contentBase64, "base64"));
    expect(entries.map((e) => e.name)).toContain(INDEX_FILE);
    expect(entries.filter((e) => e.name.includes("/"))).toHaveLength(file.files);
    expect(file.gaps).toContain("Mục II.4.1: chưa có tài liệu minh chứng.");
    expect(file.outboxNote).toBeNull();
    expect(listOutbox(ctx).entries.map((e) => [e.kind, e.fileName])).toEqual([["ho_so_minh_chung", file.fileName]]);
  });

  it("leaves no readable copy in the data folder when the store has a passphrase", async () => {
    const ctx = demo.officer();
    setStorePassphrase(ctx, null, "Cẩm Giang 2025 bí mật");
    const binder = await prepareBinder(ctx, REQUEST);
    const kept = keepBinderInOutbox(ctx, binder, () => binderZip(ctx, binder));
    expect(kept.entry).toBeNull();
    expect(kept.note).toMatch(/mật khẩu bảo vệ/);
    expect(listOutbox(ctx).entries).toHaveLength(0);
  });

  it("puts the binder inside a folder that holds files already, under its own name", async () => {
    const ctx = demo.officer();
    const usb = path.join(dir(), "usb");
    mkdirSync(usb);
    writeFileSync(path.join(usb, "ghi-chu.txt"), "của người dùng");
    const binder = await prepareBinder(ctx, REQUEST);
    const first = writeBinderFolder(ctx, binder, usb);
    const second = writeBinderFolder(ctx, binder, usb);
    expect(path.basename(first)).toBe("Hồ sơ minh chứng - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025");
    expect(path.basename(second)).toBe("Hồ sơ minh chứng - Xã Cẩm Giang - Từ 01-07-2025 đến 09-10-2025 (2)");
    expect(readdirSync(usb).sort()).toEqual([path.basename(first), path.basename(second), "ghi-chu.txt"].sort());
  });
});

describe("a binder that cannot be made whole", () => {
  it("writes nothing when an attached file is missing, and says to restore it from a backup", async () => {
    const ctx = demo.officer();
    rmSync(filesFolder(ctx), { recursive: true });
    const binder = await prepareBinder(ctx, REQUEST);
    const parent = dir();
    await expect(async () => writeBinderFolder(ctx, binder, path.join(parent, "ho-so"))).rejects.toThrow(/Không thấy tệp đính kèm.*khôi phục từ bản sao lưu/);
    expect(readdirSync(parent)).toEqual([]);
  });
});

async function prepareBinderOnly(ctx: AppContext) {
  return { binder: await prepareBinder(ctx, REQUEST) };
}

describe("names inside the binder", () => {
  it("cuts long wording at a word with an ellipsis, drops forbidden characters and trailing dots, keeps Vietnamese", () => {
    const long = "Việc ban hành và tổ chức thực hiện các chương trình, kế hoạch ứng dụng công nghệ thông tin, chuyển đổi số: … văn bản.";
    const name = folderName("6.a", folderWording(long, long), 50);
    expect(name).toBe("6.a. Việc ban hành và tổ chức thực hiện các…");
    expect(name.length).toBeLessThanOrEqual(50);
    expect(folderName("1", 'Báo cáo <quý> "I"? | tháng 1/2025...', 50)).toBe("1. Báo cáo quý I tháng 1-2025");
    expect(folderName("2", "con", 50)).toBe("2. con");
    expect(folderName("", "con", 50)).toBe("_con");
    const decomposed = "Thông tin, tuyên truyền".normalize("NFD");
    expect(folderName("2", decomposed, 50)).toBe("2. Thông tin, tuyên truyền");
  });

  it("names a file by the document's number and date, several files of one document numbered", () => {
    expect(evidenceFileName("25/KH-UBND", "2025-01-10", "pdf")).toBe("25-KH-UBND_10-01-2025.pdf");
    expect(evidenceFileName("25/KH-UBND", "2025-01-10", "jpg", 2)).toBe("25-KH-UBND_10-01-2025 (2).jpg");
    expect(evidenceFileName("01/2025/QĐ-UBND", "2025-09-12", "pdf")).toBe("01-2025-QĐ-UBND_12-09-2025.pdf");
  });

  it("keeps names unique the way Windows compares them", () => {
    const names = new UniqueNames(20);
    expect(names.take("Báo cáo.pdf", ".pdf")).toBe("Báo cáo.pdf");
    expect(names.take("BÁO CÁO.pdf", ".pdf")).toBe("BÁO CÁO (2).pdf");
    expect(names.take("Báo cáo.pdf".normalize("NFD"), ".pdf")).toBe("Báo cáo (3).pdf");
  });
});

describe("cchc export ho-so-minh-chung", () => {
  it("exits 1 with the binder written when items are missing, one line each (the bundled command)", () => {
    const ctx = demo.officer();
    ctx.store.close();
    const out = path.join(dir(), "hs.zip");
    const run = cchc(["export", "ho-so-minh-chung", "--db", ctx.store.path, "--period", DEMO_WINDOW, "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`ra tệp ${out}.`);
    expect(run.stdout).toContain("Bản sao chờ gửi nằm trong Hộp thư đi");
    expect(run.stderr).toContain("- Mục II.4.1: chưa có tài liệu minh chứng.");
    expect(readZip(readFileSync(out)).map((e) => e.name)).toContain(INDEX_FILE);
  });

  it("exits 0 when every item has its documents with their files, and 2 when nothing could be written", async () => {
    const ctx = demo.officer();
    // Every item given a document, every document its file.
    const binder = await prepareBinder(ctx, REQUEST);
    const items = binder.plan.parts.flatMap((p) => p.items);
    const withFile = items.flatMap((i) => i.documents).find((d) => d.files.length > 0)!.document.documentId;
    for (const item of items) {
      if (item.documents.length === 0) setEvidenceLink(ctx, { outlineId: DEMO_OUTLINE, itemKey: item.node.key, documentId: withFile }, true);
      for (const d of item.documents) if (d.files.length === 0) attachFile(ctx, d.document.documentId, { fileName: "ban-chup.pdf", bytes: planPdf() });
    }
    ctx.store.close();
    const folder = path.join(dir(), "ho-so");
    const done = await cli(["export", "ho-so-minh-chung", "--db", ctx.store.path, "--period", DEMO_WINDOW, "--out", folder, "--json"]);
    expect(done.stderr).toBe("");
    expect(done.status).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ out: folder, format: "folder", gaps: [] });
    const file = path.join(dir(), "mot-tep");
    writeFileSync(file, "x");
    const refused = await cli(["export", "ho-so-minh-chung", "--db", ctx.store.path, "--period", DEMO_WINDOW, "--out", file]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("là một tệp, không phải thư mục");
  });
});
