import { describe, expect, it } from "vitest";
import { apportion } from "../../core/indicators/apportion";
import { defaultCatalogue, indicatorsOf, takesDecimals, type Catalogue } from "../../core/indicators/catalogue";
import { estimateAll } from "../../core/indicators/estimate";
import { evaluateFormula, parseFormula } from "../../core/indicators/formula";
import { buildReport } from "../../core/indicators/report";
import { reportRows, type Report } from "../../core/indicators/report-types";
import { getProfile, loadProfiles } from "../../core/profiles";
import { resolvePeriod } from "../../core/periods";
import { fillOutline } from "../../core/outline/fill";
import { flattenNodes, type FilledFigure, type FilledOutline } from "../../core/outline/filled-types";
import { openOutline } from "../../core/outline/open";
import { demoCommune } from "../fixtures/demo-commune";

const demo = demoCommune("cchc-uoc-");
const haiPhong = getProfile(loadProfiles(), "hai-phong");

function estimatedReport(spec: string): Report {
  const ctx = demo.officer();
  try {
    return buildReport(ctx, resolvePeriod(spec, haiPhong), { estimate: true });
  } finally {
    ctx.store.close();
  }
}

/** Every identity of phu-luc-3.md's checks and of the template's formulas, on the estimated column. */
function identityBreaks(report: Report, catalogue: Catalogue = defaultCatalogue()): string[] {
  const rows = new Map(reportRows(report).map((r) => [r.code, r]));
  const estimate = (code: string) => rows.get(code)!.estimate;
  const broken: string[] = [];
  for (const rule of catalogue.checks) {
    const whole = estimate(rule.whole);
    const parts = rule.parts.map(estimate);
    const actualWhole = rows.get(rule.whole)!.value;
    const actualParts = rule.parts.map((p) => rows.get(p)!.value);
    if (whole === null || parts.some((p) => p === null) || actualWhole === null || actualParts.some((p) => p === null)) continue;
    if (rule.rule === "sum") {
      const holdsOnActual = Math.abs(actualParts.reduce<number>((s, p) => s + p!, 0) - actualWhole) < 1e-9;
      const sum = Math.round(parts.reduce<number>((s, p) => s + p!, 0) * 100) / 100;
      if (holdsOnActual && sum !== whole) broken.push(`${rule.parts.join(" + ")} = ${sum} ≠ ${rule.whole} = ${whole}`);
    } else {
      rule.parts.forEach((p, i) => {
        if (actualParts[i]! <= actualWhole && parts[i]! > whole) broken.push(`${p} = ${parts[i]} > ${rule.whole} = ${whole}`);
      });
    }
  }
  for (const indicator of indicatorsOf(catalogue)) {
    const own = estimate(indicator.code);
    if (own === null) continue;
    if (indicator.formula) {
      const derived = evaluateFormula(parseFormula(indicator.formula)!, estimate).value;
      if (derived !== own) broken.push(`${indicator.code} = ${own}, công thức ${indicator.formula} cho ${derived}`);
    }
    if (!takesDecimals(indicator.unit) && !Number.isInteger(own)) broken.push(`${indicator.code} = ${own} không phải số nguyên`);
    if (indicator.estimate === "carry" && own !== rows.get(indicator.code)!.value) broken.push(`${indicator.code} là số tồn, ước ${own} khác thực tế`);
    if (own < 0) broken.push(`${indicator.code} âm`);
  }
  return broken;
}

describe("the estimate column on the demo commune (ước đạt đến ngày 14)", () => {
  for (const spec of ["2025-Q1", "2025-H1", "2025-Q3", "2025-Y"]) {
    it(`keeps every identity of the table for ${spec}, and the checks say so`, () => {
      const report = estimatedReport(spec);
      expect(report.withEstimate).toBe(true);
      const rows = new Map(reportRows(report).map((r) => [r.code, r]));
      const e = (code: string) => rows.get(code)!.estimate!;
      expect(identityBreaks(report)).toEqual([]);
      // The cases the province found broken, by name.
      expect(e("tthc.ho_so.tong")).toBe(e("tthc.ho_so.ky_truoc") + e("tthc.ho_so.tiep_nhan_moi"));
      expect(e("tthc.ho_so.dang_giai_quyet")).toBe(e("tthc.ho_so.dang_trong_han") + e("tthc.ho_so.dang_qua_han"));
      expect(e("tthc.ho_so.tiep_nhan_moi")).toBe(e("tthc.ho_so.tiep_nhan_truc_tuyen") + e("tthc.ho_so.tiep_nhan_truc_tiep"));
      expect(e("tthc.ho_so.tong")).toBe(e("tthc.ho_so.da_giai_quyet") + e("tthc.ho_so.dang_giai_quyet") + e("tthc.ho_so.tu_choi_rut"));
      expect(e("tthc.ho_so.dung_han_ty_le")).toBe(Math.round(((e("tthc.ho_so.truoc_han") + e("tthc.ho_so.dung_han")) * 10_000) / e("tthc.ho_so.da_giai_quyet")) / 100);
      const flows = ["tthc.ho_so.tiep_nhan_moi", "tthc.ho_so.da_giai_quyet"];
      for (const code of flows) expect(e(code)).toBeGreaterThan(rows.get(code)!.value!);
      expect(report.checks.filter((c) => c.level === "error" && c.message.startsWith("Ước đạt"))).toEqual([]);
    });
  }
});

