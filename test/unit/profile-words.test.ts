import { describe, expect, it } from "vitest";
import { getProfile, loadProfiles, parseProfile } from "../../core/profiles";
import { profileFromWords, profileIdOf, wordProblems, wordsOfProfile, type ProfileWords } from "../../core/profile-words";
import { resolvePeriod } from "../../core/periods";
import { AppError } from "../../shared/errors";

const seeds = loadProfiles();

const words = (w: Partial<ProfileWords>): ProfileWords => ({
  provinceName: "Hà Nội",
  recipient: null,
  cutOffDay: 15,
  estimateDay: null,
  dueDay: 18,
  fromJanuary: false,
  ...w,
});

const refusal = (w: ProfileWords): string => {
  try {
    profileFromWords(w);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).message;
  }
  throw new Error("not refused");
};

describe("a province's rule stated in the words of its letter", () => {
  it("cut-off 9, estimate 14, due 9, from the December before: Hải Phòng's seed, window for window", () => {
    const stated = profileFromWords(words({ provinceName: "Hải Phòng", cutOffDay: 9, estimateDay: 14, dueDay: 9 }));
    expect(stated.reports).toEqual(getProfile(seeds, "hai-phong").reports);
  });

  it("cut-off 14, due 10, no estimate: Vị Khê's seed", () => {
    const stated = profileFromWords(words({ provinceName: "Phường Vị Khê", cutOffDay: 14, dueDay: 10 }));
    expect(stated.reports).toEqual(getProfile(seeds, "vi-khe").reports);
  });

  it("reads the words back from a profile they can state, and none from Cao Bằng's, whose cumulative windows start on the cut-off day itself (10/12) while Quý III starts the day after (11/06)", () => {
    expect(wordsOfProfile(getProfile(seeds, "hai-phong"))).toEqual({
      provinceName: "Hải Phòng",
      recipient: "Sở Nội vụ thành phố Hải Phòng",
      cutOffDay: 9,
      estimateDay: 14,
      dueDay: 9,
      fromJanuary: false,
    });
    const caoBang = getProfile(seeds, "cao-bang");
    expect(wordsOfProfile(caoBang)).toBeNull();
    // The nearest words (cut-off 10, due 12) give Quý III as the seed does, the cumulative ones a day later.
    const nearest = profileFromWords(words({ provinceName: "Cao Bằng", cutOffDay: 10, dueDay: 12 })).reports;
    expect(nearest.Q3).toEqual(caoBang.reports.Q3);
    expect(nearest.Q1.from).toEqual({ day: 11, month: 12, previousYear: true });
    expect(caoBang.reports.Q1.from).toEqual({ day: 10, month: 12, previousYear: true });
  });

  it("is a valid profile file, named after the province without its tỉnh/thành phố, and resolves periods like a seed", () => {
    const hn = profileFromWords(words({ provinceName: "Thành phố Hà Nội" }));
    expect(parseProfile(JSON.parse(JSON.stringify(hn)), "ha-noi.json")).toEqual(hn);
    expect(hn.id).toBe("ha-noi");
    expect(hn.name).toBe("Thành phố Hà Nội");
    expect(hn.recipient).toBe("Sở Nội vụ thành phố Hà Nội");
    const q1 = resolvePeriod("2026-Q1", hn);
    expect([q1.from, q1.to, q1.estimateTo, q1.due]).toEqual(["2025-12-16", "2026-03-15", null, "2026-03-18"]);
    const q3 = resolvePeriod("2026-Q3", hn);
    expect([q3.from, q3.to]).toEqual(["2026-06-16", "2026-09-15"]);
    expect(profileIdOf("Tỉnh Đắk Lắk")).toBe("dak-lak");
    expect(profileIdOf("Bà Rịa – Vũng Tàu")).toBe("ba-ria-vung-tau");
  });

  it("from 01/01: Quý I, 6 tháng and Năm start on the first of January, Quý III still the day after June's last counted day", () => {
    const p = profileFromWords(words({ cutOffDay: 20, estimateDay: 25, dueDay: 22, fromJanuary: true }));
    const y = resolvePeriod("2025-Y", p);
    expect([y.from, y.to, y.estimateTo, y.due]).toEqual(["2025-01-01", "2025-12-20", "2025-12-25", "2025-12-22"]);
    expect(resolvePeriod("2025-Q3", p).from).toBe("2025-06-26");
    expect(wordsOfProfile(p)).toEqual(words({ recipient: "Sở Nội vụ Hà Nội", cutOffDay: 20, estimateDay: 25, dueDay: 22, fromJanuary: true }));
  });

  it("a cut-off on the 30th: the next window starts on 01/07 and on 31/12 of the year before", () => {
    const p = profileFromWords(words({ cutOffDay: 30, dueDay: 5 }));
    expect(resolvePeriod("2025-Q3", p).from).toBe("2025-07-01");
    expect(resolvePeriod("2025-Q1", p).from).toBe("2024-12-31");
  });

  it("refuses, in Vietnamese, a day that is not in every month it is used in, and does not move it", () => {
    expect(refusal(words({ cutOffDay: 31 }))).toMatch(/^Ngày chốt số liệu 31 không có trong tháng 6 và tháng 9.*không nhận/);
    expect(refusal(words({ dueDay: 31 }))).toMatch(/^Hạn gửi ngày 31 không có trong tháng 6 và tháng 9/);
    expect(refusal(words({ cutOffDay: 0 }))).toMatch(/^Ngày chốt số liệu phải là một ngày từ 1 đến 30/);
    expect(refusal(words({ cutOffDay: 9.5 }))).toMatch(/^Ngày chốt số liệu phải là một ngày từ 1 đến 30/);
    expect(refusal(words({ cutOffDay: 15, estimateDay: 15 }))).toMatch(/^Ngày ước đạt \(15\) phải sau ngày chốt số liệu \(15\)/);
    expect(refusal(words({ provinceName: "  " }))).toBe("Hãy nhập tên tỉnh/thành phố.");
    expect(wordProblems(words({ cutOffDay: 31, dueDay: 0 }))).toEqual({
      cutOffDay: expect.stringMatching(/^Ngày chốt số liệu 31/),
      dueDay: expect.stringMatching(/^Hạn gửi phải là một ngày từ 1 đến 30/),
    });
    expect(wordProblems(words({}))).toEqual({});
  });
});
