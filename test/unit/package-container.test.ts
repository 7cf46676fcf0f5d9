import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "../../shared/errors";
import { readPackage } from "../../core/packages/container";
import { MANIFEST_ENTRY, PACKAGE_LIMITS, PART_ENTRY, type DepartmentPart, type PackageManifest } from "../../core/packages/format";
import { entryContent, readZip, rewriteZip, writeZip } from "../../core/zip";
import { cchc } from "../cli-runner";

const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-goi-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = path.join(dir, "cam-giang.sqlite");
const WINDOW = "2025-07-01..2025-10-09";

let good: Buffer;

beforeAll(() => {
  expect(cchc(["demo", "--db", db, "--until", "2026-01-31"]).status).toBe(0);
  const out = path.join(dir, "TTPVHCC.cchc");
  const r = cchc(["package", "create", "--db", db, "--dept", "TTPVHCC", "--period", WINDOW, "--out", out, "--chap-nhan-qua-han"]);
  expect(r.status, r.stderr).toBe(0);
  good = readFileSync(out);
}, 120_000);

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const json = (v: unknown) => Buffer.from(JSON.stringify(v), "utf8");
const contentOf = (bytes: Buffer, name: string) => entryContent(readZip(bytes).find((e) => e.name === name)!);
const manifestOf = (bytes: Buffer) => JSON.parse(contentOf(bytes, MANIFEST_ENTRY).toString("utf8")) as PackageManifest;
const partOf = (bytes: Buffer) => JSON.parse(contentOf(bytes, PART_ENTRY).toString("utf8")) as DepartmentPart;

/** A package with the given part and manifest changes, its checksums made to match (a well-formed package saying something else). */
function repacked(part: Buffer, manifestChanges: Partial<PackageManifest> = {}, extra: { name: string; content: Buffer }[] = []): Buffer {
  const manifest = { ...manifestOf(good), ...manifestChanges, entries: { [PART_ENTRY]: sha256(part), ...Object.fromEntries(extra.map((e) => [e.name, sha256(e.content)])) } };
  return writeZip([{ name: MANIFEST_ENTRY, content: json(manifest) }, { name: PART_ENTRY, content: part }, ...extra]);
}

function refusal(bytes: Buffer, fileName = "TTPVHCC.cchc"): string {
  try {
    readPackage(bytes, fileName);
  } catch (e) {
    expect(isAppError(e) && e.code).toBe("package_refused");
    const message = (e as Error).message;
    expect(message).toContain(`Không nhận gói "${fileName}"`);
    expect(message).toContain("Dữ liệu của ứng dụng giữ nguyên");
    return message;
  }
  throw new Error("gói đã được nhận");
}

