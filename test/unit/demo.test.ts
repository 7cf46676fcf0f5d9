import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../db/store";
import { generateDemo, type DemoOptions, type DemoSummary } from "../../core/demo";
import { daysInclusive } from "../../shared/dates";
import { isAppError } from "../../shared/errors";
import { saveUnit } from "../../core/unit";

const UNTIL = "2025-10-09";
const OPTIONS: DemoOptions = { seed: 7, until: UNTIL, userName: "Kiểm thử" };
/**
 * Columns that record when the demo ran rather than what it made, and the
 * store's own random key for its attached files (with the names it gives them).
 */
const CLOCK_COLUMNS: Record<string, string[]> = { unit: ["created_at", "updated_at"], audit_log: ["at"], attachment_key: ["key"], attachment_files: ["stored_name"] };

let dir: string;
let counter = 0;
const stores: Store[] = [];

function newStore(): Store {
  const store = openStore(path.join(dir, `demo-${++counter}.sqlite`));
  stores.push(store);
  return store;
}

const tables = (store: Store) => store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];

/** Every table's rows in rowid order, hashed per table; the clock columns blanked. */
function dump(store: Store): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of tables(store)) {
    const hash = createHash("sha256");
    for (const row of store.sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).iterate() as Iterable<Record<string, unknown>>) {
      for (const column of CLOCK_COLUMNS[table] ?? []) row[column] = null;
      hash.update(JSON.stringify(row));
    }
    out[table] = hash.digest("hex");
  }
  return out;
}

function withTimeZone<T>(zone: string, run: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return run();
  } finally {
    process.env.TZ = before;
  }
}

const share = (part: number, whole: number) => part / whole;

let store: Store;
let summary: DemoSummary;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cchc-demo-"));
  store = newStore();
  summary = generateDemo(store, OPTIONS);
});

afterAll(() => {
  for (const s of stores) s.close();
  rmSync(dir, { recursive: true, force: true });
});

