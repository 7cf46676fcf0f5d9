import { describe, expect, it } from "vitest";
import { numberToInput, parseVietnameseNumber } from "../../core/vietnamese-number";

describe("a number as a Vietnamese clerk types it", () => {
  it.each([
    ["1.234,5", 1234.5],
    ["1.150", 1150],
    ["25,6", 25.6],
    ["25,6 %", 25.6],
    ["97.5", 97.5],
    [" 12 ", 12],
    ["1 234", 1234],
    ["-3", -3],
    ["0", 0],
    ["1234.5", 1234.5],
    ["1234,5", 1234.5],
    ["1.234.567,89", 1234567.89],
  ])("%s → %d", (text, value) => expect(parseVietnameseNumber(text)).toEqual({ kind: "number", value }));

  it("reads a lone dot before three digits as a thousands dot, the Vietnamese way", () => {
    expect(parseVietnameseNumber("1.500")).toEqual({ kind: "number", value: 1500 });
  });

  // The number inputs keep their last number while these half-typed texts are refused.
  it.each(["1.", "1.234,", ","])("refuses the half-typed %s", (text) => expect(parseVietnameseNumber(text)).toEqual({ kind: "invalid" }));

  it.each(["abc", "1,2,3", "12a", "1.23.4", "--1"])("refuses %s", (text) => expect(parseVietnameseNumber(text)).toEqual({ kind: "invalid" }));

  it("reads blank as no number", () => {
    expect(parseVietnameseNumber("")).toEqual({ kind: "empty" });
    expect(parseVietnameseNumber("  ")).toEqual({ kind: "empty" });
  });

  it("shows a stored figure back in the same form", () => {
    expect(numberToInput(1234.5)).toBe("1.234,5");
    expect(numberToInput(null)).toBe("");
    expect(parseVietnameseNumber(numberToInput(98765.25))).toEqual({ kind: "number", value: 98765.25 });
  });
});
