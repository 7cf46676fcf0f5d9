import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sha256File, useTempDir } from "../helpers";
import { cchc } from "../cli-runner";
import { FIXTURE_DOSSIERS, HEADERS_VI, titleBlockTextDates } from "../fixtures/dossier-exports";
import { plainDossierRow, writeOddExport } from "../fixtures/odd-dossier-exports";

const tempDir = useTempDir();

describe("cchc import tthc / import undo", () => {
  it("prints the contract's JSON, is idempotent, and undoes a batch", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    const file = await titleBlockTextDates(dir);
    const first = cchc(["import", "tthc", file, "--db", db, "--json"]);
    expect(first.status).toBe(0);
    const out = JSON.parse(first.stdout);
    expect(Object.keys(out).sort()).toEqual(["batchId", "dryRun", "inserted", "mapping", "rejected", "unchanged", "updated"]);
    expect(out).toMatchObject({ inserted: FIXTURE_DOSSIERS.length, updated: 0, unchanged: 0, rejected: [] });
    expect(out.mapping).toMatchObject({ code: "Mã hồ sơ", receivedAt: "Ngày tiếp nhận" });
    const again = JSON.parse(cchc(["import", "tthc", file, "--db", db, "--json"]).stdout);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: FIXTURE_DOSSIERS.length });
    const undo = cchc(["import", "undo", again.batchId, "--db", db]);
    expect(undo.status).toBe(0);
    expect(undo.stdout).toContain(`Đã hoàn tác lần nhập ${again.batchId}: xóa 0 hồ sơ thêm mới, khôi phục 0 hồ sơ đã cập nhật.`);
  });

  it("exits 1 with the rejected rows listed in Vietnamese, and writes them to --rejected-out", () => {
    const dir = tempDir();
    const file = path.join(dir, "loi.csv");
    writeFileSync(
      file,
      [HEADERS_VI.join(";"), "1;HS-1;Đăng ký khai sinh;Hộ tịch;An;05/03/2025;06/03/2025;;Đang xử lý;Trực tuyến", "2;HS-2;Đăng ký khai sinh;Hộ tịch;Bình;32/03/2025;;;Đang xử lý;Trực tuyến"].join("\n"),
    );
    const rejectedOut = path.join(dir, "tu-choi.xlsx");
    const r = cchc(["import", "tthc", file, "--db", path.join(dir, "x.sqlite"), "--rejected-out", rejectedOut]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("Đã nhập loi.csv: thêm mới 1, cập nhật 0, không đổi 0, bị từ chối 1 hồ sơ.");
    expect(r.stdout).toContain("Dòng 3: Ngày “32/03/2025” ở cột “Ngày tiếp nhận” không phải ngày hợp lệ.");
    expect(sha256File(rejectedOut)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a dry run writes nothing; a bad file exits 2 with one line and the store unchanged", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    const file = await titleBlockTextDates(dir);
    expect(cchc(["import", "tthc", file, "--db", db]).status).toBe(0);
    const before = sha256File(db);
    const dry = cchc(["import", "tthc", file, "--db", db, "--dry-run", "--json"]);
    expect(JSON.parse(dry.stdout)).toMatchObject({ batchId: null, dryRun: true, unchanged: FIXTURE_DOSSIERS.length });
    const png = path.join(dir, "anh.xlsx");
    writeFileSync(png, Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
    const bad = cchc(["import", "tthc", png, "--db", db, "--json"]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain('Tệp "anh.xlsx": không phải tệp Excel .xlsx hợp lệ');
    expect(cchc(["import", "tthc", path.join(dir, "khong-co.xlsx"), "--db", db]).status).toBe(2);
    expect(cchc(["import", "undo", "khong-co", "--db", db]).stderr).toContain('Không có lần nhập hồ sơ "khong-co".');
    expect(sha256File(db)).toBe(before);
  });

  it("warns on stderr when the file is another commune's, still imports, and lists the totals row it skipped", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    const file = await writeOddExport(dir, { title: ["UBND XÃ AN LÃO"], rows: [plainDossierRow(1), plainDossierRow(2), [null, null, null, null, null, null, null, "2 hồ sơ"]] });
    const warning = "Cảnh báo: Tệp này ghi đơn vị “UBND XÃ AN LÃO”, khác đơn vị đang dùng “Xã Cẩm Giang”. Hãy kiểm tra đúng tệp của đơn vị mình trước khi nhập.";
    const dry = cchc(["import", "tthc", file, "--db", db, "--dry-run"]);
    expect(dry.status).toBe(0);
    expect(dry.stderr.trim()).toBe(warning);
    expect(dry.stdout).toContain("Thử nhập (không ghi gì) xuat-mot-cua.xlsx: thêm mới 2, cập nhật 0, không đổi 0, bị từ chối 0 hồ sơ.");
    expect(dry.stdout).toContain("Bỏ qua 1 dòng tổng cộng (dòng 5)");
    const json = cchc(["import", "tthc", file, "--db", db, "--json"]);
    expect(json.status).toBe(0);
    expect(json.stderr.trim()).toBe(warning);
    expect(JSON.parse(json.stdout)).toMatchObject({ inserted: 2, rejected: [] });
  }, 120_000);
});
