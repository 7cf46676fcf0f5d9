import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openStore, type Store } from "../../db/store";
import { createAppContext } from "../../core/app-context";
import { api } from "../../core/api/contract";
import { figureHandlers } from "../../core/api/handlers/figures";
import { getProfile, loadProfiles } from "../../core/profiles";
import { resolvePeriod } from "../../core/periods";
import { isAppError } from "../../shared/errors";
import { defaultCatalogue, indicatorsOf, loadCatalogue } from "../../core/indicators/catalogue";
import { buildReport, reportValues } from "../../core/indicators/report";
import { roundToStep } from "../../core/indicators/apportion";
import { estimateRatio } from "../../core/indicators/estimate";
import { ratePercent } from "../../core/indicators/rates";
import { tthcFigures } from "../../core/indicators/tthc";
import type { Window } from "../../core/indicators/window";
import { insertDossiers, insertPakn, type DossierSpec } from "../dossier-fixtures";
import { repoRoot, useTempDir } from "../helpers";

const tempDir = useTempDir();
const newStore = (): Store => openStore(path.join(tempDir(), "x.sqlite"));

const MARCH: Window = { from: "2025-03-01", to: "2025-03-31" };

/** The figures of a store holding just these dossiers. */
function figuresOf(dossiers: DossierSpec[], window: Window = MARCH) {
  const store = newStore();
  insertDossiers(store, dossiers);
  const f = tthcFigures(store.sqlite, window);
  store.close();
  return f.values;
}

/** The standing of one dossier resolved in March: which of truoc_han / dung_han / qua_han counts it. */
function timingOf(d: Omit<DossierSpec, "receivedAt">): "truoc_han" | "dung_han" | "qua_han" {
  const v = figuresOf([{ receivedAt: "2025-03-03 08:00:00", ...d }]);
  expect(v["tthc.ho_so.da_giai_quyet"]).toBe(1);
  const hits = (["truoc_han", "dung_han", "qua_han"] as const).filter((k) => v[`tthc.ho_so.${k}`] === 1);
  expect(hits).toHaveLength(1);
  return hits[0]!;
}

/** Parses the indicator table of phu-luc-3.md: section rows and indicator rows, in order. */
function specRows() {
  const md = readFileSync(path.join(repoRoot, "docs", "spec", "phu-luc-3.md"), "utf8");
  const rows: { section?: string; heading?: string; code?: string; label?: string; unit?: string; source?: string; dept?: string }[] = [];
  for (const line of md.split("\n")) {
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length !== 6 || cells[0] === "code" || /^-+$/.test(cells[0]!)) continue;
    const section = /^\*\*([IVX]+)\*\*$/.exec(cells[0]!);
    if (section) rows.push({ section: section[1], heading: cells[1]!.replace(/^\*\*|\*\*$/g, "") });
    else rows.push({ code: cells[0], label: cells[1], unit: cells[2], source: cells[3], dept: cells[4] });
  }
  return rows;
}

describe("the Phụ lục 3 template", () => {
  const catalogue = defaultCatalogue();

  it("holds every row of phu-luc-3.md exactly once, in order, with its label, unit, source and department", () => {
    const spec = specRows();
    expect(spec.filter((r) => r.code).length).toBeGreaterThan(80);
    const template = catalogue.sections.flatMap((s) => [
      { section: s.stt, heading: s.label },
      ...s.indicators.map((i) => ({ code: i.code, label: i.label, unit: i.unit, source: i.source, dept: i.dept })),
    ]);
    expect(template).toEqual(spec);
  });

  it("numbers the rows of each section as the official table does, with – for the sub-rows", () => {
    expect(catalogue.sections.map((s) => s.stt)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
    for (const section of catalogue.sections) {
      let n = 0;
      for (const i of section.indicators) {
        if (i.label.startsWith("– ")) expect(i.stt, i.code).toBe("–");
        else expect(i.stt, i.code).toBe(String(++n));
        expect(i.definition.length, i.code).toBeGreaterThan(10);
      }
    }
    const iii = catalogue.sections[2]!.indicators;
    expect(iii.find((i) => i.code === "tthc.ho_so.tiep_nhan_truc_tuyen")?.stt).toBe("–");
    expect(iii.find((i) => i.code === "tthc.hai_long.ty_le")?.targetMin).toBe(95);
    expect(iii.find((i) => i.code === "tthc.hai_long.dat_dai_ty_le")?.targetMin).toBe(90);
  });

  it("refuses a broken catalogue file, naming the file, the indicator and the field in Vietnamese", () => {
    const file = path.join(tempDir(), "phu-luc-tinh.json");
    const json = JSON.parse(readFileSync(path.join(repoRoot, "templates", "phu-luc-3.json"), "utf8"));
    json.sections[2].indicators[4].source = "X";
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadCatalogue(file)).toThrow(/Tệp danh mục chỉ tiêu "phu-luc-tinh.json" không hợp lệ ở mục III, chỉ tiêu "tthc.ho_so.tong", trường "source"/);

    json.sections[2].indicators[4].source = "C";
    json.sections[2].indicators[5].code = "tthc.ho_so.tong";
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadCatalogue(file)).toThrow(/Mã chỉ tiêu "tthc.ho_so.tong" bị trùng/);

    writeFileSync(file, "{ không phải JSON");
    try {
      loadCatalogue(file);
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe("catalogue_unreadable");
      expect((e as Error).message).toContain(file);
    }
  });
});

