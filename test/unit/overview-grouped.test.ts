/**
 * Tổng quan works out its charts in grouped passes and leaves out what cannot
 * be shown yet; each grouped figure must equal the one the figures engine
 * gives for its window on its own.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import type { ApiOutput } from "../../core/api/contract";
import { addDays, daysInMonth, isoDate } from "../../shared/dates";
import { createRandom, type Random } from "../../core/demo/random";
import { dossierFigures } from "../../core/indicators/dossier-figures";
import { fieldCounts } from "../../core/overview/field-counts";
import { monthlyRates } from "../../core/overview/monthly-rates";
import { openStore } from "../../db/store";
import { call } from "../api-calls";
import { insertDossiers, type DossierSpec } from "../dossier-fixtures";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();

const START = "2024-10-01";
const SPAN_DAYS = 640;

const moment = (r: Random, day: string) => (r.chance(0.2) ? day : `${day} ${String(r.int(7, 17)).padStart(2, "0")}:${String(r.int(10, 59))}:00`);

/** Dossiers of every kind the rules tell apart, some open for months, some closed before they came in. */
function randomDossier(r: Random): DossierSpec {
  const receivedDay = addDays(START, r.int(0, SPAN_DAYS));
  const roll = r.next();
  const status = roll < 0.6 ? "result" : roll < 0.75 ? "pending" : roll < 0.88 ? "rejected" : "withdrawn";
  const open = r.chance(0.15) ? r.int(40, 400) : r.chance(0.05) ? -r.int(1, 5) : r.int(0, 20);
  return {
    receivedAt: moment(r, receivedDay),
    dueAt: r.chance(0.1) ? null : moment(r, addDays(receivedDay, r.int(-2, 30))),
    resultAt: status === "pending" || r.chance(0.05) ? null : moment(r, addDays(receivedDay, open)),
    status,
    channel: r.pick(["online", "in_person", "post", null] as const),
    field: r.pick(["Hộ tịch", "hộ  tịch", "HỘ TỊCH", "Đất đai", "Chứng thực", "Tư pháp", "Xây dựng", "Giáo dục", "Lao động", null] as const),
  };
}

function randomStore(seed: number) {
  const r = createRandom(seed, "overview-grouped");
  const store = openStore(path.join(tempDir(), "x.sqlite"));
  insertDossiers(
    store,
    Array.from({ length: 1500 }, () => randomDossier(r)),
  );
  return store;
}

describe.each([21, 22, 23])("Tổng quan's grouped figures on random dossiers (seed %i)", (seed) => {
  it("gives each month's on-time and online rates as the figures engine gives them for that month alone", () => {
    const store = randomStore(seed);
    for (const [year, today] of [
      [2025, "2025-12-31"],
      [2026, "2026-05-17"],
      [2026, "2026-01-01"],
    ] as const) {
      const monthly = monthlyRates(store.sqlite, year, today);
      const alone = (y: number) =>
        Array.from({ length: 12 }, (_, i) => {
          const from = isoDate(y, i + 1, 1);
          return from > today ? null : dossierFigures(store.sqlite, { from, to: isoDate(y, i + 1, daysInMonth(y, i + 1)) }).values;
        });
      const [current, previous] = [alone(year), alone(year - 1)];
      expect(monthly.onTime, today).toEqual(current.map((v) => v?.["tthc.ho_so.dung_han_ty_le"] ?? null));
      expect(monthly.online, today).toEqual(current.map((v) => v?.["tthc.ho_so.truc_tuyen_ty_le"] ?? null));
      expect(monthly.lastYearOnTime, today).toEqual(previous.map((v) => v?.["tthc.ho_so.dung_han_ty_le"] ?? null));
      expect(monthly.lastYearOnline, today).toEqual(previous.map((v) => v?.["tthc.ho_so.truc_tuyen_ty_le"] ?? null));
      expect(current.some((v) => v?.["tthc.ho_so.dung_han_ty_le"] !== null)).toBe(true);
    }
    store.close();
  });

  it("counts a field once however its name is spelt, under its most used spelling, the fields adding up to the dossiers received", () => {
    const store = randomStore(seed);
    const window = { from: "2025-03-10", to: "2025-11-30" };
    const { top, others } = fieldCounts(store.sqlite, window);
    const received = dossierFigures(store.sqlite, window).values["tthc.ho_so.tiep_nhan_moi"];
    expect(top.reduce((n, f) => n + f.received, others)).toBe(received);
    const spellings = ["Hộ tịch", "hộ  tịch", "HỘ TỊCH"];
    const count = (field: string) =>
      store.sqlite.prepare("SELECT count(*) FROM dossiers WHERE field = ? AND received_at >= ? AND received_at < ?").pluck().get(field, window.from, addDays(window.to, 1)) as number;
    const most = [...spellings].sort((a, b) => count(b) - count(a))[0]!;
    expect(top.filter((f) => f.field !== null && spellings.includes(f.field))).toEqual([{ field: most, received: spellings.reduce((n, s) => n + count(s), 0) }]);
    store.close();
  });
});

describe("Tổng quan's reports coming due", () => {
  it("works out the state of the reports whose window has begun, and none for a report not begun yet", async () => {
    const ctx = createAppContext({ storePath: path.join(tempDir(), "x.sqlite"), userName: "Lê Thị Hoa" });
    await call(ctx, "unit.save", { name: "Xã Cẩm Giang", kind: "xa", provinceName: "Thành phố Hải Phòng", placeName: "Cẩm Giang", profileId: "hai-phong", address: null });
    const o = await call<ApiOutput<"overview.get">>(ctx, "overview.get", { today: "2026-01-20" });
    const begun = o.upcoming.filter((u) => u.from <= "2026-01-20").map((u) => u.spec);
    expect(begun.length).toBeGreaterThan(0);
    expect(begun.length).toBeLessThan(o.upcoming.length);
    expect(o.statuses.map((s) => s.spec)).toEqual(begun);
    ctx.store.close();
  });
});
