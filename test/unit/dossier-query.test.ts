import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../db/store";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import { api } from "../../core/api/contract";
import { figureHandlers } from "../../core/api/handlers/figures";
import { generateDemo } from "../../core/demo";
import { isAppError } from "../../shared/errors";
import { getProfile } from "../../core/profiles";
import { resolvePeriod } from "../../core/periods";
import { fold } from "../../shared/text";
import { listDossiers, type DossierFilter, type DossierRow } from "../../core/dossiers/query";
import { DOSSIER_COUNTS } from "../../core/indicators/dossier-rules";
import { drilldown } from "../../core/indicators/drilldown";
import { tthcFigures } from "../../core/indicators/tthc";
import { insertDossiers } from "../dossier-fixtures";

let dir: string;
let ctx: AppContext;

interface StoredDossier {
  id: number;
  code: string;
  procedure_name: string | null;
  field: string | null;
  applicant_name: string | null;
  received_at: string;
  due_at: string | null;
  due_precision: string | null;
  result_at: string | null;
  result_precision: string | null;
  status: string;
  channel: string | null;
}
let all: StoredDossier[];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cchc-query-"));
  ctx = createAppContext({ storePath: path.join(dir, "xa.sqlite"), userName: "Kiểm thử" });
  generateDemo(ctx.store, { seed: 9, until: "2025-10-09", userName: "Kiểm thử" });
  all = ctx.store.sqlite.prepare("SELECT * FROM dossiers").all() as StoredDossier[];
});

afterAll(() => {
  ctx.store.close();
  rmSync(dir, { recursive: true, force: true });
});

const list = (filter: DossierFilter, page: { offset?: number; limit?: number; sort?: "receivedAt" | "-receivedAt" | "code" | "dueAt" | "resultAt" } = {}) =>
  listDossiers(ctx.store.sqlite, { offset: 0, limit: 1000, sort: "-receivedAt", ...filter, ...page }, "2025-10-09");

/** Every page of a filter, one after the other. */
function everyRow(filter: DossierFilter, sort: "receivedAt" | "-receivedAt" | "code" | "dueAt" | "resultAt" = "-receivedAt", limit = 700): DossierRow[] {
  const rows: DossierRow[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = list(filter, { offset, limit, sort });
    rows.push(...page.rows);
    if (page.rows.length < limit) {
      expect(rows).toHaveLength(page.total);
      return rows;
    }
  }
}

const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);

/** The late rule, written out: instants when both carry a time of day, else calendar dates. */
function lateByHand(d: StoredDossier): boolean | null {
  if (d.status !== "result") return null;
  if (!d.due_at) return false;
  const result = d.result_at ?? d.received_at;
  if (d.result_at && d.result_precision === "datetime" && d.due_precision === "datetime") return d.result_at > d.due_at;
  return result.slice(0, 10) > d.due_at.slice(0, 10);
}

