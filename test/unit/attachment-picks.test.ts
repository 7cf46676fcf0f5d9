/** The attachment screens' checks before sending: each picked file checked as the API will, and many files cut into calls the upload limit allows. */
import { describe, expect, it } from "vitest";
import { ATTACHMENT_MAX_BYTES } from "../../core/attachments/file-kinds";
import { UPLOAD_BASE64_CHARS } from "../../core/file-size";
import { checkFiles, MAX_FILES_PER_CALL, uploadChunks } from "../../renderer/src/attachments/pickedFiles";
import { KINDS_ACCEPTED } from "../../renderer/src/attachments/kindsAccepted";
import { planPdf, renamedProgram, tinyPng } from "../fixtures/evidence-files";

describe("a picked file checked before it is sent", () => {
  it("passes a real PDF and PNG, refuses a renamed program, an unknown kind and an empty file, naming each", async () => {
    const checked = await checkFiles([
      new File([planPdf()], "25-KH-UBND.pdf"),
      new File([tinyPng()], "anh-niem-yet.png"),
      new File([renamedProgram()], "bao-cao.pdf"),
      new File(["x"], "ghi-chu.txt"),
      new File([], "rong.pdf"),
    ]);
    expect(checked.map((c) => c.problem)).toEqual([
      null,
      null,
      'Tệp "bao-cao.pdf" không phải tệp PDF thật (nội dung không khớp với đuôi .pdf).',
      expect.stringMatching(/^Tệp "ghi-chu\.txt" không đính kèm được: chỉ nhận tệp \.pdf, \.docx, /),
      'Tệp "rong.pdf" rỗng (0 byte).',
    ]);
  });

  it("says the kinds accepted and the limit in Vietnamese", () => {
    expect(KINDS_ACCEPTED).toBe(
      "Nhận tệp PDF (.pdf), Word (.docx, .doc), Excel (.xlsx, .xls), OpenDocument (.odt, .ods), ảnh JPEG (.jpg, .jpeg), ảnh PNG (.png), ảnh quét TIFF (.tif, .tiff); mỗi tệp tối đa 64 MB.",
    );
  });
});

describe("many files cut into calls", () => {
  const MB = 1024 * 1024;
  const base64 = (bytes: number) => 4 * Math.ceil(bytes / 3);

  it("keeps each call's base64 within one upload and in order", () => {
    const sizes = [30 * MB, 30 * MB, 10 * MB, ATTACHMENT_MAX_BYTES, 1, 2];
    const chunks = uploadChunks(sizes, (s) => s);
    expect(chunks).toEqual([[30 * MB, 30 * MB], [10 * MB], [ATTACHMENT_MAX_BYTES], [1, 2]]);
    for (const chunk of chunks) expect(chunk.reduce((sum, s) => sum + base64(s), 0)).toBeLessThanOrEqual(UPLOAD_BASE64_CHARS);
  });

  it("puts at most the API's number of files in one call", () => {
    const chunks = uploadChunks(
      Array.from({ length: 1201 }, () => 1000),
      (s) => s,
    );
    expect(chunks.map((c) => c.length)).toEqual([MAX_FILES_PER_CALL, MAX_FILES_PER_CALL, 201]);
  });

  it("makes no call for no file", () => expect(uploadChunks([], (s: number) => s)).toEqual([]));
});