describe("received and carried over (domain.md §4)", () => {
  it("counts receipts on both ends of the window, whatever their precision, and nothing outside it", () => {
    const v = figuresOf([
      { receivedAt: "2025-03-01 07:30:00" },
      { receivedAt: "2025-03-01" },
      { receivedAt: "2025-03-31 23:59:59" },
      { receivedAt: "2025-03-31" },
      { receivedAt: "2025-04-01 00:00:00" },
      { receivedAt: "2025-04-01" },
    ]);
    expect(v["tthc.ho_so.tiep_nhan_moi"]).toBe(4);
    expect(v["tthc.ho_so.ky_truoc"]).toBe(0);
    expect(v["tthc.ho_so.tong"]).toBe(4);
  });

  it("carries over what was received before the window and not closed before it", () => {
    const v = figuresOf([
      { receivedAt: "2025-02-10 08:00:00", resultAt: "2025-02-28 16:00:00" }, // closed before: no
      { receivedAt: "2025-02-10 08:00:00", resultAt: "2025-03-01 08:00:00" }, // closed on `from`: carried, resolved
      { receivedAt: "2025-02-10 08:00:00", resultAt: "2025-02-20", status: "rejected" }, // rejected before: no
      { receivedAt: "2025-02-10 08:00:00", resultAt: "2025-03-05 09:00:00", status: "withdrawn" }, // withdrawn within: carried
      { receivedAt: "2025-01-05 08:00:00" }, // still pending: carried
      { receivedAt: "2025-02-27 08:00:00", resultAt: "2025-04-02 08:00:00" }, // closed after `to`: carried, pending
      { receivedAt: "2025-02-20 08:00:00", resultAt: null, status: "result" }, // closed without a date: on its day of receipt
      { receivedAt: "2025-02-28 23:59:59", status: "rejected", resultAt: "2025-02-28 23:59:59" },
    ]);
    expect(v["tthc.ho_so.ky_truoc"]).toBe(4);
    expect(v["tthc.ho_so.tiep_nhan_moi"]).toBe(0);
    expect(v["tthc.ho_so.tong"]).toBe(4);
    expect(v["tthc.ho_so.da_giai_quyet"]).toBe(1);
    expect(v["tthc.ho_so.tu_choi_rut"]).toBe(1);
    expect(v["tthc.ho_so.dang_giai_quyet"]).toBe(2);
  });

  it("splits receipts into online and everything else (in person, by post, channel unknown)", () => {
    const v = figuresOf([
      { receivedAt: "2025-03-02 08:00:00", channel: "online" },
      { receivedAt: "2025-03-03 08:00:00", channel: "online" },
      { receivedAt: "2025-03-04 08:00:00", channel: "in_person" },
      { receivedAt: "2025-03-05 08:00:00", channel: "post" },
      { receivedAt: "2025-03-06 08:00:00", channel: null },
      { receivedAt: "2025-02-06 08:00:00", channel: "online" },
    ]);
    expect(v["tthc.ho_so.tiep_nhan_truc_tuyen"]).toBe(2);
    expect(v["tthc.ho_so.tiep_nhan_truc_tiep"]).toBe(3);
    expect(v["tthc.ho_so.truc_tuyen_ty_le"]).toBe(40);
  });
});

