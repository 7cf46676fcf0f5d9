import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../db/store";
import { generateDemo } from "../../core/demo";
import { daysInclusive } from "../../shared/dates";
import { isAppError } from "../../shared/errors";
import { parseArgs } from "../../cli/args";
import { runIndicators } from "../../cli/commands/indicators";
import { repoRoot } from "../helpers";
import { cchc } from "../cli-runner";

let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cchc-indicators-"));
  db = path.join(dir, "xa.sqlite");
  const store = openStore(db);
  generateDemo(store, { seed: 5, until: "2025-10-09", userName: "Kiểm thử" });
  store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command in-process as cli/main.ts does: an AppError becomes exit 2 with its one-line message on stderr. */
async function cchcIndicators(argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io = { out: (t: string) => stdout.push(t), err: (t: string) => stderr.push(t) };
  let status: number;
  try {
    status = await runIndicators(parseArgs(argv, new Set(["json", "help", "dry-run", "estimate"])), io);
  } catch (e) {
    if (!isAppError(e)) throw e;
    stderr.push(e.message);
    status = 2;
  }
  return { status, stdout, stderr };
}

const specCodes = () =>
  readFileSync(path.join(repoRoot, "docs", "spec", "phu-luc-3.md"), "utf8")
    .split("\n")
    .map((line) => /^\| ([a-z][a-z0-9_.]+) \|/.exec(line)?.[1])
    .filter((c): c is string => c !== undefined && c !== "code");

interface IndicatorsJson {
  unit: string | null;
  period: { from: string; to: string; estimateTo: string | null };
  values: Record<string, number | null>;
  estimated: Record<string, number>;
  checks: unknown[];
}

async function json(argv: string[]): Promise<IndicatorsJson> {
  const r = await cchcIndicators([...argv, "--json"]);
  expect(r.status).toBe(0);
  expect(r.stdout).toHaveLength(1);
  return JSON.parse(r.stdout[0]!) as IndicatorsJson;
}

describe("cchc indicators --json", () => {
  it("prints cli.md's document with every code of phu-luc-3.md, and nothing else on stdout", async () => {
    const out = await json(["--db", db, "--period", "2025-Q3"]);
    expect(Object.keys(out)).toEqual(["unit", "period", "values", "estimated", "checks"]);
    expect(out.unit).toBe("Xã Cẩm Giang");
    expect(out.period).toEqual({ from: "2025-06-15", to: "2025-09-09", estimateTo: "2025-09-14" });
    const codes = specCodes();
    expect(codes.length).toBeGreaterThan(80);
    expect(Object.keys(out.values)).toEqual(codes);
    for (const [code, value] of Object.entries(out.values)) expect(value === null || typeof value === "number", code).toBe(true);
    expect(out.values["tthc.ho_so.tiep_nhan_moi"]).toBeGreaterThan(500);
    expect(out.values["tthc.ho_so.dung_han_ty_le"]).toBeGreaterThan(80);
    expect(out.values["chidao.kh.tong"]).toBe(40);
    expect(out.estimated).toEqual({});
    for (const check of out.checks) expect(check).toEqual({ level: expect.stringMatching(/^(error|warning)$/), codes: expect.any(Array), message: expect.any(String) });
  });

  it("adds the estimate to day 14 with --estimate: counts scaled by days, rates worked out from the estimated parts", async () => {
    const out = await json(["--db", db, "--period", "2025-Q3", "--estimate"]);
    const ratio = daysInclusive("2025-06-15", "2025-09-14") / daysInclusive("2025-06-15", "2025-09-09");
    const received = out.values["tthc.ho_so.tiep_nhan_moi"]!;
    expect(out.estimated["tthc.ho_so.tiep_nhan_moi"]).toBe(Math.round(received * ratio));
    const e = out.estimated;
    expect(e["tthc.ho_so.dung_han_ty_le"]).toBe(Math.round(((e["tthc.ho_so.truoc_han"]! + e["tthc.ho_so.dung_han"]!) * 10_000) / e["tthc.ho_so.da_giai_quyet"]!) / 100);
    expect(e["tthc.hai_long.ty_le"]).toBe(out.values["tthc.hai_long.ty_le"]);
    const withValue = Object.keys(out.values).filter((c) => out.values[c] !== null);
    expect(Object.keys(out.estimated)).toEqual(withValue);
  });

  it("says on stderr that a period without an estimate date has none, and still prints clean JSON", async () => {
    const r = await cchcIndicators(["--db", db, "--period", "2025-07-01..2025-10-09", "--estimate", "--json"]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout.join("\n")) as IndicatorsJson;
    expect(out.period).toEqual({ from: "2025-07-01", to: "2025-10-09", estimateTo: null });
    expect(out.estimated).toEqual({});
    expect(r.stderr.join("\n")).toContain("không có số liệu ước đạt");
  });

  it("resolves the period through --profile, else the unit's profile", async () => {
    expect((await json(["--db", db, "--period", "2025-Q1"])).period.to).toBe("2025-03-09");
    expect((await json(["--db", db, "--period", "2025-Q1", "--profile", "vi-khe"])).period).toEqual({ from: "2024-12-15", to: "2025-03-14", estimateTo: null });
  });
});