const all = <T>(sql: string, ...params: unknown[]) => store.sqlite.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => store.sqlite.prepare(sql).get(...params) as T;
const count = (sql: string, ...params: unknown[]) =>
  store.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe("generateDemo", () => {
  it("reports what it inserted", () => {
    expect(summary.unitName).toBe("Xã Cẩm Giang");
    expect(summary.from).toBe("2024-07-01");
    expect(summary.until).toBe(UNTIL);
    for (const table of tables(store)) {
      const n = count(`SELECT count(*) FROM "${table}"`);
      expect(summary.counts[table] ?? 0, table).toBe(n);
    }
    for (const table of [
      "procedures",
      "dossiers",
      "pakn",
      "satisfaction_ratings",
      "receptions",
      "complaints",
      "staff",
      "staff_statuses",
      "quotas",
      "discipline_records",
      "plan_tasks",
      "assigned_tasks",
      "documents",
      "evidence_links",
      "document_attachments",
      "legal_reviews",
      "finance_figures",
      "communication_items",
      "inspections",
    ]) {
      expect(summary.counts[table], table).toBeGreaterThan(0);
    }
  });

  it("gives the same rows for the same options, whatever the machine's time zone, and other rows for another seed", () => {
    const expected = dump(store);
    const again = withTimeZone(process.env.TZ === "UTC" ? "Asia/Ho_Chi_Minh" : "UTC", () => {
      const s = newStore();
      generateDemo(s, OPTIONS);
      return dump(s);
    });
    expect(again).toEqual(expected);

    const other = newStore();
    generateDemo(other, { ...OPTIONS, seed: 8 });
    const otherDump = dump(other);
    for (const table of ["dossiers", "staff", "documents", "receptions"]) expect(otherDump[table], table).not.toBe(expected[table]);
  });

  it("receives about 250 dossiers a month on working days, inside office hours", () => {
    const months = daysInclusive("2024-07-01", UNTIL) / (365.25 / 12);
    const perMonth = count("SELECT count(*) FROM dossiers") / months;
    expect(perMonth).toBeGreaterThan(225);
    expect(perMonth).toBeLessThan(275);
    const byWeekday = all<{ wd: string; n: number }>("SELECT strftime('%w', substr(received_at, 1, 10)) AS wd, count(*) AS n FROM dossiers GROUP BY wd");
    expect(byWeekday.find((r) => r.wd === "0")).toBeUndefined();
    expect(byWeekday.find((r) => r.wd === "6")?.n ?? 0).toBeLessThan(count("SELECT count(*) FROM dossiers") * 0.03);
    expect(count("SELECT count(*) FROM dossiers WHERE substr(received_at, 12) < '07:30:00' OR substr(received_at, 12) > '17:00:00'")).toBe(0);
    expect(count("SELECT count(*) FROM dossiers WHERE received_at > ? || ' 23:59:59' OR received_at < '2024-07-01'", UNTIL)).toBe(0);
  });

  it("codes dossiers by day of receipt and daily sequence", () => {
    const codes = all<{ code: string; received_at: string }>("SELECT code, received_at FROM dossiers ORDER BY id LIMIT 500");
    for (const { code, received_at } of codes) {
      const yymmdd = received_at.slice(2, 4) + received_at.slice(5, 7) + received_at.slice(8, 10);
      expect(code).toMatch(new RegExp(`^000\\.00\\.21\\.H23-${yymmdd}-\\d{4}$`));
    }
    expect(count("SELECT count(DISTINCT code) FROM dossiers")).toBe(count("SELECT count(*) FROM dossiers"));
  });

  it("closes no dossier before its receipt or after `until`", () => {
    expect(count("SELECT count(*) FROM dossiers WHERE result_at IS NOT NULL AND result_at < substr(received_at, 1, length(result_at))")).toBe(0);
    expect(count("SELECT count(*) FROM dossiers WHERE substr(result_at, 1, 10) > ? OR substr(returned_at, 1, 10) > ?", UNTIL, UNTIL)).toBe(0);
    expect(count("SELECT count(*) FROM dossiers WHERE returned_at < result_at")).toBe(0);
    expect(count("SELECT count(*) FROM dossiers WHERE due_at < substr(received_at, 1, length(due_at))")).toBe(0);
    expect(count("SELECT count(*) FROM dossiers WHERE (status = 'pending') <> (result_at IS NULL)")).toBe(0);
  });

  it("uses only valid statuses, channels and precisions, with the one-stop system's wording", () => {
    const statuses = all<{ status: string; status_raw: string }>("SELECT DISTINCT status, status_raw FROM dossiers");
    const rawOf: Record<string, string[]> = {
      result: ["Đã trả kết quả", "Đã có kết quả"],
      pending: ["Đang xử lý", "Chờ bổ sung hồ sơ"],
      rejected: ["Từ chối"],
      withdrawn: ["Công dân rút hồ sơ"],
    };
    for (const { status, status_raw } of statuses) expect(rawOf[status], status).toContain(status_raw);
    const channels = all<{ channel: string; channel_raw: string }>("SELECT DISTINCT channel, channel_raw FROM dossiers");
    const channelRaw: Record<string, string> = { online: "Trực tuyến", in_person: "Trực tiếp", post: "Bưu chính công ích" };
    for (const { channel, channel_raw } of channels) expect(channel_raw).toBe(channelRaw[channel]);
    expect(channels.map((c) => c.channel).sort()).toEqual(["in_person", "online", "post"]);
    expect(
      count(
        "SELECT count(*) FROM dossiers WHERE received_precision <> 'datetime' OR due_precision NOT IN ('date', 'datetime') OR (result_at IS NOT NULL AND result_precision NOT IN ('date', 'datetime'))",
      ),
    ).toBe(0);
    expect(count("SELECT count(*) FROM dossiers WHERE (due_precision = 'date') <> (length(due_at) = 10) OR (result_precision = 'date') <> (length(result_at) = 10)")).toBe(0);
    expect(count("SELECT count(*) FROM dossiers WHERE paid_online IS NOT NULL AND has_payment = 0")).toBe(0);
    expect(count("SELECT count(*) FROM dossiers d LEFT JOIN procedures p ON p.code = d.procedure_code WHERE p.id IS NULL OR p.field <> d.field")).toBe(0);
  });

  it("ends most dossiers with a result, a few refused, withdrawn or still open", () => {
    const total = count("SELECT count(*) FROM dossiers");
    const of = (status: string) => share(count("SELECT count(*) FROM dossiers WHERE status = ?", status), total);
    expect(of("result")).toBeGreaterThan(0.92);
    expect(of("result")).toBeLessThan(0.97);
    expect(of("rejected")).toBeGreaterThan(0.01);
    expect(of("rejected")).toBeLessThan(0.025);
    expect(of("withdrawn")).toBeGreaterThan(0.005);
    expect(of("withdrawn")).toBeLessThan(0.02);
    expect(of("pending")).toBeGreaterThan(0.003);
    // Most open dossiers came in the last weeks.
    const recent = count("SELECT count(*) FROM dossiers WHERE status = 'pending' AND received_at >= '2025-08-15'");
    expect(share(recent, count("SELECT count(*) FROM dossiers WHERE status = 'pending'"))).toBeGreaterThan(0.6);
  });

  it("resolves about 3–6 % late, many early, land slower", () => {
    const late = "CASE WHEN result_precision = 'datetime' AND due_precision = 'datetime' THEN result_at > due_at ELSE substr(result_at, 1, 10) > substr(due_at, 1, 10) END";
    const rates = one<{ late: number; early: number }>(`SELECT avg(${late}) AS late, avg(substr(result_at, 1, 10) < substr(due_at, 1, 10)) AS early FROM dossiers WHERE status = 'result'`);
    expect(rates.late).toBeGreaterThan(0.03);
    expect(rates.late).toBeLessThan(0.06);
    expect(rates.early).toBeGreaterThan(0.25);
    const landLate = count(`SELECT avg(${late}) FROM dossiers WHERE status = 'result' AND field = 'Đất đai'`);
    expect(landLate).toBeGreaterThan(rates.late * 2);
    const fields = all<{ field: string; n: number }>("SELECT field, count(*) AS n FROM dossiers GROUP BY field ORDER BY n DESC");
    expect(
      fields
        .slice(0, 2)
        .map((f) => f.field)
        .sort(),
    ).toEqual(["Chứng thực", "Hộ tịch"]);
  });

  it("moves online from about a third in mid-2024 to well over two thirds in late 2025", () => {
    const online = (from: string, to: string) => count("SELECT avg(channel = 'online') FROM dossiers WHERE received_at >= ? AND received_at < ?", from, to);
    const early = online("2024-07-01", "2025-01-01");
    const late = online("2025-07-01", "2026-01-01");
    expect(early).toBeGreaterThan(0.3);
    expect(early).toBeLessThan(0.5);
    expect(late).toBeGreaterThan(0.65);
    expect(late).toBeLessThan(0.85);
  });

  it("writes NFC text with Vietnamese diacritics", () => {
    let strings = 0;
    for (const table of tables(store)) {
      for (const row of store.sqlite.prepare(`SELECT * FROM "${table}"`).iterate() as Iterable<Record<string, unknown>>) {
        for (const value of Object.values(row)) {
          if (typeof value !== "string") continue;
          strings++;
          if (value !== value.normalize("NFC")) expect.fail(`${table}: not NFC: ${value}`);
        }
      }
    }
    expect(strings).toBeGreaterThan(10_000);
    const diacritic = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;
    for (const sql of [
      "SELECT applicant_name FROM dossiers LIMIT 200",
      "SELECT applicant_address FROM dossiers LIMIT 200",
      "SELECT name FROM procedures",
      "SELECT summary FROM documents",
      "SELECT full_name FROM staff",
    ]) {
      const values = store.sqlite.prepare(sql).pluck().all() as string[];
      expect(share(values.filter((v) => diacritic.test(v)).length, values.length), sql).toBeGreaterThan(0.8);
    }
  });

  it("keeps about 25 staff in service, with status histories, quotas and discipline", () => {
    const inService = count(
      `SELECT count(*) FROM staff s WHERE s.start_date <= ? AND (SELECT status FROM staff_statuses t WHERE t.staff_id = s.id AND t.from_date <= ? ORDER BY t.from_date DESC, t.id DESC LIMIT 1) = 'dang_cong_tac'`,
      UNTIL,
      UNTIL,
    );
    expect(inService).toBeGreaterThanOrEqual(23);
    expect(inService).toBeLessThanOrEqual(27);
    expect(count("SELECT count(*) FROM staff_statuses WHERE status IN ('nghi_huu', 'chuyen_cong_tac') AND from_date <= ?", UNTIL)).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM staff s WHERE NOT EXISTS (SELECT 1 FROM staff_statuses t WHERE t.staff_id = s.id AND t.status = 'dang_cong_tac' AND t.from_date = s.start_date)")).toBe(0);
    expect(count("SELECT quota FROM quotas WHERE year = 2025")).toBeGreaterThanOrEqual(inService);
    expect(count("SELECT count(*) FROM discipline_records WHERE decision_date > ?", UNTIL)).toBe(0);
    const heads = all<{ head_name: string | null }>("SELECT head_name FROM departments");
    expect(heads.every((d) => d.head_name)).toBe(true);
    expect(count("SELECT count(*) FROM signers")).toBe(2);
  });

  it("dates nothing of the other records after `until`", () => {
    const checks: [string, string][] = [
      ["plan_tasks", "completed_date"],
      ["assigned_tasks", "completed_date"],
      ["assigned_tasks", "assigned_date"],
      ["documents", "date"],
      ["receptions", "date"],
      ["complaints", "resolved_date"],
      ["pakn", "resolved_date"],
      ["legal_reviews", "handled_date"],
      ["communication_items", "date"],
      ["inspections", "date"],
      ["finance_figures", "as_of"],
      ["satisfaction_ratings", "period_to"],
    ];
    for (const [table, column] of checks) expect(count(`SELECT count(*) FROM ${table} WHERE ${column} > ?`, UNTIL), `${table}.${column}`).toBe(0);
    expect(count("SELECT count(*) FROM plan_tasks WHERE (status = 'hoan_thanh') <> (completed_date IS NOT NULL)")).toBe(0);
    expect(count("SELECT count(*) FROM assigned_tasks WHERE completed_date IS NULL AND deadline < ?", UNTIL)).toBeGreaterThan(0);
    const groups = all<{ as_of: string; total: number; parts: number }>(
      "SELECT as_of, sum(CASE WHEN code = 'tai_chinh.dvsn.tong' THEN value END) AS total, sum(CASE WHEN code LIKE 'tai_chinh.dvsn.nhom_%' THEN value END) AS parts FROM finance_figures GROUP BY as_of",
    );
    for (const g of groups) expect(g.parts, g.as_of).toBe(g.total);
  });

  it("numbers the documents in date order within each series", () => {
    const docs = all<{ number_symbol: string; date: string }>("SELECT number_symbol, date FROM documents ORDER BY date, id");
    const last = new Map<string, number>();
    for (const d of docs) {
      const [n, ...rest] = d.number_symbol.split("/");
      const series = `${rest.join("/").replace(/-(VP|VHXH|KT|TTPVHCC|TTVH)$/, "")}|${d.date.slice(0, 4)}`;
      expect(Number(n), d.number_symbol).toBeGreaterThan(last.get(series) ?? 0);
      last.set(series, Number(n));
    }
    expect(count("SELECT count(*) FROM evidence_links WHERE outline_id = 'de-cuong-kiem-tra-2025'")).toBeGreaterThan(5);
    expect(count("SELECT count(*) FROM documents WHERE is_legal_normative = 1")).toBeGreaterThan(0);
  });

  it("spreads exactly the number of dossiers asked for", () => {
    const s = newStore();
    const result = generateDemo(s, { ...OPTIONS, dossiers: 1234 });
    expect(result.counts.dossiers).toBe(1234);
    expect(s.sqlite.prepare("SELECT count(*) FROM dossiers").pluck().get()).toBe(1234);
    expect(s.sqlite.prepare("SELECT min(received_at) < '2024-08-01' AND max(received_at) > '2025-10-01' FROM dossiers").pluck().get()).toBe(1);
  });

  it("refuses a store that already holds data and leaves it unchanged", () => {
    const before = dump(store);
    let caught: unknown;
    try {
      generateDemo(store, { ...OPTIONS, seed: 99 });
    } catch (e) {
      caught = e;
    }
    expect(isAppError(caught) && caught.code).toBe("demo_not_empty");
    expect(dump(store)).toEqual(before);
  });

  it("keeps a unit that is already set up, and writes about it", () => {
    const s = newStore();
    saveUnit(s.db, { name: "Phường Vị Khê", kind: "phuong", provinceName: "Tỉnh Ninh Bình", placeName: "Vị Khê", profileId: "vi-khe", address: null }, "Kiểm thử");
    const result = generateDemo(s, { ...OPTIONS, until: "2024-09-30", dossiers: 300 });
    expect(result.unitName).toBe("Phường Vị Khê");
    expect(result.counts.unit).toBeUndefined();
    expect(s.sqlite.prepare("SELECT name FROM unit").pluck().get()).toBe("Phường Vị Khê");
    expect(s.sqlite.prepare("SELECT count(*) FROM dossiers WHERE applicant_address LIKE '%phường Vị Khê, tỉnh Ninh Bình'").pluck().get()).toBeGreaterThan(200);
    // Before the two-tier reform began there was no such roster yet.
    expect(s.sqlite.prepare("SELECT count(*) FROM staff").pluck().get()).toBe(0);
  });

  it("refuses bad options with a Vietnamese message", () => {
    const s = newStore();
    for (const bad of [{ until: "2024-06-30" }, { until: "09/10/2025" }, { dossiers: -1 }, { dossiers: 1.5 }, { seed: Number.NaN }]) {
      expect(() => generateDemo(s, { ...OPTIONS, ...bad }), JSON.stringify(bad)).toThrow(/phải/);
    }
    expect(s.sqlite.prepare("SELECT count(*) FROM dossiers").pluck().get()).toBe(0);
  });
});