describe("resolved: early, on time, late", () => {
  it("compares the time of day only when both the result and the due date carry one", () => {
    expect(timingOf({ resultAt: "2025-03-10 10:00:00", dueAt: "2025-03-10 09:00:00" })).toBe("qua_han");
    expect(timingOf({ resultAt: "2025-03-10 10:00:00", dueAt: "2025-03-10" })).toBe("dung_han");
    expect(timingOf({ resultAt: "2025-03-10", dueAt: "2025-03-10 09:00:00" })).toBe("dung_han");
    expect(timingOf({ resultAt: "2025-03-10 08:59:59", dueAt: "2025-03-10 09:00:00" })).toBe("dung_han");
    expect(timingOf({ resultAt: "2025-03-10 09:00:00", dueAt: "2025-03-10 09:00:00" })).toBe("dung_han");
  });

  it("compares calendar dates otherwise: the day after a date-only due date is late, a day before is early", () => {
    expect(timingOf({ resultAt: "2025-03-11 07:30:00", dueAt: "2025-03-10" })).toBe("qua_han");
    expect(timingOf({ resultAt: "2025-03-09 16:00:00", dueAt: "2025-03-10" })).toBe("truoc_han");
    expect(timingOf({ resultAt: "2025-03-09 23:00:00", dueAt: "2025-03-10 08:00:00" })).toBe("truoc_han");
    expect(timingOf({ resultAt: "2025-03-11", dueAt: "2025-03-10 17:00:00" })).toBe("qua_han");
  });

  it("follows the recorded precision, not the text's length, and counts a dossier without due date on time", () => {
    expect(timingOf({ resultAt: "2025-03-10 10:00:00", dueAt: "2025-03-10 09:00:00", resultPrecision: "date" })).toBe("dung_han");
    expect(timingOf({ resultAt: "2025-03-10 10:00:00", dueAt: null })).toBe("dung_han");
    expect(timingOf({ resultAt: null, status: "result", dueAt: "2025-03-02" })).toBe("qua_han");
  });

  it("counts only results dated in the window, and the on-time rate over them", () => {
    const v = figuresOf([
      { receivedAt: "2025-03-03 08:00:00", resultAt: "2025-03-04 08:00:00", dueAt: "2025-03-05" },
      { receivedAt: "2025-03-03 08:00:00", resultAt: "2025-03-05 08:00:00", dueAt: "2025-03-05" },
      { receivedAt: "2025-03-03 08:00:00", resultAt: "2025-03-06 08:00:00", dueAt: "2025-03-05" },
      { receivedAt: "2025-03-28 08:00:00", resultAt: "2025-04-01 08:00:00", dueAt: "2025-04-02" },
    ]);
    expect([v["tthc.ho_so.da_giai_quyet"], v["tthc.ho_so.truoc_han"], v["tthc.ho_so.dung_han"], v["tthc.ho_so.qua_han"]]).toEqual([3, 1, 1, 1]);
    expect(v["tthc.ho_so.dung_han_ty_le"]).toBe(66.67);
  });
});