describe("cchc indicators as a table", () => {
  it("prints Phụ lục 3 in Vietnamese with Vietnamese number formats and – where there is no figure", async () => {
    const r = await cchcIndicators(["--db", db, "--period", "2025-Q3", "--estimate"]);
    expect(r.status).toBe(0);
    const text = r.stdout.join("\n");
    expect(text).toContain("Xã Cẩm Giang – Quý III năm 2025: số liệu từ ngày 15/06/2025 đến ngày 09/09/2025, ước đạt đến ngày 14/09/2025.");
    expect(text).toMatch(/^III\s+CẢI CÁCH THỦ TỤC HÀNH CHÍNH$/m);
    expect(text).toMatch(/^\d+\s+Số hồ sơ tiếp nhận mới trong kỳ\s+hs\s+\d{1,3}(\.\d{3})*\s+\d{1,3}(\.\d{3})*$/m);
    expect(text).toMatch(/^\d+\s+Tỷ lệ hồ sơ giải quyết đúng hạn \(gồm trước hạn\)\s+%\s+\d+(,\d{1,2})? %\s+\d+(,\d{1,2})? %$/m);
    expect(text).toMatch(/^1\s+Tổng số nhiệm vụ trong Kế hoạch CCHC\s+nv\s+40\s+40$/m);
    expect(text).toMatch(/^Kiểm tra số liệu/m);
  });
});

describe("cchc indicators refuses, exit 2 with one Vietnamese line and nothing on stdout", () => {
  const refused = async (argv: string[], pattern: RegExp) => {
    const r = await cchcIndicators(argv);
    expect(r.status).toBe(2);
    expect(r.stdout).toEqual([]);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]!.split("\n")).toHaveLength(1);
    expect(r.stderr[0]).toMatch(pattern);
  };

  it("a bad period", async () => {
    await refused(["--db", db, "--period", "2025-Q5", "--json"], /^Kỳ báo cáo "2025-Q5" không hợp lệ/);
    await refused(["--db", db, "--period", "2025-10-09..2025-07-01", "--json"], /ngày bắt đầu sau ngày kết thúc/);
    await refused(["--db", db, "--json"], /Thiếu tùy chọn --period/);
  });

  it("an unknown profile or option", async () => {
    await refused(["--db", db, "--period", "2025-Q1", "--profile", "ha-noi", "--json"], /Không có hồ sơ tỉnh "ha-noi"/);
    await refused(["--db", db, "--period", "2025-Q1", "--ky", "x"], /Tùy chọn không hợp lệ: --ky/);
  });

  it("a missing or foreign store, without creating a file", async () => {
    const missing = path.join(dir, "khong-co.sqlite");
    await refused(["--db", missing, "--period", "2025-Q1", "--json"], /Không tìm thấy tệp dữ liệu/);
    expect(existsSync(missing)).toBe(false);
    await refused(["--db", path.join(repoRoot, "package.json"), "--period", "2025-Q1", "--json"], /không phải tệp dữ liệu SQLite/);
  });
});

describe("the cchc command", () => {
  it("runs `cchc indicators`: one JSON document on stdout and exit 0, or exit 2 with one line on stderr", () => {
    const ok = cchc(["indicators", "--db", db, "--period", "2025-H1", "--estimate", "--json"]);
    expect(ok.status).toBe(0);
    const out = JSON.parse(ok.stdout) as IndicatorsJson;
    expect(ok.stdout.trim().split("\n")).toHaveLength(1);
    expect(Object.keys(out.values)).toEqual(specCodes());
    expect(out.period).toEqual({ from: "2024-12-15", to: "2025-06-09", estimateTo: "2025-06-14" });

    const bad = cchc(["indicators", "--db", db, "--period", "2025-Q2", "--json"]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/^Kỳ báo cáo "2025-Q2" không hợp lệ/);
  });
});
