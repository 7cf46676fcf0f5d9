import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import type { ApiOutput } from "../../core/api/contract";
import { lastYearWindow } from "../../core/indicators/last-year";
import { tthcFigures } from "../../core/indicators/tthc";
import { setInspection, NO_INSPECTION } from "../../core/outline/inspection";
import { call } from "../api-calls";
import { insertDossiers, type DossierSpec } from "../dossier-fixtures";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();

type Overview = ApiOutput<"overview.get">;
type Report = ApiOutput<"report.get">;

/** A commune of Hải Phòng with no records yet; Quý I 2026 (15/12/2025 – 09/03/2026) is the next report due on 20/01/2026. */
async function newCommune(now?: () => Date): Promise<AppContext> {
  const ctx = createAppContext({ storePath: path.join(tempDir(), "x.sqlite"), userName: "Lê Thị Hoa", now });
  await call(ctx, "unit.save", { name: "Xã Cẩm Giang", kind: "xa", provinceName: "Thành phố Hải Phòng", placeName: "Cẩm Giang", profileId: "hai-phong", address: null });
  return ctx;
}

const TODAY = "2026-01-20";
const overview = (ctx: AppContext, today = TODAY) => call<Overview>(ctx, "overview.get", { today });
const q1Status = async (ctx: AppContext, today = TODAY) => (await overview(ctx, today)).statuses.find((s) => s.spec === "2026-Q1")!;
const figure = (o: Overview, code: string) => o.figures!.figures.find((f) => f.code === code)!;
const alertKinds = async (ctx: AppContext, today = TODAY) => (await overview(ctx, today)).alerts.map((a) => a.kind);

/** The rows of Phụ lục 3 a clerk must still type in: manual figures with no value, other than rates with nothing to rate. */
const awaitingEntry = (report: Report) => report.sections.flatMap((s) => s.rows).filter((r) => r.source !== "C" && r.value === null && r.denominator !== 0);

describe("overview: where each report coming due stands", () => {
  it("goes from thiếu to đủ as the manual figures are entered, to đã xuất on export, and to đã gửi when marked sent", async () => {
    const ctx = await newCommune();
    const o = await overview(ctx);
    // Quý III (from 15/06/2026) has not begun: it has no state yet.
    expect(o.statuses.map((s) => s.spec)).toEqual(o.upcoming.filter((u) => u.spec !== "2026-Q3").map((u) => u.spec));
    const report = await call<Report>(ctx, "report.get", { period: "2026-Q1" });
    const missing = awaitingEntry(report);
    expect(missing.length).toBeGreaterThan(3);

    let status = await q1Status(ctx);
    expect(status.state).toBe("thieu");
    expect(status.missingFigures.count).toBe(missing.length);
    expect(status.missingFigures.examples).toHaveLength(3);
    expect(status.missingFigures.examples[0]).toBe(missing[0]!.label.replace(/^[–-]\s*(Trong đó:\s*)?/u, ""));
    // The missing figures are not counted again as check errors.
    expect(status.checkErrors.count).toBe(0);

    await call(ctx, "report.setValue", { period: "2026-Q1", code: missing[0]!.code, value: 0 });
    expect((await q1Status(ctx)).missingFigures.count).toBe(missing.length - 1);
    for (const row of missing.slice(1)) await call(ctx, "report.setValue", { period: "2026-Q1", code: row.code, value: 0 });
    status = await q1Status(ctx);
    expect(status).toMatchObject({ state: "du", missingFigures: { count: 0, examples: [] }, checkErrors: { count: 0 }, exportedAt: null });
    // Another window keeps its own state.
    expect((await overview(ctx)).statuses.find((s) => s.spec === "2026-H1")!.state).toBe("thieu");

    await call(ctx, "report.exportXlsx", { period: "2026-Q1" });
    status = await q1Status(ctx);
    expect(status.state).toBe("da_xuat");
    expect(status.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2} /);

    const { entries } = await call<ApiOutput<"outbox.list">>(ctx, "outbox.list", {});
    await call(ctx, "outbox.markSent", { id: entries[0]!.id, via: "he_thong", at: "2026-01-21 09:30" });
    status = await q1Status(ctx);
    expect(status.state).toBe("da_gui");
    expect(status.sentAt).toBe("2026-01-21 09:30");
    ctx.store.close();
  });

  it("counts an error of the checks other than a missing figure", async () => {
    const ctx = await newCommune();
    const report = await call<Report>(ctx, "report.get", { period: "2026-Q1" });
    for (const row of awaitingEntry(report)) await call(ctx, "report.setValue", { period: "2026-Q1", code: row.code, value: 0 });
    // More feedback on legal documents handled (5) than received (0).
    await call(ctx, "report.setValue", { period: "2026-Q1", code: "the_che.pakn_vbqppl.da_xu_ly", value: 5 });
    const status = await q1Status(ctx);
    expect(status.state).toBe("thieu");
    expect(status.missingFigures.count).toBe(0);
    expect(status.checkErrors.count).toBe(1);
    expect(status.checkErrors.examples[0]).toContain("lớn hơn");
    ctx.store.close();
  });
});

