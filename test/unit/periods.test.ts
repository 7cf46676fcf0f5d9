import { describe, expect, it } from "vitest";
import { loadProfiles, getProfile } from "../../core/profiles";
import { resolvePeriod, upcomingReports } from "../../core/periods";
import { daysInclusive, todayInVietnam } from "../../shared/dates";
import { AppError } from "../../shared/errors";

const profiles = loadProfiles();

// domain.md §3, written out by hand: [period, from, to, estimateTo, due]
const TABLE: Record<string, [string, string, string, string | null, string][]> = {
  "hai-phong": [
    ["2025-Q1", "2024-12-15", "2025-03-09", "2025-03-14", "2025-03-09"],
    ["2025-H1", "2024-12-15", "2025-06-09", "2025-06-14", "2025-06-09"],
    ["2025-Q3", "2025-06-15", "2025-09-09", "2025-09-14", "2025-09-09"],
    ["2025-Y", "2024-12-15", "2025-12-09", "2025-12-14", "2025-12-09"],
    ["2026-Q1", "2025-12-15", "2026-03-09", "2026-03-14", "2026-03-09"],
    ["2026-H1", "2025-12-15", "2026-06-09", "2026-06-14", "2026-06-09"],
    ["2026-Q3", "2026-06-15", "2026-09-09", "2026-09-14", "2026-09-09"],
    ["2026-Y", "2025-12-15", "2026-12-09", "2026-12-14", "2026-12-09"],
  ],
  "vi-khe": [
    ["2025-Q1", "2024-12-15", "2025-03-14", null, "2025-03-10"],
    ["2025-H1", "2024-12-15", "2025-06-14", null, "2025-06-10"],
    ["2025-Q3", "2025-06-15", "2025-09-14", null, "2025-09-10"],
    ["2025-Y", "2024-12-15", "2025-12-14", null, "2025-12-10"],
    ["2026-Q1", "2025-12-15", "2026-03-14", null, "2026-03-10"],
    ["2026-H1", "2025-12-15", "2026-06-14", null, "2026-06-10"],
    ["2026-Q3", "2026-06-15", "2026-09-14", null, "2026-09-10"],
    ["2026-Y", "2025-12-15", "2026-12-14", null, "2026-12-10"],
  ],
  "cao-bang": [
    ["2025-Q1", "2024-12-10", "2025-03-10", null, "2025-03-12"],
    ["2025-H1", "2024-12-10", "2025-06-10", null, "2025-06-12"],
    ["2025-Q3", "2025-06-11", "2025-09-10", null, "2025-09-12"],
    ["2025-Y", "2024-12-10", "2025-12-10", null, "2025-12-12"],
    ["2026-Q1", "2025-12-10", "2026-03-10", null, "2026-03-12"],
    ["2026-H1", "2025-12-10", "2026-06-10", null, "2026-06-12"],
    ["2026-Q3", "2026-06-11", "2026-09-10", null, "2026-09-12"],
    ["2026-Y", "2025-12-10", "2026-12-10", null, "2026-12-12"],
  ],
};

describe("every window of domain.md §3", () => {
  for (const [profileId, rows] of Object.entries(TABLE)) {
    for (const [spec, from, to, estimateTo, due] of rows) {
      it(`${profileId} ${spec}`, () => {
        const p = resolvePeriod(spec, getProfile(profiles, profileId));
        expect({ from: p.from, to: p.to, estimateTo: p.estimateTo, due: p.due }).toEqual({ from, to, estimateTo, due });
      });
    }
  }
});

describe("resolvePeriod", () => {
  const hp = getProfile(profiles, "hai-phong");

  it("crosses the year boundary: Q1 2026 starts on 15/12/2025", () => {
    const p = resolvePeriod("2026-Q1", hp);
    expect(p.from).toBe("2025-12-15");
    expect(p.year).toBe(2026);
    expect(p.label).toBe("Quý I năm 2026");
    expect(resolvePeriod("2026-H1", hp).label).toBe("6 tháng đầu năm 2026");
    expect(resolvePeriod("2026-Q3", hp).label).toBe("Quý III năm 2026");
    expect(resolvePeriod("2026-Y", hp).label).toBe("Năm 2026");
  });

  it("counts the leap day inside a window (Q1 2028 has 29/02)", () => {
    const p2028 = resolvePeriod("2028-Q1", hp);
    const p2027 = resolvePeriod("2027-Q1", hp);
    expect(daysInclusive(p2028.from, p2028.to)).toBe(daysInclusive(p2027.from, p2027.to) + 1);
    expect(daysInclusive("2027-12-15", "2028-03-09")).toBe(17 + 31 + 29 + 9);
  });

  it("accepts a custom window, including 29/02 of a leap year", () => {
    expect(resolvePeriod("2025-07-01..2025-10-09", hp)).toMatchObject({
      kind: "custom",
      from: "2025-07-01",
      to: "2025-10-09",
      estimateTo: null,
      due: null,
      label: "Từ 01/07/2025 đến 09/10/2025",
    });
    expect(resolvePeriod("2028-02-29..2028-03-31", hp).from).toBe("2028-02-29");
  });

  it.each([
    ["2025-02-29..2025-03-31", "2025-02-29"],
    ["2025-10-09..2025-07-01", "ngày bắt đầu sau ngày kết thúc"],
    ["2025-Q2", "không đúng định dạng"],
    ["2025-13-01..2025-12-31", "2025-13-01"],
    ["quy 1", "không đúng định dạng"],
  ])("refuses %s with a Vietnamese reason", (spec, why) => {
    expect(() => resolvePeriod(spec, hp)).toThrowError(AppError);
    expect(() => resolvePeriod(spec, hp)).toThrowError(why);
  });

  it("lists the next reports due from a date, soonest first", () => {
    const next = upcomingReports(hp, "2026-11-22", 4);
    expect(next.map((p) => [p.spec, p.due])).toEqual([
      ["2026-Y", "2026-12-09"],
      ["2027-Q1", "2027-03-09"],
      ["2027-H1", "2027-06-09"],
      ["2027-Q3", "2027-09-09"],
    ]);
    expect(upcomingReports(hp, "2025-12-09", 1)[0]!.spec).toBe("2025-Y");
    expect(upcomingReports(hp, "2025-12-10", 1)[0]!.spec).toBe("2026-Q1");
  });
});

describe("today in Vietnam", () => {
  it("is the Vietnamese calendar date whatever the machine's zone", () => {
    // 17:30 UTC on 31/12/2025 is already 00:30 on 01/01/2026 in Hà Nội.
    expect(todayInVietnam(new Date("2025-12-31T17:30:00Z"))).toBe("2026-01-01");
    expect(todayInVietnam(new Date("2025-12-31T16:59:59Z"))).toBe("2025-12-31");
  });
});
