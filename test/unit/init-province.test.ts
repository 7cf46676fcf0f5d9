import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { sha256File, useTempDir } from "../helpers";

const tempDir = useTempDir();

const HA_NOI = ["--unit", "Xã Minh Châu", "--province-name", "Hà Nội", "--cut-off-day", "15", "--due-day", "18"];

describe("cchc init with the province's rule in its own words", () => {
  it("writes the profile file beside the store and selects it: period and indicators use its windows", () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    const init = cchc(["init", "--db", db, ...HA_NOI]);
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    expect(init.stdout).toContain("hồ sơ tỉnh: ha-noi");
    const file = path.join(dir, "ho-so-tinh", "ha-noi.json");
    expect(init.stdout).toContain(file);
    expect(JSON.parse(readFileSync(file, "utf8")).reports.Q3).toEqual({
      from: { day: 16, month: 6 },
      to: { day: 15, month: 9 },
      estimateTo: null,
      due: { day: 18, month: 9 },
    });

    const period = cchc(["period", "--db", db, "--period", "2025-Q1"]);
    expect(period.status).toBe(0);
    expect(period.stdout).toContain("Quý I năm 2025 (Hà Nội): số liệu từ ngày 16/12/2024 đến ngày 15/03/2025.");
    expect(period.stdout).toContain("Hạn gửi báo cáo: 18/03/2025.");

    const indicators = cchc(["indicators", "--db", db, "--period", "2025-Q3", "--json"]);
    expect(indicators.status).toBe(0);
    expect(JSON.parse(indicators.stdout).period).toEqual({ from: "2025-06-16", to: "2025-09-15", estimateTo: null });
  });

  it("takes the estimate day and a start on 01/01; --province still names a built-in profile", () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    expect(cchc(["init", "--db", db, ...HA_NOI, "--estimate-day", "20", "--from-january", "--recipient", "Sở Nội vụ thành phố Hà Nội"]).status).toBe(0);
    const period = cchc(["period", "--db", db, "--period", "2025-Y", "--json"]);
    expect(JSON.parse(period.stdout)).toMatchObject({ profile: "ha-noi", from: "2025-01-01", to: "2025-12-15", estimateTo: "2025-12-20", due: "2025-12-18" });
    expect(JSON.parse(readFileSync(path.join(dir, "ho-so-tinh", "ha-noi.json"), "utf8")).recipient).toBe("Sở Nội vụ thành phố Hà Nội");

    expect(cchc(["init", "--db", db, "--unit", "Xã Minh Châu", "--province", "hai-phong"]).status).toBe(0);
    expect(JSON.parse(cchc(["period", "--db", db, "--period", "2025-Y", "--json"]).stdout).profile).toBe("hai-phong");
  });

  it("refuses a day not in every month it is used in, in Vietnamese, and changes nothing", () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    const fresh = cchc(["init", "--db", db, "--unit", "Xã Minh Châu", "--province-name", "Hà Nội", "--cut-off-day", "31", "--due-day", "18"]);
    expect(fresh.status).toBe(2);
    expect(fresh.stderr).toMatch(/--cut-off-day: Ngày chốt số liệu 31 không có trong tháng 6 và tháng 9/);
    expect(readdirSync(dir)).toEqual([]);

    expect(cchc(["init", "--db", db, "--unit", "Xã Minh Châu", "--province", "hai-phong"]).status).toBe(0);
    const before = sha256File(db);
    const bad = cchc(["init", "--db", db, ...HA_NOI, "--estimate-day", "12"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Ngày ước đạt (12) phải sau ngày chốt số liệu (15)");
    expect(sha256File(db)).toBe(before);
    expect(existsSync(path.join(dir, "ho-so-tinh"))).toBe(false);
  });

  it("asks for the province's name with the days, and not for --province with them", () => {
    const db = path.join(tempDir(), "x.sqlite");
    const noName = cchc(["init", "--db", db, "--unit", "Xã Minh Châu", "--cut-off-day", "15", "--due-day", "18"]);
    expect(noName.status).toBe(2);
    expect(noName.stderr).toContain("--province-name");
    const both = cchc(["init", "--db", db, "--province", "hai-phong", ...HA_NOI]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("--province");
    const noDue = cchc(["init", "--db", db, "--unit", "Xã Minh Châu", "--province-name", "Hà Nội", "--cut-off-day", "15"]);
    expect(noDue.status).toBe(2);
    expect(noDue.stderr).toContain("--due-day");
    expect(existsSync(db)).toBe(false);
  });
});