describe("overview: the inspection coming", () => {
  it("lists the department parts not returned and the items without evidence, from the day it is set until the visit", async () => {
    const ctx = await newCommune();
    expect((await overview(ctx)).inspection).toBeNull();
    setInspection(ctx, "de-cuong-kiem-tra-2025", { ...NO_INSPECTION, date: "2026-01-22", timeFrom: "13:30" });
    const inspection = (await overview(ctx)).inspection!;
    expect(inspection).toMatchObject({ outlineId: "de-cuong-kiem-tra-2025", period: "2025-07-01..2025-10-09", date: "2026-01-22", timeFrom: "13:30", daysLeft: 2 });
    expect(inspection.partsNotReturned.map((p) => p.code).sort()).toEqual(["KT", "TTPVHCC", "TTVH", "VHXH", "VP"]);
    // Nothing was sent, and the parts were due by the window's end (09/10/2025).
    expect(inspection.partsNotReturned.every((p) => p.state === "qua_han")).toBe(true);
    expect(inspection.evidenceMissing.count).toBeGreaterThan(0);
    expect(inspection.evidenceMissing.examples[0]).toMatch(/^Mục /);
    // On the day itself it is still coming; the day after, it is over.
    expect((await overview(ctx, "2026-01-22")).inspection).not.toBeNull();
    expect((await overview(ctx, "2026-01-23")).inspection).toBeNull();
    ctx.store.close();
  });
});

const dossier = (receivedAt: string, rest: Partial<DossierSpec> = {}): DossierSpec => ({ receivedAt, dueAt: "2026-01-10", ...rest });

