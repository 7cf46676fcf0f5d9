import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { sha256File, useTempDir } from "../helpers";
import { planWorkbook, receptionCsv, RECEPTION_LINES, rosterWorkbook } from "../fixtures/register-files";

const tempDir = useTempDir();

describe("cchc import <register> / import undo", () => {
  it("prints the JSON of import tthc, is idempotent, and undoes a register batch", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    const file = await rosterWorkbook(dir);
    const first = cchc(["import", "can-bo", file, "--db", db, "--json"]);
    expect(first.status).toBe(0);
    const out = JSON.parse(first.stdout);
    expect(Object.keys(out).sort()).toEqual(["batchId", "dryRun", "inserted", "mapping", "notes", "rejected", "unchanged", "updated"]);
    expect(out).toMatchObject({ inserted: 5, updated: 0, unchanged: 0, rejected: [], dryRun: false });
    expect(out.mapping).toMatchObject({ fullName: "Họ và tên", birthDateMale: "Ngày sinh Nam" });
    const again = JSON.parse(cchc(["import", "can-bo", file, "--db", db, "--json"]).stdout);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 5 });
    const undo = cchc(["import", "undo", again.batchId, "--db", db]);
    expect(undo.status).toBe(0);
    expect(undo.stdout).toContain(`Đã hoàn tác lần nhập ${again.batchId}: xóa 0 dòng thêm mới.`);
    const undoFirst = cchc(["import", "undo", out.batchId, "--db", db, "--json"]);
    expect(JSON.parse(undoFirst.stdout)).toEqual({ batchId: out.batchId, removed: 5 });
  });

  it("needs --year for a plan; a dry run writes nothing", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    const file = await planWorkbook(dir);
    const noYear = cchc(["import", "ke-hoach", file, "--db", db]);
    expect(noYear.status).toBe(2);
    expect(noYear.stderr).toContain("Thiếu tùy chọn --year");
    expect(cchc(["import", "ke-hoach", file, "--year", "2025", "--db", db]).status).toBe(0);
    const before = sha256File(db);
    const dry = cchc(["import", "ke-hoach", file, "--year", "2025", "--db", db, "--dry-run", "--json"]);
    expect(JSON.parse(dry.stdout)).toMatchObject({ batchId: null, dryRun: true, inserted: 0, unchanged: 5 });
    expect(sha256File(db)).toBe(before);
  });

  it("exits 1 listing the rejected rows in Vietnamese, and 2 with one line for a bad file", () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    const file = receptionCsv(dir, [RECEPTION_LINES[0]!, ["2", "31/04/2025", "Thường xuyên", "", "An", "", "", "1", "Hỏi thủ tục", "Kiến nghị", "Hướng dẫn", ""]]);
    const rejectedOut = path.join(dir, "tu-choi.xlsx");
    const r = cchc(["import", "tiep-cong-dan", file, "--db", db, "--rejected-out", rejectedOut]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("Đã nhập so-tiep-cong-dan.csv (sổ tiếp công dân): thêm mới 1, không đổi 0, bị từ chối 1 dòng.");
    expect(r.stdout).toContain("Dòng 3: Ngày “31/04/2025” ở cột “Thời gian tiếp” không phải ngày hợp lệ.");
    expect(sha256File(rejectedOut)).toMatch(/^[0-9a-f]{64}$/);
    const before = sha256File(db);
    const png = path.join(dir, "anh.xlsx");
    writeFileSync(png, Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
    const bad = cchc(["import", "van-ban", png, "--db", db, "--json"]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain('Tệp "anh.xlsx": không phải tệp Excel .xlsx hợp lệ');
    expect(cchc(["import", "so-luong", png, "--db", db]).stderr).toContain("LOẠI: tthc, can-bo, tiep-cong-dan, don-thu, ke-hoach, nhiem-vu-giao, van-ban");
    expect(sha256File(db)).toBe(before);
  });
});