/** A small table: received → resolved (on time / late) + pending (within / overdue), a plan, and the money rows. */
function smallCatalogue(): Catalogue {
  const row = (code: string, unit: string, extra: Record<string, string> = {}) => ({ code, stt: "1", label: code, unit, source: "C" as const, dept: "VP", definition: "", ...extra });
  return {
    id: "nho",
    title: "Phụ lục 3. Bảng nhỏ",
    description: "",
    units: {},
    sections: [
      {
        stt: "I",
        label: "THỬ",
        indicators: [
          row("hs.ky_truoc", "hs", { estimate: "carry" }),
          row("hs.moi", "hs"),
          row("hs.tong", "hs", { formula: "hs.ky_truoc + hs.moi" }),
          row("hs.xong", "hs"),
          row("hs.dung_han", "hs"),
          row("hs.qua_han", "hs"),
          row("hs.dang", "hs", { estimate: "remainder" }),
          row("hs.dang_trong_han", "hs"),
          row("hs.dang_qua_han", "hs"),
          row("hs.ty_le", "%", { formula: "rate(hs.dung_han, hs.xong)" }),
          row("kh.tong", "nv", { estimate: "carry" }),
          row("kh.xong", "nv"),
          row("von.ke_hoach", "tr.đ", { estimate: "carry" }),
          row("von.giai_ngan", "tr.đ"),
          row("von.ty_le", "%", { formula: "rate(von.giai_ngan, von.ke_hoach)" }),
        ],
      },
    ],
    checks: [
      { rule: "sum", level: "error", whole: "hs.tong", parts: ["hs.xong", "hs.dang"] },
      { rule: "sum", level: "error", whole: "hs.xong", parts: ["hs.dung_han", "hs.qua_han"] },
      { rule: "sum", level: "error", whole: "hs.dang", parts: ["hs.dang_trong_han", "hs.dang_qua_han"] },
      { rule: "le", level: "error", whole: "kh.tong", parts: ["kh.xong"] },
      { rule: "le", level: "warning", whole: "von.ke_hoach", parts: ["von.giai_ngan"] },
    ],
  };
}

function estimates(actual: Record<string, number>, ratio: number, entered: Record<string, number> = {}): Record<string, number | null> {
  const column = estimateAll(
    smallCatalogue(),
    (code) => actual[code] ?? null,
    ratio,
    (code) => entered[code],
  );
  return Object.fromEntries([...column].map(([code, e]) => [code, e?.value ?? null]));
}

const ACTUAL = {
  "hs.ky_truoc": 10,
  "hs.moi": 85,
  "hs.tong": 95,
  "hs.xong": 80,
  "hs.dung_han": 77,
  "hs.qua_han": 3,
  "hs.dang": 15,
  "hs.dang_trong_han": 13,
  "hs.dang_qua_han": 2,
  "hs.ty_le": 96.25,
  "kh.tong": 12,
  "kh.xong": 12,
  "von.ke_hoach": 50794.5,
  "von.giai_ngan": 45263.4,
  "von.ty_le": 89.11,
};