describe("overview: key figures and charts", () => {
  it("gives the TTHC engine's figures from the start of the report year to today, beside the same window of last year", async () => {
    const ctx = await newCommune();
    insertDossiers(ctx.store, [
      dossier("2025-12-20 08:00:00", { resultAt: "2026-01-05", channel: "online", field: "Hộ tịch" }),
      dossier("2026-01-06 08:00:00", { dueAt: "2026-01-08", resultAt: "2026-01-12", field: "Đất đai" }),
      dossier("2026-01-15 08:00:00", { dueAt: "2026-01-19", channel: "online", field: "Hộ tịch" }),
      dossier("2026-01-25 08:00:00", { field: "Chứng thực" }),
      dossier("2025-01-10 08:00:00", { dueAt: "2025-01-15", resultAt: "2025-01-14", field: "Hộ tịch" }),
    ]);
    const o = await overview(ctx);
    const window = { from: "2025-12-15", to: TODAY };
    expect(o.figures!.window).toEqual(window);
    const previous = lastYearWindow({ ...window, year: 2026 });
    expect(o.figures!.lastYearWindow).toEqual({ from: previous.from, to: previous.to });
    const now = tthcFigures(ctx.store.sqlite, window).values;
    const before = tthcFigures(ctx.store.sqlite, previous).values;
    for (const f of o.figures!.figures) {
      expect(f.value).toBe(now[f.code]);
      expect(f.lastYear).toBe(before[f.code]);
    }
    expect(figure(o, "tthc.ho_so.tiep_nhan_moi")).toMatchObject({ value: 3, lastYear: 1, change: 2 });
    expect(figure(o, "tthc.ho_so.dung_han_ty_le")).toMatchObject({ value: 50, lastYear: 100, change: -50 });
    expect(figure(o, "tthc.ho_so.dang_qua_han")).toMatchObject({ value: 1, higherIsBetter: false });
    // No satisfaction round: a rate with nothing to rate, not 0 %.
    expect(figure(o, "tthc.hai_long.ty_le")).toMatchObject({ value: null, lastYear: null, change: null });

    expect(o.figures!.fields).toEqual({
      top: [
        { field: "Hộ tịch", received: 2 },
        { field: "Đất đai", received: 1 },
      ],
      others: 0,
    });
    ctx.store.close();
  });

  it("draws the rates month by month: a month with no dossier resolved has no on-time rate rather than 0 %", async () => {
    const ctx = await newCommune();
    insertDossiers(ctx.store, [
      dossier("2026-01-05 08:00:00", { dueAt: "2026-01-09", resultAt: "2026-01-08", channel: "online" }),
      dossier("2026-01-06 08:00:00", { dueAt: "2026-01-09", resultAt: "2026-01-12" }),
      dossier("2026-02-03 08:00:00", { dueAt: "2026-03-20", channel: "online" }),
      dossier("2025-03-03 08:00:00", { dueAt: "2025-03-09", resultAt: "2025-03-05" }),
    ]);
    const { monthly } = (await overview(ctx, "2026-02-20")).figures!;
    expect(monthly.year).toBe(2026);
    expect(monthly.onTime.slice(0, 3)).toEqual([50, null, null]);
    expect(monthly.online.slice(0, 3)).toEqual([50, 100, null]);
    expect(monthly.lastYearOnTime[2]).toBe(100);
    expect(monthly.lastYearOnTime.filter((v) => v !== null)).toHaveLength(1);
    expect(monthly.lastYearOnline[2]).toBe(0);
    ctx.store.close();
  });

  it("keeps the six largest fields and adds up the rest", async () => {
    const ctx = await newCommune();
    const fields = ["A", "B", "C", "D", "E", "F", "G", "H"];
    insertDossiers(
      ctx.store,
      fields.flatMap((f, i) => Array.from({ length: 10 - i }, () => dossier("2026-01-05 08:00:00", { field: f }))),
    );
    insertDossiers(ctx.store, [dossier("2026-01-06 08:00:00", { field: null }), dossier("2025-12-01 08:00:00", { field: "A" })]);
    const { fields: bars } = (await overview(ctx)).figures!;
    expect(bars.top.map((b) => [b.field, b.received])).toEqual([
      ["A", 10],
      ["B", 9],
      ["C", 8],
      ["D", 7],
      ["E", 6],
      ["F", 5],
    ]);
    expect(bars.others).toBe(4 + 3 + 1);
    ctx.store.close();
  });
});

