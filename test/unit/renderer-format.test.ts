import { describe, expect, it } from "vitest";
import { formatMoment } from "../../renderer/src/format";

describe("a local moment as the screens write it", () => {
  it.each([
    ["2027-03-09 08:30:15", "08:30 09/03/2027"],
    ["2027-03-09 08:30", "08:30 09/03/2027"],
    ["2027-03-09", "09/03/2027"],
  ])("%s → %s", (at, text) => expect(formatMoment(at)).toBe(text));

  it.each([
    ["2027-03-09 08:30", "08:30 ngày 09/03/2027"],
    ["2027-03-09", "ngày 09/03/2027"],
  ])("in a sentence %s → %s", (at, text) => expect(formatMoment(at, "sentence")).toBe(text));
});
