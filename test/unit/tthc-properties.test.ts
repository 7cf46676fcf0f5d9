import path from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../../db/store";
import { addDays, daysInclusive } from "../../shared/dates";
import { createRandom, type Random } from "../../core/demo/random";
import { tthcFigures } from "../../core/indicators/tthc";
import type { Window } from "../../core/indicators/window";
import { insertDossiers, insertPakn, precisionOf, type DossierSpec, type PaknSpec } from "../dossier-fixtures";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();

const START = "2025-01-01";
const SPAN_DAYS = 180;
const FLAGS = ["digitised", "electronicResult", "hasPayment", "paidOnline", "onProvinceSystem", "syncedNationalPortal", "reusedData"] as const;

const clock = (r: Random) => `${String(r.int(7, 17)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}`;
/** A moment or, one time in `dateOnly`, a bare date. */
const stamp = (r: Random, day: string, dateOnly: number) => (r.chance(dateOnly) ? day : `${day} ${clock(r)}`);

/** Random dossiers with every case the rules distinguish, some closed months after they came in, and some the data should not have (closed or due before received). */
function randomDossier(r: Random, unknownFlags: number): DossierSpec {
  const receivedDay = addDays(START, r.int(0, SPAN_DAYS));
  const receivedAt = stamp(r, receivedDay, 0.15);
  const dueAt = r.chance(0.1) ? null : stamp(r, addDays(receivedDay, r.int(-2, 15)), 0.3);
  const roll = r.next();
  const status = roll < 0.55 ? "result" : roll < 0.75 ? "pending" : roll < 0.87 ? "rejected" : "withdrawn";
  let resultAt: string | null = null;
  if (status !== "pending" && !r.chance(0.05)) {
    const offset = r.chance(0.03) ? -r.int(1, 5) : r.chance(0.2) ? 0 : r.chance(0.1) ? r.int(55, 160) : r.int(1, 20);
    resultAt = stamp(r, addDays(receivedDay, offset), 0.2);
  }
  const flag = () => (r.chance(unknownFlags) ? null : r.chance(0.7) ? 1 : 0);
  const spec: DossierSpec = {
    receivedAt,
    dueAt,
    resultAt,
    status,
    // Now and then a precision that does not match the text: the rule must follow the precision, and a missing date has no time.
    resultPrecision: resultAt ? (r.chance(0.05) ? "date" : precisionOf(resultAt)) : r.chance(0.3) ? "datetime" : null,
    channel: r.pick(["online", "online", "in_person", "in_person", "post", null] as const),
  };
  for (const f of FLAGS) spec[f] = flag();
  return spec;
}

function randomPakn(r: Random): PaknSpec {
  const receivedDate = addDays(START, r.int(0, SPAN_DAYS));
  return {
    receivedDate,
    dueDate: r.chance(0.1) ? null : addDays(receivedDate, r.int(5, 15)),
    resolvedDate: r.chance(0.25) ? null : addDays(receivedDate, r.int(0, 30)),
  };
}

/** Windows with their ends on days the data changes on (and the days around them), and some plain random ones. */
function randomWindows(r: Random, dossiers: DossierSpec[], count: number): Window[] {
  const days = [
    ...new Set(
      dossiers
        .flatMap((d) => [d.receivedAt, d.dueAt, d.resultAt])
        .filter((m): m is string => !!m)
        .map((m) => m.slice(0, 10)),
    ),
  ];
  const edge = () => addDays(r.pick(days), r.int(-1, 1));
  const windows: Window[] = [];
  while (windows.length < count) {
    const a = r.chance(0.8) ? edge() : addDays(START, r.int(-10, SPAN_DAYS + 40));
    const b = r.chance(0.1) ? a : r.chance(0.8) ? edge() : addDays(START, r.int(-10, SPAN_DAYS + 40));
    windows.push(a <= b ? { from: a, to: b } : { from: b, to: a });
  }
  return windows;
}

/** A percentage rounded to 2 decimals, null on a zero denominator. */
const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((part * 10_000) / whole) / 100);

