/**
 * The department's fill screen keeps the files of its answers: a file picked
 * for a document (one it types, or one the commune shows, named again)
 * travels with packages.answer, a reply reopened keeps the files it carries,
 * and the files are held to what one package and one call carry before
 * anything is sent.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dispatch } from "../../core/api/dispatch";
import { UPLOAD_FILE_BYTES } from "../../core/file-size";
import { readPackage } from "../../core/packages/container";
import { createDepartmentPackage } from "../../core/packages/create";
import { PACKAGE_LIMITS } from "../../core/packages/format";
import { createdNotice } from "../../renderer/src/packages/createdNotice";
import { answersOf, documentRow, draftOf, type Draft } from "../../renderer/src/packages/draft";
import { replyFilesProblem, replyFilesTotal, withAddedFiles } from "../../renderer/src/packages/replyFiles";
import type { Part } from "../../renderer/src/packages/types";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";
import { tinyPng } from "../fixtures/evidence-files";

const commune = demoCommune("cchc-goi-nhap-tep-");
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const png = tinyPng();
const picked = { fileName: "anh-niem-yet.png", size: png.length, contentBase64: png.toString("base64") };
const REPORT = "84/BC-UBND";

describe("the fill screen's draft keeps the files", () => {
  it("sends a file picked for a commune's document, and keeps it when the reply is reopened and saved again", async () => {
    const ctx = commune.officer();
    const received = createDepartmentPackage(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "KT" }).bytes;
    const opened = readPackage(received, "KT.cchc");
    const item = opened.part.evidence.findIndex((e) => e.current.some((d) => d.numberSymbol === REPORT));
    const report = opened.part.evidence[item]!.current.find((d) => d.numberSymbol === REPORT)!;
    expect(report.files).toHaveLength(1);

    const draft = draftOf(opened.part as Part);
    const rows = withAddedFiles(draft.evidence[item]!, { document: report }, [picked]);
    expect(rows).toEqual([{ numberSymbol: REPORT, date: report.date, summary: report.summary, files: [], added: [picked] }]);
    const filled: Draft = { ...draft, evidence: draft.evidence.map((r, i) => (i === item ? rows : r)) };
    const answers = answersOf(opened.part as Part, filled);
    if ("problem" in answers) throw new Error(answers.problem);
    expect(answers.files).toEqual([{ itemKey: opened.part.evidence[item]!.itemKey, numberSymbol: REPORT, date: report.date, fileName: picked.fileName, contentBase64: picked.contentBase64 }]);

    const answer = async (fileName: string, bytes: Buffer, part: Part, files: typeof answers.files) => {
      const result = await dispatch(ctx, "packages.answer", { fileName, contentBase64: bytes.toString("base64"), part, files });
      if (!result.ok) throw new Error(result.error.message);
      return Buffer.from((result.value as { contentBase64: string }).contentBase64, "base64");
    };
    const reply = await answer("KT.cchc", received, answers.part, answers.files);

    // Reopened: the row comes back with the file it carries, and saving again (nothing picked) keeps it.
    const reopened = readPackage(reply, "KT-tra-loi.cchc");
    const again = draftOf(reopened.part as Part);
    expect(again.evidence[item]).toEqual([
      { numberSymbol: REPORT, date: report.date, summary: report.summary, files: [{ sha256: sha256(png), fileName: picked.fileName, size: png.length }], added: [] },
    ]);
    const second = answersOf(reopened.part as Part, again);
    if ("problem" in second) throw new Error(second.problem);
    expect(second.files).toEqual([]);
    const saved = readPackage(await answer("KT-tra-loi.cchc", reply, second.part, second.files), "KT-tra-loi-2.cchc");
    expect(saved.files?.get(sha256(png))?.equals(png)).toBe(true);
    expect(replyFilesTotal(again)).toEqual({ count: 1, bytes: png.length, addedBytes: 0 });
    ctx.store.close();
  });

  it("a second file for the same document joins its row; a row with a file but no date is stopped at that row", () => {
    const doc = { numberSymbol: REPORT, date: "2025-09-30", summary: "Báo cáo" };
    const once = withAddedFiles([documentRow()], { document: doc }, [picked]);
    const twice = withAddedFiles(once, { document: doc }, [{ ...picked, fileName: "anh-2.png" }]);
    expect(twice.map((d) => d.added.map((f) => f.fileName))).toEqual([[], ["anh-niem-yet.png", "anh-2.png"]]);
    const typed = withAddedFiles([documentRow()], { row: 0 }, [picked]);
    const part: Part = { figures: [], texts: [], evidence: [{ itemKey: "II.5.4", wording: "", current: [], coveredAbove: [], answer: [] }] };
    expect(answersOf(part, { figures: [], texts: [], evidence: [typed] })).toEqual({ problem: "Minh chứng mục II.5.4, văn bản thứ 1: chưa chọn ngày ban hành." });
  });
});

describe("the files held to what a reply carries, before sending", () => {
  const MB = 1024 * 1024;
  it("within a package's files and a call's upload, or said why not", () => {
    expect(replyFilesProblem({ count: 3, bytes: 20 * MB, addedBytes: 20 * MB }, 10 * MB)).toBeNull();
    expect(replyFilesProblem({ count: 2, bytes: PACKAGE_LIMITS.filesBytes + MB, addedBytes: MB }, null)).toBe(
      "Các tệp gửi kèm tổng cộng 61 MB (2 tệp), quá giới hạn 60 MB và 500 tệp của một gói: hãy bỏ bớt tệp hoặc nén ảnh quét nhỏ lại rồi lưu lại.",
    );
    expect(replyFilesProblem({ count: PACKAGE_LIMITS.files + 1, bytes: MB, addedBytes: MB }, null)).toContain("(501 tệp), quá giới hạn");
    // Browser mode: the package answered goes in the same call as the files picked.
    expect(replyFilesProblem({ count: 1, bytes: 30 * MB, addedBytes: 30 * MB }, 40 * MB)).toBe(
      `Gói nhận được (40 MB) cùng các tệp mới chọn (30 MB) vượt quá ${UPLOAD_FILE_BYTES / MB} MB ứng dụng nhận trong một lần lưu: hãy bỏ bớt tệp hoặc nén ảnh quét nhỏ lại rồi lưu lại.`,
    );
    expect(replyFilesProblem({ count: 1, bytes: 30 * MB, addedBytes: 30 * MB }, null)).toBeNull();
  });
});

describe("Phòng ban's notice of a package made", () => {
  const counts = { figures: 9, texts: 3, evidence: 9, files: 0, filesLeftOut: 0, filesUnreadable: 0 };
  const made = (c: Partial<typeof counts>) => createdNotice({ fileName: "KT.cchc", contentBase64: "", counts: { ...counts, ...c } }, "Phòng Kinh tế");
  it("says how many files the package carries, and how many it left out and why", () => {
    expect(made({})).toEqual({ done: "Đã tạo KT.cchc: 9 số liệu, 3 nội dung, 9 mục minh chứng. Gửi tệp này cho Phòng Kinh tế (USB, Zalo, thư điện tử).", leftOut: null });
    expect(made({ files: 1 }).done).toBe("Đã tạo KT.cchc: 9 số liệu, 3 nội dung, 9 mục minh chứng, 1 tệp đính kèm. Gửi tệp này cho Phòng Kinh tế (USB, Zalo, thư điện tử).");
    expect(made({ files: 480, filesLeftOut: 2, filesUnreadable: 1 }).leftOut).toBe(
      "Gói không mang theo 3 tệp minh chứng: 2 tệp không gửi kèm vì gói đã đến giới hạn 60 MB; 1 tệp không gửi kèm vì bị thiếu hoặc hỏng trên máy này. " +
        "Phòng vẫn thấy số, ngày của các văn bản đó; nếu phòng cần xem tệp, hãy gửi riêng. Tệp bị thiếu hoặc hỏng: hãy đính kèm lại ở Sổ văn bản (hoặc khôi phục từ bản sao lưu) rồi tạo lại gói.",
    );
  });
});