describe("searching the dossiers", () => {
  it("finds without diacritics: 'ho tich' finds the Hộ tịch dossiers, and only matching ones", () => {
    const rows = everyRow({ search: "ho tich" });
    const expected = all.filter((d) => [d.code, d.applicant_name, d.procedure_name, d.field].some((t) => t !== null && fold(t).includes("ho tich")));
    expect(rows.length).toBeGreaterThan(100);
    expect(ids(rows)).toEqual(ids(expected));
    expect(rows.every((r) => r.field === "Hộ tịch" || fold(r.procedureName ?? "").includes("ho tich"))).toBe(true);
  });

  it("finds an applicant by name however it is typed, and a dossier by part of its code in any case", () => {
    const name = all.find((d) => d.applicant_name?.startsWith("Nguyễn Thị"))!.applicant_name!;
    for (const typed of [fold(name), name.toUpperCase(), name.normalize("NFD"), `  ${fold(name).replace(" ", "   ")} `]) {
      const rows = everyRow({ search: typed });
      expect(rows.length, typed).toBe(all.filter((d) => d.applicant_name !== null && fold(d.applicant_name).includes(fold(name))).length);
      expect(
        rows.every((r) => fold(r.applicantName!).includes(fold(name))),
        typed,
      ).toBe(true);
    }
    const code = all[42]!.code;
    expect(list({ search: code.slice(-10).toLowerCase() }).rows.map((r) => r.code)).toContain(code);
    expect(list({ search: code }).rows.map((r) => r.code)).toEqual([code]);
  });

  it("treats % and _ as themselves, and an empty search as none", () => {
    const store: Store = openStore(path.join(dir, "wildcards.sqlite"));
    insertDossiers(store, [
      { code: "A_1", receivedAt: "2025-03-01 08:00:00" },
      { code: "AB1", receivedAt: "2025-03-01 08:00:00" },
      { code: "C%2", receivedAt: "2025-03-01 08:00:00", applicantName: "Đỗ Văn Đức" },
    ]);
    const codes = (search: string) => listDossiers(store.sqlite, { search, offset: 0, limit: 10, sort: "code" }, "2025-10-09").rows.map((r) => r.code);
    expect(codes("a_1")).toEqual(["A_1"]);
    expect(codes("%")).toEqual(["C%2"]);
    expect(codes("do van duc")).toEqual(["C%2"]);
    expect(codes("   ")).toEqual(["AB1", "A_1", "C%2"]);
    store.close();
  });

  it("sees dossiers added after a search, by this connection or another one", () => {
    const file = path.join(dir, "later.sqlite");
    const store = openStore(file);
    const other = openStore(file);
    const codes = () => listDossiers(store.sqlite, { search: "dang ky ket hon", offset: 0, limit: 10, sort: "code" }, "2025-10-09").rows.map((r) => r.code);
    insertDossiers(store, [{ code: "K1", receivedAt: "2025-03-01 08:00:00", procedureName: "Đăng ký kết hôn" }]);
    expect(codes()).toEqual(["K1"]);
    insertDossiers(store, [{ code: "K2", receivedAt: "2025-03-02 08:00:00", procedureName: "Đăng ký kết hôn lưu động" }]);
    expect(codes()).toEqual(["K1", "K2"]);
    insertDossiers(other, [{ code: "K3", receivedAt: "2025-03-03 08:00:00", procedureName: "ĐĂNG KÝ KẾT HÔN" }]);
    expect(codes()).toEqual(["K1", "K2", "K3"]);
    other.close();
    store.close();
  });
});

describe("filtering, sorting and paging", () => {
  it("filters by field, channel, status, days of receipt (inclusive) and lateness, alone and together", () => {
    const cases: [DossierFilter, (d: StoredDossier) => boolean][] = [
      [{ field: "Chứng thực" }, (d) => d.field === "Chứng thực"],
      [{ channel: "post" }, (d) => d.channel === "post"],
      [{ status: "withdrawn" }, (d) => d.status === "withdrawn"],
      [{ from: "2025-03-03", to: "2025-03-07" }, (d) => d.received_at.slice(0, 10) >= "2025-03-03" && d.received_at.slice(0, 10) <= "2025-03-07"],
      [{ lateOnly: true }, (d) => lateByHand(d) === true],
      [
        { field: "Đất đai", channel: "online", status: "result", from: "2025-01-01", lateOnly: true },
        (d) => d.field === "Đất đai" && d.channel === "online" && d.received_at >= "2025-01-01" && lateByHand(d) === true,
      ],
    ];
    for (const [filter, keep] of cases) {
      const expected = all.filter(keep);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(ids(everyRow(filter)), JSON.stringify(filter)).toEqual(ids(expected));
    }
  });

  it("marks late only the resolved dossiers, by the late rule", () => {
    const byId = new Map(all.map((d) => [d.id, d]));
    for (const row of everyRow({})) expect(row.late, row.code).toBe(lateByHand(byId.get(row.id)!));
  });

  it("gives pages that never overlap, in each order, newest receipt first by default", () => {
    const compare: Record<string, (a: DossierRow, b: DossierRow) => boolean> = {
      "-receivedAt": (a, b) => a.receivedAt > b.receivedAt || (a.receivedAt === b.receivedAt && a.id > b.id),
      receivedAt: (a, b) => a.receivedAt < b.receivedAt || (a.receivedAt === b.receivedAt && a.id < b.id),
      code: (a, b) => a.code < b.code,
      dueAt: (a, b) => (a.dueAt ?? "~") < (b.dueAt ?? "~") || (a.dueAt === b.dueAt && a.id < b.id),
      resultAt: (a, b) => (a.resultAt ?? "~") < (b.resultAt ?? "~") || (a.resultAt === b.resultAt && a.id < b.id),
    };
    for (const sort of ["-receivedAt", "receivedAt", "code", "dueAt", "resultAt"] as const) {
      const rows = everyRow({}, sort, 333);
      expect(rows).toHaveLength(all.length);
      expect(new Set(rows.map((r) => r.id)).size).toBe(all.length);
      for (let i = 1; i < rows.length; i++) expect(compare[sort]!(rows[i - 1]!, rows[i]!), `${sort} at ${i}`).toBe(true);
    }
    const page = list({}, { offset: 10, limit: 5 });
    expect(page.total).toBe(all.length);
    expect(page.rows.map((r) => r.id)).toEqual(
      list({}, { limit: 15 })
        .rows.slice(10)
        .map((r) => r.id),
    );
  });

  it("answers dossiers.list and dossiers.fields through the handlers", async () => {
    const input = api["dossiers.list"].input.parse({ search: "khai sinh", limit: 20 });
    const out = api["dossiers.list"].output.parse(await figureHandlers["dossiers.list"](ctx, input));
    expect(out.rows).toHaveLength(20);
    expect(out.total).toBe(everyRow({ search: "khai sinh" }).length);

    const fields = api["dossiers.fields"].output.parse(await figureHandlers["dossiers.fields"](ctx, {}));
    expect(fields.reduce((n, f) => n + f.count, 0)).toBe(all.filter((d) => d.field).length);
    expect(fields[0]).toEqual({ field: "Chứng thực", count: all.filter((d) => d.field === "Chứng thực").length });
    for (let i = 1; i < fields.length; i++) expect(fields[i - 1]!.count).toBeGreaterThanOrEqual(fields[i]!.count);
  });
});