describe("pending at the end of the window", () => {
  it("is within its deadline when due on or after `to` or without due date, overdue when due before `to`", () => {
    const v = figuresOf([
      { receivedAt: "2025-03-20 08:00:00", dueAt: "2025-03-31 17:00:00" },
      { receivedAt: "2025-03-20 08:00:00", dueAt: "2025-03-31" },
      { receivedAt: "2025-03-20 08:00:00", dueAt: "2025-04-05" },
      { receivedAt: "2025-03-20 08:00:00", dueAt: null },
      { receivedAt: "2025-03-20 08:00:00", dueAt: "2025-03-30 17:00:00" },
      { receivedAt: "2025-03-20 08:00:00", dueAt: "2025-03-30" },
    ]);
    expect(v["tthc.ho_so.dang_giai_quyet"]).toBe(6);
    expect(v["tthc.ho_so.dang_trong_han"]).toBe(4);
    expect(v["tthc.ho_so.dang_qua_han"]).toBe(2);
  });

  it("includes what closed after `to`, whichever way it closed", () => {
    const v = figuresOf([
      { receivedAt: "2025-03-20 08:00:00", dueAt: "2025-03-25", resultAt: "2025-04-02 08:00:00" },
      { receivedAt: "2025-03-20 08:00:00", dueAt: "2025-04-25", resultAt: "2025-04-01", status: "rejected" },
      { receivedAt: "2025-03-20 08:00:00", dueAt: "2025-04-25", resultAt: "2025-03-31 16:00:00", status: "withdrawn" },
    ]);
    expect(v["tthc.ho_so.dang_giai_quyet"]).toBe(2);
    expect(v["tthc.ho_so.dang_qua_han"]).toBe(1);
    expect(v["tthc.ho_so.dang_trong_han"]).toBe(1);
    expect(v["tthc.ho_so.tu_choi_rut"]).toBe(1);
    expect(v["tthc.ho_so.da_giai_quyet"]).toBe(0);
  });
});

describe("rates", () => {
  it("rounds to 2 decimals and is null, never 0 or 100, on a zero denominator", () => {
    expect(ratePercent(2, 3)).toBe(66.67);
    expect(ratePercent(1, 8)).toBe(12.5);
    expect(ratePercent(1, 20_000)).toBe(0.01);
    expect(ratePercent(201, 20_000)).toBe(1.01);
    expect(ratePercent(1, 40_000)).toBe(0);
    expect(ratePercent(0, 0)).toBeNull();
    const v = figuresOf([{ receivedAt: "2025-01-10 08:00:00", resultAt: "2025-01-12 08:00:00", channel: "online", digitised: 1 }]);
    expect(v["tthc.ho_so.tong"]).toBe(0);
    for (const code of ["dung_han_ty_le", "truc_tuyen_ty_le", "so_hoa_ty_le", "ket_qua_dien_tu_ty_le"]) expect(v[`tthc.ho_so.${code}`], code).toBeNull();
  });

  it("takes the digital-service rates from the dossiers' flags, over the dossiers whose flag is known", () => {
    const received = (over: Partial<DossierSpec>): DossierSpec => ({ receivedAt: "2025-03-05 08:00:00", ...over });
    const v = figuresOf([
      received({ digitised: 1, onProvinceSystem: 1, hasPayment: 1, paidOnline: 1, resultAt: "2025-03-06 08:00:00", electronicResult: 1 }),
      received({ digitised: 0, onProvinceSystem: 1, hasPayment: 1, paidOnline: 0, resultAt: "2025-03-06 08:00:00", electronicResult: 0 }),
      received({ digitised: 1, onProvinceSystem: 0, hasPayment: 0, paidOnline: null, resultAt: "2025-03-06 08:00:00", electronicResult: null }),
      received({ digitised: null, onProvinceSystem: 1, hasPayment: 1, paidOnline: null }),
      { receivedAt: "2025-02-05 08:00:00", digitised: 0, hasPayment: 1, paidOnline: 0 },
    ]);
    expect(v["tthc.ho_so.so_hoa_ty_le"]).toBe(66.67);
    expect(v["tthc.ho_so.cap_nhat_he_thong_ty_le"]).toBe(75);
    expect(v["tthc.ho_so.thanh_toan_truc_tuyen_ty_le"]).toBe(50);
    expect(v["tthc.ho_so.ket_qua_dien_tu_ty_le"]).toBe(50);
    expect(v["tthc.ho_so.dong_bo_dvcqg_ty_le"]).toBeNull();
    expect(v["tthc.ho_so.tai_su_dung_ty_le"]).toBeNull();
  });

  it("leaves every dossier figure null when no dossier was ever recorded", () => {
    const v = figuresOf([]);
    for (const [code, value] of Object.entries(v)) if (code.startsWith("tthc.ho_so.")) expect(value, code).toBeNull();
  });
});

