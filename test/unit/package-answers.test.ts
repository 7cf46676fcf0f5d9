import { describe, expect, it } from "vitest";
import { answerProblems, checkedAnswers } from "../../core/packages/answers";
import type { DepartmentPart } from "../../core/packages/format";

const part = (): DepartmentPart => ({
  figures: [
    { code: "tthc.hai_long.ty_le", label: "Tỷ lệ hài lòng", unit: "%", source: "M", current: 95, answer: null },
    { code: "tthc.danh_muc.tong", label: "Tổng số TTHC", unit: "tthc", source: "C/M", current: 96, answer: null },
    { code: "tai_chinh.chi", label: "Kinh phí", unit: "tr.đ", source: "M", current: null, answer: null },
  ],
  texts: [{ itemKey: "II.2.13", wording: "Đo lường sự hài lòng", current: null, answer: null }],
  evidence: [{ itemKey: "II.2.2", wording: "Bộ phận Một cửa", current: [], coveredAbove: [], answer: [] }],
});

const WINDOW_TO = "2025-10-09";

describe("a department's answers", () => {
  it("pass when within range, tidied: texts trimmed, an empty text no answer", () => {
    const p = part();
    p.figures[0]!.answer = 97.5;
    p.figures[1]!.answer = 101;
    p.figures[2]!.answer = 12.5;
    p.texts[0]!.answer = "  Đã triển khai khảo sát.  \n";
    p.evidence[0]!.answer = [{ numberSymbol: " 12/QĐ-UBND ", date: "2025-10-09", summary: "Quyết định kiện toàn Bộ phận Một cửa" }];
    const tidy = checkedAnswers(p, WINDOW_TO);
    expect(tidy.texts[0]!.answer).toBe("Đã triển khai khảo sát.");
    expect(tidy.evidence[0]!.answer[0]!.numberSymbol).toBe("12/QĐ-UBND");
    p.texts[0]!.answer = "   ";
    expect(checkedAnswers(p, WINDOW_TO).texts[0]!.answer).toBeNull();
  });

  it("name the item for every problem: a rate over 100 %, a negative or fractional count, a document without number, an impossible or late date", () => {
    const p = part();
    p.figures[0]!.answer = 180;
    p.figures[1]!.answer = 96.5;
    p.figures[2]!.answer = -1;
    p.evidence[0]!.answer = [
      { numberSymbol: "", date: "2025-08-05", summary: "" },
      { numberSymbol: "15/KH-UBND", date: "2025-02-30", summary: "" },
      { numberSymbol: "20/BC-UBND", date: "2025-10-10", summary: "" },
    ];
    const problems = answerProblems(p, WINDOW_TO);
    expect(problems.map((x) => [x.kind, x.index, x.ref ?? null])).toEqual([
      ["figure", 0, null],
      ["figure", 1, null],
      ["figure", 2, null],
      ["evidence", 0, 0],
      ["evidence", 0, 1],
      ["evidence", 0, 2],
    ]);
    expect(problems[0]!.message).toBe("Tỷ lệ “Tỷ lệ hài lòng” phải từ 0 đến 100 % (nhận được 180 %) (mã tthc.hai_long.ty_le).");
    expect(problems[1]!.message).toContain("phải là số nguyên");
    expect(problems[2]!.message).toContain("không được âm");
    expect(problems[3]!.message).toBe("Minh chứng mục II.2.2, văn bản thứ 1: thiếu số, ký hiệu văn bản.");
    expect(problems[4]!.message).toBe('Minh chứng mục II.2.2, văn bản thứ 2: ngày ban hành "2025-02-30" không tồn tại.');
    expect(problems[5]!.message).toContain("văn bản ngày 10/10/2025 ban hành sau ngày cuối kỳ báo cáo (09/10/2025)");
    expect(() => checkedAnswers(p, WINDOW_TO)).toThrow(/^Phần trả lời còn 6 chỗ chưa đúng:\n- Tỷ lệ “Tỷ lệ hài lòng”[\s\S]*- và 1 lỗi khác\.$/);
  });
});