describe("drill-down behind the figures", () => {
  const profile = () => getProfile(ctx.profiles, "hai-phong");
  const periods = ["2025-Q1", "2025-H1", "2025-Q3", "2025-07-01..2025-10-09", "2025-09-09..2025-09-09", "2024-12-15..2024-12-15"];

  it("lists exactly as many dossiers as every drillable figure counts", () => {
    for (const spec of periods) {
      const period = resolvePeriod(spec, profile());
      const values = tthcFigures(ctx.store.sqlite, period).values;
      for (const code of Object.keys(DOSSIER_COUNTS)) {
        const page = drilldown(ctx.store.sqlite, period, code, { offset: 0, limit: 5, sort: "-receivedAt" }, "2025-10-09");
        expect(page.total, `${spec} ${code}`).toBe(values[code]);
        expect(page.rows.length, `${spec} ${code}`).toBe(Math.min(5, page.total));
      }
    }
  });

  it("lists the dossiers the rules name: received in the window, carried over, resolved late", () => {
    const period = resolvePeriod("2025-Q3", profile());
    const behind = (code: string) => {
      const rows: DossierRow[] = [];
      for (let offset = 0; ; offset += 1000) {
        const page = drilldown(ctx.store.sqlite, period, code, { offset, limit: 1000, sort: "-receivedAt" }, "2025-10-09");
        rows.push(...page.rows);
        if (rows.length >= page.total) return rows;
      }
    };
    const day = (m: string) => m.slice(0, 10);
    expect(behind("tthc.ho_so.tiep_nhan_moi").every((r) => day(r.receivedAt) >= period.from && day(r.receivedAt) <= period.to)).toBe(true);
    const carried = behind("tthc.ho_so.ky_truoc");
    expect(carried.length).toBeGreaterThan(0);
    expect(carried.every((r) => day(r.receivedAt) < period.from && (r.status === "pending" || day(r.resultAt!) >= period.from))).toBe(true);
    const late = behind("tthc.ho_so.qua_han");
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((r) => r.late === true && day(r.resultAt!) >= period.from && day(r.resultAt!) <= period.to)).toBe(true);
    const pendingOverdue = behind("tthc.ho_so.dang_qua_han");
    expect(pendingOverdue.every((r) => r.dueAt !== null && day(r.dueAt) < period.to && (r.resultAt === null || day(r.resultAt) > period.to))).toBe(true);
    expect(ids(behind("tthc.ho_so.tong"))).toEqual(ids([...carried, ...behind("tthc.ho_so.tiep_nhan_moi")]));
  });

  it("answers tthc.drilldown with the figure's label, and refuses a figure that has no dossiers behind it", async () => {
    const input = api["tthc.drilldown"].input.parse({ period: "2025-Q3", code: "tthc.ho_so.dang_qua_han", limit: 3 });
    const out = api["tthc.drilldown"].output.parse(await figureHandlers["tthc.drilldown"](ctx, input));
    expect(out.label).toBe("– Trong đó: quá hạn");
    expect(out.total).toBe(tthcFigures(ctx.store.sqlite, resolvePeriod("2025-Q3", profile())).values["tthc.ho_so.dang_qua_han"]);
    try {
      await figureHandlers["tthc.drilldown"](ctx, { ...input, code: "tthc.ho_so.dung_han_ty_le" });
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe("figure_not_drillable");
      expect((e as Error).message).toContain("tthc.ho_so.dung_han_ty_le");
    }
  });
});