describe("the procedure catalogue, PAKN and satisfaction", () => {
  it("rates the active procedures over those whose flag is known", () => {
    const store = newStore();
    const insert = store.sqlite.prepare("INSERT INTO procedures (code, name, at_centre, online_eligible, online_full, location_independent, active) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.run("1", "Đăng ký khai sinh", 1, 1, 1, 1, 1);
    insert.run("2", "Đăng ký kết hôn", 1, 1, 0, 0, 1);
    insert.run("3", "Chứng thực bản sao", 0, 0, null, 1, 1);
    insert.run("4", "Cấp phép xây dựng", null, 1, null, null, 1);
    insert.run("5", "Thủ tục đã bãi bỏ", 1, 1, 1, 1, 0);
    const v = tthcFigures(store.sqlite, MARCH).values;
    expect(v["tthc.danh_muc.tong"]).toBe(4);
    expect(v["tthc.danh_muc.tai_ttpvhcc_ty_le"]).toBe(66.67);
    expect(v["tthc.danh_muc.toan_trinh_ty_le"]).toBe(50);
    expect(v["tthc.danh_muc.khong_dia_gioi_ty_le"]).toBe(66.67);
    store.close();
  });

  it("counts PAKN by the dossiers' rules", () => {
    const store = newStore();
    insertPakn(store, [
      { receivedDate: "2025-02-10", dueDate: "2025-02-24", resolvedDate: "2025-02-20" }, // done before: nowhere
      { receivedDate: "2025-02-20", dueDate: "2025-03-06", resolvedDate: "2025-03-01" }, // carried, resolved
      { receivedDate: "2025-02-25", dueDate: "2025-03-11", resolvedDate: null }, // carried, overdue
      { receivedDate: "2025-03-01", dueDate: "2025-03-31", resolvedDate: "2025-04-01" }, // new, within deadline at `to`
      { receivedDate: "2025-03-31", dueDate: "2025-04-14", resolvedDate: "2025-03-31" }, // new, resolved
      { receivedDate: "2025-03-20", dueDate: null, resolvedDate: null }, // new, within deadline
      { receivedDate: "2025-04-01", dueDate: "2025-04-14", resolvedDate: null }, // after: nowhere
    ]);
    const v = tthcFigures(store.sqlite, MARCH).values;
    expect(v["tthc.pakn.ky_truoc"]).toBe(2);
    expect(v["tthc.pakn.tiep_nhan_moi"]).toBe(3);
    expect(v["tthc.pakn.da_giai_quyet"]).toBe(2);
    expect(v["tthc.pakn.dang_trong_han"]).toBe(2);
    expect(v["tthc.pakn.dang_qua_han"]).toBe(1);
    store.close();
  });

  it("rates satisfaction over the rating rounds completed within the window, overall and for land", () => {
    const store = newStore();
    const insert = store.sqlite.prepare("INSERT INTO satisfaction_ratings (period_from, period_to, field, rated, satisfied) VALUES (?, ?, ?, ?, ?)");
    insert.run("2024-10-01", "2024-12-31", "Hộ tịch", 300, 294);
    insert.run("2024-10-01", "2024-12-31", "Đất đai", 100, 88);
    insert.run("2024-10-01", "2024-12-31", "đất  đai", 100, 90);
    insert.run("2024-09-01", "2024-12-14", "Chứng thực", 1000, 0); // completed the day before `from`
    insert.run("2025-01-01", "2025-03-31", "Chứng thực", 1000, 0); // completed after `to`
    // Hải Phòng's Q1 2025: 15/12/2024 – 09/03/2025 holds the Q4 2024 round, completed on 31/12/2024.
    const v = tthcFigures(store.sqlite, { from: "2024-12-15", to: "2025-03-09" }).values;
    expect(v["tthc.hai_long.ty_le"]).toBe(94.4);
    expect(v["tthc.hai_long.dat_dai_ty_le"]).toBe(89);
    expect(tthcFigures(store.sqlite, { from: "2025-01-01", to: "2025-03-30" }).values["tthc.hai_long.ty_le"]).toBeNull();
    expect(tthcFigures(store.sqlite, { from: "2024-12-31", to: "2024-12-31" }).values["tthc.hai_long.ty_le"]).toBe(94.4);
    store.close();
  });
});

describe("the estimate (ước đạt)", () => {
  const profiles = loadProfiles();
  const q1 = resolvePeriod("2025-Q1", getProfile(profiles, "hai-phong"));

  it("scales counts by days(15/12/2024..14/03/2025) / days(15/12/2024..09/03/2025) and carries rates", () => {
    expect([q1.from, q1.to, q1.estimateTo]).toEqual(["2024-12-15", "2025-03-09", "2025-03-14"]);
    const ratio = estimateRatio(q1)!;
    expect(ratio).toBeCloseTo(90 / 85, 12);
    expect(roundToStep(85 * ratio, 1)).toBe(90);
    expect(roundToStep(17 * ratio, 1)).toBe(18);
    expect(roundToStep(0 * ratio, 1)).toBe(0);
    expect(roundToStep(1000 * ratio, 1)).toBe(1059);
    expect(roundToStep(45263.4 * ratio, 0.1)).toBe(47926);
    expect(roundToStep(1234.56 * ratio, 0.1)).toBe(1307.2);
  });

  it("gives nothing for a period without an estimate date", () => {
    const q1ViKhe = resolvePeriod("2025-Q1", getProfile(profiles, "vi-khe"));
    expect(estimateRatio(q1ViKhe)).toBeNull();
  });
});

describe("the engine and the figures panel", () => {
  const newContext = () => createAppContext({ storePath: path.join(tempDir(), "x.sqlite"), userName: "Kiểm thử" });

  it("gives every code of the catalogue, null where no register holds anything", () => {
    const ctx = newContext();
    insertDossiers(ctx.store, [{ receivedAt: "2025-03-05 08:00:00" }]);
    const values = reportValues(buildReport(ctx, resolvePeriod("2025-03-01..2025-03-31", getProfile(ctx.profiles, "hai-phong"))));
    expect(Object.keys(values)).toEqual(indicatorsOf(defaultCatalogue()).map((i) => i.code));
    expect(values["tthc.ho_so.tiep_nhan_moi"]).toBe(1);
    expect(values["chidao.kh.tong"]).toBeNull();
    ctx.store.close();
  });

  it("lists the section III figures with labels, units and their flags", async () => {
    const ctx = newContext();
    insertDossiers(ctx.store, [
      { receivedAt: "2025-03-05 08:00:00", resultAt: "2025-03-06 08:00:00", dueAt: "2025-03-07", channel: "online" },
      { receivedAt: "2025-03-05 08:00:00", resultAt: "2025-03-08 08:00:00", dueAt: "2025-03-07" },
    ]);
    const insert = ctx.store.sqlite.prepare("INSERT INTO satisfaction_ratings (period_from, period_to, field, rated, satisfied) VALUES (?, ?, ?, ?, ?)");
    insert.run("2025-03-01", "2025-03-31", "Hộ tịch", 100, 94);
    insert.run("2025-03-01", "2025-03-31", "Đất đai", 50, 45);
    const input = api["tthc.figures"].input.parse({ period: "2025-03-01..2025-03-31" });
    const out = api["tthc.figures"].output.parse(await figureHandlers["tthc.figures"](ctx, input));
    expect(out.period.from).toBe("2025-03-01");
    expect(out.figures.map((f) => f.code)).toEqual(
      indicatorsOf(defaultCatalogue())
        .filter((i) => i.code.startsWith("tthc."))
        .map((i) => i.code),
    );
    const byCode = new Map(out.figures.map((f) => [f.code, f]));
    expect(byCode.get("tthc.ho_so.da_giai_quyet")).toEqual({ code: "tthc.ho_so.da_giai_quyet", label: "Số hồ sơ đã giải quyết", unit: "hs", unitName: "Hồ sơ", value: 2, drillable: true, flag: null });
    expect(byCode.get("tthc.ho_so.dung_han_ty_le")).toMatchObject({ value: 50, drillable: false, flag: "Mẫu số dưới 10 (2)" });
    expect(byCode.get("tthc.hai_long.ty_le")).toMatchObject({ value: 92.67, flag: "Dưới mục tiêu 95 %" });
    expect(byCode.get("tthc.hai_long.dat_dai_ty_le")).toMatchObject({ value: 90, flag: null });
    expect(byCode.get("tthc.ho_so.so_hoa_ty_le")).toMatchObject({ value: null, flag: null });
    ctx.store.close();
  });
});