describe("how the estimate is made", () => {
  it("scales flows, keeps stocks, derives the whole and the pending from the parts, and rates from the printed figures", () => {
    const e = estimates(ACTUAL, 90 / 85);
    expect(e["hs.ky_truoc"]).toBe(10);
    expect(e["hs.moi"]).toBe(90);
    expect(e["hs.tong"]).toBe(100);
    expect(e["hs.xong"]).toBe(85); // 80 × 90/85 = 84,7
    expect(e["hs.dang"]).toBe(15); // what is left: 100 − 85
    expect([e["hs.dang_trong_han"], e["hs.dang_qua_han"]]).toEqual([13, 2]);
    expect(e["hs.dung_han"]! + e["hs.qua_han"]!).toBe(85);
    expect(e["hs.ty_le"]).toBe(Math.round((e["hs.dung_han"]! * 10_000) / 85) / 100);
    // Amounts keep tenths; the rate is the rate of the printed amounts.
    expect(e["von.giai_ngan"]).toBe(47926);
    expect(e["von.ty_le"]).toBe(Math.round((47926 * 10_000) / 50794.5) / 100);
  });

  it("never estimates more tasks done than the plan holds", () => {
    expect(estimates(ACTUAL, 90 / 85)["kh.xong"]).toBe(12);
  });

  it("shares the whole among the resolved when a backlog cleared faster than new dossiers came", () => {
    // 100 carried over, 10 received, 105 resolved: scaled by 1,2 the resolved (126) would exceed the whole (100 + 12).
    const backlog = { ...ACTUAL, "hs.ky_truoc": 100, "hs.moi": 10, "hs.tong": 110, "hs.xong": 105, "hs.dung_han": 100, "hs.qua_han": 5, "hs.dang": 5, "hs.dang_trong_han": 5, "hs.dang_qua_han": 0 };
    const e = estimates(backlog, 1.2);
    expect(e["hs.tong"]).toBe(112);
    expect(e["hs.xong"]! + e["hs.dang"]!).toBe(112);
    expect(e["hs.dang"]).toBeGreaterThanOrEqual(0);
    expect(e["hs.dung_han"]! + e["hs.qua_han"]!).toBe(e["hs.xong"]);
  });

  it("takes an estimate typed by hand and shares the rest around it", () => {
    const e = estimates(ACTUAL, 90 / 85, { "hs.moi": 95 });
    expect(e["hs.tong"]).toBe(105);
    expect(e["hs.xong"]! + e["hs.dang"]!).toBe(105);
    const whole = estimates(ACTUAL, 90 / 85, { "hs.xong": 90 });
    expect(whole["hs.dung_han"]! + whole["hs.qua_han"]!).toBe(90);
  });

  it("splits by largest remainder so that the parts add up, in whole numbers or tenths", () => {
    expect(apportion(10, [1, 1, 1], 1)).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 0], 1)).toEqual([4, 3]);
    expect(apportion(90, [77, 3], 1)).toEqual([87, 3]);
    expect(apportion(1.1, [1, 1], 0.1)).toEqual([0.6, 0.5]);
    expect(apportion(0, [5, 5], 1)).toEqual([0, 0]);
  });

  it("has no estimate where there is no actual figure", () => {
    const none = estimates({ ...ACTUAL, "von.giai_ngan": null as unknown as number }, 90 / 85);
    expect(none["von.giai_ngan"]).toBeNull();
    expect(none["von.ty_le"]).toBeNull();
  });
});

describe("the annual report with estimates", () => {
  function annualReport(estimate: boolean) {
    const ctx = demo.officer();
    try {
      const { source, period } = openOutline(ctx, { outlineId: "bao-cao-nam", period: "2025-Y", profileId: "hai-phong" });
      const report = buildReport(ctx, period, { estimate });
      return { report, filled: fillOutline(ctx, source, period, report) };
    } finally {
      ctx.store.close();
    }
  }
  const quoted = (filled: FilledOutline) =>
    flattenNodes(filled.sections)
      .flatMap((n) => [...n.figures, ...n.facts.flatMap((f) => f.figures)])
      .filter((f) => f.label !== null && /^[a-z_.]+$/.test(f.expression.trim()));

  it("writes in its text the figures its Phụ lục 3 sends, and says to which day they are estimated", () => {
    const { report, filled } = annualReport(true);
    const rows = new Map(reportRows(report).map((r) => [r.code, r]));
    const row = (f: FilledFigure) => rows.get(f.expression.trim())!;
    const figures = quoted(filled);
    expect(figures.length).toBeGreaterThan(5);
    for (const f of figures) expect(f.value, f.expression).toBe(row(f).estimate);
    expect(figures.some((f) => row(f).estimate !== row(f).value)).toBe(true);
    expect(filled.document.windowNote).toBe("(Số liệu báo cáo tính từ 15/12/2024 đến 09/12/2025; số liệu ước đạt đến ngày 14/12/2025.)");
  });

  it("says nothing of estimates when it carries none", () => {
    const { report, filled } = annualReport(false);
    const rows = new Map(reportRows(report).map((r) => [r.code, r]));
    for (const f of quoted(filled)) expect(f.value, f.expression).toBe(rows.get(f.expression.trim())!.value);
    expect(filled.document.windowNote).toBe("(Số liệu báo cáo tính từ 15/12/2024 đến 09/12/2025.)");
    expect(JSON.stringify(filled)).not.toMatch(/ước (tính|đạt)/);
  });
});
