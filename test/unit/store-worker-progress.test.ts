import { describe, expect, it } from "vitest";
import { progressPercent, progressText } from "../../renderer/src/progress/progressText";

describe("a long call's progress on the screen", () => {
  it("reads as a sentence with Vietnamese numbers", () => {
    expect(progressText({ step: "Đang xử lý" })).toBe("Đang xử lý…");
    expect(progressText({ step: "Đang đọc tệp: dòng", done: 12345 })).toBe("Đang đọc tệp: dòng 12.345…");
    expect(progressText({ step: "Đang mã hóa lại bản sao lưu", done: 2, total: 1200 })).toBe("Đang mã hóa lại bản sao lưu 2/1.200…");
  });

  it("fills a bar only when the total is known", () => {
    expect(progressPercent({ step: "Đang đọc tệp: dòng", done: 500 })).toBeNull();
    expect(progressPercent({ step: "Đang mã hóa lại bản sao lưu", done: 0, total: 0 })).toBeNull();
    expect(progressPercent({ step: "Đang mã hóa lại bản sao lưu", done: 1, total: 3 })).toBe(33);
  });
});