/** domain.md §4 written out plainly over the rows, as a clerk would count them by hand. */
function countByHand(dossiers: DossierSpec[], pakn: PaknSpec[], w: Window): Record<string, number | null> {
  const day = (m: string) => m.slice(0, 10);
  const n = { tong: 0, ky_truoc: 0, moi: 0, online: 0, direct: 0, resolved: 0, early: 0, onTime: 0, late: 0, rejected: 0, within: 0, overdue: 0 };
  const flagCount: Record<string, { yes: number; known: number }> = {};
  const tally = (code: string, value: 0 | 1 | null | undefined) => {
    const c = (flagCount[code] ??= { yes: 0, known: 0 });
    if (value === null || value === undefined) return;
    c.known++;
    if (value === 1) c.yes++;
  };
  for (const d of dossiers) {
    const received = day(d.receivedAt);
    if (received > w.to) continue;
    const closed = d.status !== "pending";
    const closedOn = day(d.resultAt ?? d.receivedAt);
    const isNew = received >= w.from;
    if (!isNew && closed && closedOn < w.from) continue;
    n.tong++;
    if (isNew) {
      n.moi++;
      if (d.channel === "online") n.online++;
      else n.direct++;
      tally("so_hoa", d.digitised);
      tally("cap_nhat", d.onProvinceSystem);
      tally("dong_bo", d.syncedNationalPortal);
      tally("tai_su_dung", d.reusedData);
      if (d.hasPayment === 1) tally("thanh_toan", d.paidOnline);
    } else {
      n.ky_truoc++;
    }
    const closedInWindow = closed && closedOn >= w.from && closedOn <= w.to;
    if (closedInWindow && d.status === "result") {
      n.resolved++;
      tally("ket_qua", d.electronicResult);
      if (!d.dueAt) {
        n.onTime++;
      } else {
        const bothHaveTime = d.resultAt !== null && d.resultAt !== undefined && d.resultPrecision === "datetime" && precisionOf(d.dueAt) === "datetime";
        const late = bothHaveTime ? d.resultAt! > d.dueAt : closedOn > day(d.dueAt);
        if (late) n.late++;
        else if (closedOn < day(d.dueAt)) n.early++;
        else n.onTime++;
      }
    } else if (closedInWindow) {
      n.rejected++;
    } else if (d.dueAt && day(d.dueAt) < w.to) {
      n.overdue++;
    } else {
      n.within++;
    }
  }
  const p = { ky_truoc: 0, moi: 0, resolved: 0, within: 0, overdue: 0 };
  for (const x of pakn) {
    if (x.receivedDate > w.to) continue;
    const resolvedBefore = x.resolvedDate !== null && x.resolvedDate !== undefined && x.resolvedDate < w.from;
    const isNew = x.receivedDate >= w.from;
    if (!isNew && resolvedBefore) continue;
    if (isNew) p.moi++;
    else p.ky_truoc++;
    if (x.resolvedDate && x.resolvedDate >= w.from && x.resolvedDate <= w.to) p.resolved++;
    else if (x.dueDate && x.dueDate < w.to) p.overdue++;
    else p.within++;
  }
  const flagRate = (code: string) => pct(flagCount[code]?.yes ?? 0, flagCount[code]?.known ?? 0);
  return {
    "tthc.ho_so.tong": n.tong,
    "tthc.ho_so.ky_truoc": n.ky_truoc,
    "tthc.ho_so.tiep_nhan_moi": n.moi,
    "tthc.ho_so.tiep_nhan_truc_tuyen": n.online,
    "tthc.ho_so.tiep_nhan_truc_tiep": n.direct,
    "tthc.ho_so.da_giai_quyet": n.resolved,
    "tthc.ho_so.truoc_han": n.early,
    "tthc.ho_so.dung_han": n.onTime,
    "tthc.ho_so.qua_han": n.late,
    "tthc.ho_so.dung_han_ty_le": pct(n.early + n.onTime, n.resolved),
    "tthc.ho_so.dang_giai_quyet": n.within + n.overdue,
    "tthc.ho_so.dang_trong_han": n.within,
    "tthc.ho_so.dang_qua_han": n.overdue,
    "tthc.ho_so.tu_choi_rut": n.rejected,
    "tthc.ho_so.truc_tuyen_ty_le": pct(n.online, n.moi),
    "tthc.ho_so.so_hoa_ty_le": flagRate("so_hoa"),
    "tthc.ho_so.ket_qua_dien_tu_ty_le": flagRate("ket_qua"),
    "tthc.ho_so.thanh_toan_truc_tuyen_ty_le": flagRate("thanh_toan"),
    "tthc.ho_so.cap_nhat_he_thong_ty_le": flagRate("cap_nhat"),
    "tthc.ho_so.dong_bo_dvcqg_ty_le": flagRate("dong_bo"),
    "tthc.ho_so.tai_su_dung_ty_le": flagRate("tai_su_dung"),
    "tthc.pakn.ky_truoc": p.ky_truoc,
    "tthc.pakn.tiep_nhan_moi": p.moi,
    "tthc.pakn.da_giai_quyet": p.resolved,
    "tthc.pakn.dang_trong_han": p.within,
    "tthc.pakn.dang_qua_han": p.overdue,
  };
}

