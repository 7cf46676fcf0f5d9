import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { sha256File, useTempDir } from "../helpers";
import { cchc } from "../cli-runner";

const tempDir = useTempDir();

const expectRefusal = (r: ReturnType<typeof cchc>, pattern: RegExp) => {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
};

describe("cchc init", () => {
  it("creates the store and the unit, and says so in Vietnamese", () => {
    const db = path.join(tempDir(), "x.sqlite");
    const r = cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Đã tạo dữ liệu cho Xã Cẩm Giang (xã), hồ sơ tỉnh: hai-phong.");
    const s = new Database(db, { readonly: true });
    expect(s.prepare("SELECT name, kind, place_name, profile_id FROM unit").get()).toEqual({
      name: "Xã Cẩm Giang",
      kind: "xa",
      place_name: "Cẩm Giang",
      profile_id: "hai-phong",
    });
    expect(s.prepare("SELECT user_name FROM audit_log").get()).toEqual({ user_name: "Kiểm thử" });
    s.close();
  });

  it("uses CCHC_DB when --db is absent and prints JSON with --json", () => {
    const db = path.join(tempDir(), "env.sqlite");
    const r = cchc(["init", "--unit", "Phường Vị Khê", "--province", "vi-khe", "--json"], { CCHC_DB: db });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ db, created: true, unit: { name: "Phường Vị Khê", kind: "phuong", profileId: "vi-khe" } });
  });

  it("refuses a directory, exit 2 with one Vietnamese line, nothing written", () => {
    const dir = path.join(tempDir(), "du-lieu");
    mkdirSync(dir);
    expectRefusal(cchc(["init", "--db", dir, "--unit", "Xã Cẩm Giang"]), /là một thư mục/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a file that is not SQLite and leaves it unchanged", () => {
    const file = path.join(tempDir(), "bao-cao.sqlite");
    writeFileSync(file, "STT;Mã hồ sơ;Ngày tiếp nhận\n1;000.00.21.H23-250305-0001;05/03/2025\n");
    const before = sha256File(file);
    expectRefusal(cchc(["init", "--db", file, "--unit", "Xã Cẩm Giang"]), /không phải tệp dữ liệu SQLite/);
    expect(sha256File(file)).toBe(before);
  });

  it("refuses a store from a newer version and leaves it unchanged", () => {
    const file = path.join(tempDir(), "x.sqlite");
    expect(cchc(["init", "--db", file, "--unit", "Xã Cẩm Giang"]).status).toBe(0);
    const s = new Database(file);
    s.pragma("user_version = 42");
    s.close();
    const before = sha256File(file);
    expectRefusal(cchc(["init", "--db", file, "--unit", "Xã Cẩm Giang"]), /phiên bản mới hơn/);
    expect(sha256File(file)).toBe(before);
  });

  it("refuses an unknown profile or a missing --unit before creating any file", () => {
    const db = path.join(tempDir(), "x.sqlite");
    expectRefusal(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "ha-noi"]), /Không có hồ sơ tỉnh "ha-noi"/);
    expectRefusal(cchc(["init", "--db", db]), /Thiếu tùy chọn --unit/);
    expectRefusal(cchc(["init", "--db", db, "--unit", "Xã A", "--tinh", "x"]), /Tùy chọn không hợp lệ: --tinh/);
    expect(existsSync(db)).toBe(false);
  });
});

describe("cchc help and periods", () => {
  it("prints help in Vietnamese", () => {
    const r = cchc(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Cách dùng: cchc <lệnh> [tùy chọn]");
    expect(r.stdout).toContain("Tệp dữ liệu SQLite");
  });

  it("refuses an unknown command with exit 2", () => {
    expectRefusal(cchc(["xuat-het"]), /Lệnh không hợp lệ: "xuat-het"/);
  });

  it("resolves a period through a profile", () => {
    const db = path.join(tempDir(), "x.sqlite");
    const r = cchc(["period", "--db", db, "--period", "2026-Q1", "--profile", "hai-phong"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Quý I năm 2026 (Hải Phòng): số liệu từ ngày 15/12/2025 đến ngày 09/03/2026.");
    expect(r.stdout).toContain("Ước đạt đến ngày 14/03/2026.");
    const j = JSON.parse(cchc(["period", "--db", db, "--period", "2025-07-01..2025-10-09", "--json"]).stdout);
    expect(j).toMatchObject({ from: "2025-07-01", to: "2025-10-09", kind: "custom", due: null });
    expectRefusal(cchc(["period", "--db", db, "--period", "2025-Q5"]), /Kỳ báo cáo "2025-Q5" không hợp lệ/);
  });
});

describe("cchc demo", () => {
  it("fills a realistic commune after init, and refuses to fill it twice, leaving it as it was", () => {
    const db = path.join(tempDir(), "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    const r = cchc(["demo", "--db", db, "--seed", "3", "--until", "2025-10-09"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Đã điền dữ liệu mẫu cho Xã Cẩm Giang (từ 01/07/2024 đến 09/10/2025):");
    expect(r.stdout).toMatch(/Hồ sơ TTHC: \d\.\d{3}\n/);
    const before = sha256File(db);
    const again = cchc(["demo", "--db", db, "--seed", "3", "--until", "2025-10-09"]);
    expectRefusal(again, /chỉ được điền vào một tệp dữ liệu trống/);
    expect(sha256File(db)).toBe(before);
  });

  it("prints counts as JSON and honours --dossiers", () => {
    const db = path.join(tempDir(), "x.sqlite");
    const r = cchc(["demo", "--db", db, "--dossiers", "1234", "--until", "2025-06-30", "--json"]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.counts.dossiers).toBe(1234);
    expect(out.unitName).toBe("Xã Cẩm Giang");
  });

  it("refuses a date before the demo's first day", () => {
    expectRefusal(cchc(["demo", "--db", path.join(tempDir(), "x.sqlite"), "--until", "2024-02-30"]), /--until phải là một ngày/);
  });
});