describe("overview: alerts", () => {
  const rate = (ctx: AppContext, field: string | null, satisfied: number, rated: number) =>
    ctx.store.sqlite.prepare("INSERT INTO satisfaction_ratings (period_from, period_to, field, rated, satisfied) VALUES (?, ?, ?, ?, ?)").run("2026-01-01", "2026-01-15", field, rated, satisfied);

  it("flags satisfaction under 95 % overall and under 90 % for land, not exactly at the target", async () => {
    const ctx = await newCommune();
    rate(ctx, "Hộ tịch", 105, 110);
    rate(ctx, "Đất đai", 9, 10);
    // 114 / 120 = 95 %; land 9 / 10 = 90 %.
    expect(await alertKinds(ctx)).toEqual([]);
    rate(ctx, "Đất đai", 0, 1);
    // 114 / 121 = 94,21 %; land 9 / 11 = 81,82 %.
    const alerts = (await overview(ctx)).alerts;
    expect(alerts.map((a) => a.kind)).toEqual(["hai_long", "hai_long_dat_dai"]);
    expect(alerts[0]!.message).toBe("Mức độ hài lòng chung đạt 94,21 %, dưới mục tiêu 95 %.");
    expect(alerts[1]!.message).toContain("81,82 %");
    expect(alerts.every((a) => a.advice.length > 20)).toBe(true);
    ctx.store.close();
  });

  it("flags dossiers pending past their due date; one due today is not overdue yet; the list it opens shows those very dossiers", async () => {
    // 01:00 on 20/01/2026 in Việt Nam, still 19/01 in UTC: the list counts by the Vietnamese day, as the alert does.
    const ctx = await newCommune(() => new Date("2026-01-19T18:00:00Z"));
    insertDossiers(ctx.store, [dossier("2026-01-10 08:00:00", { dueAt: "2026-01-20 17:00:00" }), dossier("2026-01-10 08:00:00", { dueAt: "2026-01-19 17:00:00", resultAt: "2026-01-19 16:00:00" })]);
    expect(await alertKinds(ctx)).toEqual([]);
    insertDossiers(ctx.store, [dossier("2026-01-10 08:00:00", { dueAt: "2026-01-19 17:00:00" }), dossier("2026-01-11 08:00:00", { dueAt: "2026-01-19" })]);
    const alert = (await overview(ctx)).alerts.find((a) => a.kind === "ho_so_qua_han")!;
    expect(alert.message).toBe("2 hồ sơ TTHC đang giải quyết đã quá ngày hẹn trả.");
    const listed = await call<ApiOutput<"dossiers.list">>(ctx, "dossiers.list", { overdueToday: true, offset: 0, limit: 50, sort: "dueAt" });
    expect(listed.total).toBe(2);
    expect(listed.rows.map((r) => [r.status, r.dueAt])).toEqual([
      ["pending", "2026-01-19"],
      ["pending", "2026-01-19 17:00:00"],
    ]);
    ctx.store.close();
  });

  it("flags plan tasks and province-assigned tasks past their deadline and not done, naming a few", async () => {
    const ctx = await newCommune();
    const plan = ctx.store.sqlite.prepare("INSERT INTO plan_tasks (year, title, deadline, status, completed_date) VALUES (2026, ?, ?, ?, ?)");
    const assigned = ctx.store.sqlite.prepare("INSERT INTO assigned_tasks (title, assigned_date, deadline, completed_date) VALUES (?, '2026-01-02', ?, ?)");
    plan.run("Hạn hôm nay", TODAY, "dang_thuc_hien", null);
    plan.run("Đã xong", "2026-01-10", "hoan_thanh", "2026-01-12");
    assigned.run("Hạn hôm nay", TODAY, null);
    assigned.run("Xong muộn", "2026-01-10", "2026-01-15");
    expect(await alertKinds(ctx)).toEqual([]);
    plan.run("Rà soát thủ tục", "2026-01-19", "chua_thuc_hien", null);
    assigned.run("Báo cáo chuyển đổi số", "2026-01-15", null);
    const alerts = (await overview(ctx)).alerts;
    expect(alerts.map((a) => a.kind)).toEqual(["nhiem_vu_ke_hoach", "nhiem_vu_tinh_giao"]);
    expect(alerts[0]).toMatchObject({ message: "1 nhiệm vụ trong Kế hoạch CCHC đã quá hạn mà chưa hoàn thành.", examples: ["Rà soát thủ tục"] });
    expect(alerts[1]!.examples).toEqual(["Báo cáo chuyển đổi số"]);
    ctx.store.close();
  });
});