// Per seed: how often a flag is unknown (0: always known, 1: the export had none of the flag columns).
const CASES: [seed: number, unknownFlags: number][] = [
  [11, 0],
  [12, 0.3],
  [13, 1],
  [14, 0.05],
];

describe.each(CASES)("TTHC figures on random dossiers (seed %i, unknown flags %f)", (seed, unknownFlags) => {
  const r = createRandom(seed, "tthc-properties");
  const dossiers = Array.from({ length: 400 }, () => randomDossier(r, unknownFlags));
  const pakn = Array.from({ length: 60 }, () => randomPakn(r));
  const windows = randomWindows(r, dossiers, 120);

  const compute = () => {
    const store = openStore(path.join(tempDir(), "x.sqlite"));
    insertDossiers(store, dossiers);
    insertPakn(store, pakn);
    const results = windows.map((w) => ({ w, v: tthcFigures(store.sqlite, w).values }));
    store.close();
    return results;
  };

  it("keeps the identities of Phụ lục 3 in every window", () => {
    for (const { w, v } of compute()) {
      const at = (code: string) => v[`tthc.ho_so.${code}`] as number;
      const where = `${w.from}..${w.to}`;
      expect(at("tong"), where).toBe(at("ky_truoc") + at("tiep_nhan_moi"));
      expect(at("tong"), where).toBe(at("da_giai_quyet") + at("dang_giai_quyet") + at("tu_choi_rut"));
      expect(at("truoc_han") + at("dung_han") + at("qua_han"), where).toBe(at("da_giai_quyet"));
      expect(at("dang_trong_han") + at("dang_qua_han"), where).toBe(at("dang_giai_quyet"));
      expect(at("tiep_nhan_truc_tuyen") + at("tiep_nhan_truc_tiep"), where).toBe(at("tiep_nhan_moi"));
      const paknAt = (code: string) => v[`tthc.pakn.${code}`] as number;
      expect(paknAt("ky_truoc") + paknAt("tiep_nhan_moi"), where).toBe(paknAt("da_giai_quyet") + paknAt("dang_trong_han") + paknAt("dang_qua_han"));
      for (const [code, value] of Object.entries(v)) {
        if (value === null) continue;
        expect(value, `${code} ${where}`).toBeGreaterThanOrEqual(0);
        if (code.endsWith("_ty_le")) expect(value, `${code} ${where}`).toBeLessThanOrEqual(100);
      }
    }
  });

  it("counts exactly what a plain re-reading of the rules counts", () => {
    for (const { w, v } of compute()) {
      const expected = countByHand(dossiers, pakn, w);
      const actual = Object.fromEntries(Object.keys(expected).map((code) => [code, v[code]]));
      expect(actual, `${w.from}..${w.to} (${daysInclusive(w.from, w.to)} ngày)`).toEqual(expected);
    }
  });
});