describe("cchc package create", () => {
  it("writes a package that reads back: the department's figures, texts and evidence items for the window, with its checksums", () => {
    const opened = readPackage(good, "TTPVHCC.cchc");
    expect(opened.manifest).toMatchObject({
      format: "cchc-goi-phong-ban",
      formatVersion: 1,
      unit: { name: "Xã Cẩm Giang" },
      window: { from: "2025-07-01", to: "2025-10-09" },
      outline: { id: "de-cuong-kiem-tra-2025" },
      department: { code: "TTPVHCC" },
      direction: "giao",
    });
    expect(opened.part.figures.map((f) => f.code)).toContain("tthc.ho_so.tong");
    expect(opened.part.figures.every((f) => f.answer === null)).toBe(true);
    expect(opened.part.figures.find((f) => f.code === "tthc.ho_so.tong")!.current).toBeGreaterThan(0);
    expect(opened.part.texts.map((t) => t.itemKey)).toEqual(expect.arrayContaining(["II.2.12", "II.2.13", "III.1", "V.2"]));
    expect(opened.part.texts.map((t) => t.itemKey)).not.toContain("I.1.1");
    expect(opened.part.texts.find((t) => t.itemKey === "II.2.13")!.current).toContain("đo lường mức độ hài lòng");
    const oneStop = opened.part.evidence.find((e) => e.itemKey === "II.2.2")!;
    // Linked at heading II.2, the one-stop shop's decisions cover II.2.2 without being linked to it.
    expect(oneStop.current).toEqual([]);
    expect(oneStop.coveredAbove.map((d) => d.numberSymbol)).toEqual(expect.arrayContaining(["29/QĐ-UBND", "36/QĐ-UBND"]));
    expect(opened.fileSha256).toBe(sha256(good));
  });

  it("carries no citizen's personal data, and records the sending in the history", () => {
    const sqlite = new Database(db, { readonly: true });
    try {
      const names = sqlite
        .prepare("SELECT citizen_name AS name FROM receptions UNION SELECT sender_name FROM complaints UNION SELECT applicant_name FROM dossiers")
        .pluck()
        .all()
        .filter((n): n is string => typeof n === "string" && n.length > 3);
      expect(names.length).toBeGreaterThan(5);
      const text = `${contentOf(good, PART_ENTRY).toString("utf8")}${contentOf(good, MANIFEST_ENTRY).toString("utf8")}`;
      for (const name of names) expect(text).not.toContain(name);
      // Made and waiting to go: its copy in Hộp thư đi says when it has been sent.
      expect(sqlite.prepare("SELECT count(*) FROM report_assignments WHERE department_code = 'TTPVHCC'").pluck().get()).toBe(1);
      expect(sqlite.prepare("SELECT state FROM outbox_entries WHERE kind = 'goi_phong_ban' AND sha256 = ?").pluck().get(sha256(good))).toBe("cho_gui");
      const event = sqlite.prepare("SELECT direction, file_sha256, summary FROM package_events").get() as { direction: string; file_sha256: string; summary: string };
      expect(event).toMatchObject({ direction: "gui", file_sha256: sha256(good) });
      expect(event.summary).toMatch(/\d+ số liệu, \d+ nội dung, \d+ mục minh chứng/);
    } finally {
      sqlite.close();
    }
  });

  it("refuses a department the outline assigns nothing, and an output that is not .cchc, with one Vietnamese line", () => {
    const unknown = cchc(["package", "create", "--db", db, "--dept", "XYZ", "--period", WINDOW, "--out", path.join(dir, "x.cchc")]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toMatch(/không giao phần nào cho phòng ban "XYZ"/);
    const wrong = cchc(["package", "create", "--db", db, "--dept", "KT", "--period", WINDOW, "--out", path.join(dir, "x.zip")]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("reading a package refuses, naming the file and the reason", () => {
  it("content changed after the package was made (wrong checksum)", () => {
    const part = partOf(good);
    part.figures[0]!.answer = 999;
    const tampered = rewriteZip(readZip(good), new Map([[PART_ENTRY, json(part)]]));
    expect(refusal(tampered)).toContain('mã kiểm tra của "part.json" không khớp');
  });

  it("a package of a newer format version", () => {
    expect(refusal(repacked(contentOf(good, PART_ENTRY), { formatVersion: 2 }))).toContain("phiên bản ứng dụng mới hơn");
  });

  it("entries outside the package root, absolute paths, links and unknown entries", () => {
    const part = contentOf(good, PART_ENTRY);
    expect(refusal(repacked(part, {}, [{ name: "../ngoai.json", content: json({}) }]))).toContain('trỏ ra ngoài gói ("../")');
    expect(refusal(repacked(part, {}, [{ name: "/etc/passwd", content: json({}) }]))).toContain("đường dẫn tuyệt đối");
    expect(refusal(repacked(part, {}, [{ name: "C:\\Windows\\win.ini", content: json({}) }]))).toContain("đường dẫn tuyệt đối");
    expect(refusal(repacked(part, {}, [{ name: "ghi-chu.txt", content: json({}) }]))).toContain('gói có tệp lạ "ghi-chu.txt"');
    const linked = writeZip([
      { name: MANIFEST_ENTRY, content: contentOf(good, MANIFEST_ENTRY) },
      { name: PART_ENTRY, content: part },
    ]);
    const entries = readZip(linked);
    const central = entries[1]!.central;
    central.writeUInt8(3, 5);
    central.writeUInt32LE((0o120777 << 16) >>> 0, 38);
    expect(refusal(rewriteZip(entries, new Map()))).toContain("liên kết (symlink)");
  });

  it("more entries than a package holds, a zip bomb, a size that lies, a file too large", () => {
    const part = contentOf(good, PART_ENTRY);
    expect(refusal(repacked(part, {}, [{ name: PART_ENTRY, content: part }]))).toContain("gói có 3 tệp bên trong (tối đa 2)");
    const bomb = Buffer.alloc(8 * 1024 * 1024, 0x20);
    expect(deflateRawSync(bomb).length).toBeLessThan(bomb.length / 100);
    expect(refusal(repacked(bomb))).toContain("nén bất thường");
    const lying = readZip(Buffer.from(good));
    lying[1]!.central.writeUInt32LE(100, 24);
    expect(refusal(rewriteZip(lying, new Map()))).toMatch(/bị hỏng hoặc lớn hơn kích thước khai báo|khác với khai báo/);
    expect(refusal(Buffer.concat([good, Buffer.alloc(PACKAGE_LIMITS.packageBytes)]))).toContain("tệp quá lớn");
  });

  it("JSON that fails its schema, a manifest of another format, a file that is not a zip", () => {
    expect(refusal(repacked(json({ figures: "tất cả", texts: [], evidence: [] })))).toContain('"part.json" sai cấu trúc ở "figures"');
    expect(refusal(repacked(Buffer.from("{ không phải JSON")))).toContain('"part.json" không phải JSON hợp lệ');
    const other = writeZip([
      { name: MANIFEST_ENTRY, content: json({ ...manifestOf(good), format: "khac" }) },
      { name: PART_ENTRY, content: contentOf(good, PART_ENTRY) },
    ]);
    expect(refusal(other)).toContain('"manifest.json" sai cấu trúc ở "format"');
    expect(refusal(Buffer.from("Đây là một tệp văn bản đổi đuôi thành .cchc"), "doi-duoi.cchc")).toContain("đây không phải gói .cchc hợp lệ");
  });
});
