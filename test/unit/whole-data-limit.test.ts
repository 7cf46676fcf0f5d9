/**
 * The whole-data file the screen hands out carries the attached files inside it; one larger than the screen can carry
 * (and the new PC's screen take in) is refused with the ways that do carry it, instead of failing half-way.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dispatch } from "../../core/api/dispatch";
import { attachFile } from "../../core/attachments/attachments";
import { takeBackup } from "../../core/backup/take";
import { saveToRegister } from "../../core/records/registers/records";
import { useTempDir } from "../helpers";
import { officeContext } from "../fixtures/office-context";
import { planPdf } from "../fixtures/evidence-files";

const dir = useTempDir("cchc-toan-bo-");

describe("the whole-data file from the screen", () => {
  it("is refused, saying what to do, when the attached files make it larger than the screen carries", async () => {
    const ctx = officeContext(dir(), new Date("2025-10-08T02:00:00Z"));
    const { id } = saveToRegister(ctx, "documents", { numberSymbol: "25/KH-UBND", date: "2025-01-10", kind: "Kế hoạch", summary: "Kế hoạch CCHC", direction: "di", isLegalNormative: false }) as {
      id: number;
    };
    const small = await takeBackup(ctx, "tay");
    const fits = await dispatch(ctx, "backup.file", { file: small.file });
    expect(fits.ok).toBe(true);
    for (const n of [1, 2]) attachFile(ctx, id, { fileName: `quet-${n}.pdf`, bytes: Buffer.concat([planPdf(), randomBytes(34 * 1024 * 1024)]) });
    const large = await takeBackup(ctx, "tay");
    const refused = await dispatch(ctx, "backup.file", { file: large.file });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toMatch(
      /^Toàn bộ dữ liệu kèm tệp đính kèm nặng 68,\d MB, quá 64 MB mà màn hình chuyển được\. Hãy chép cả thư mục sao lưu .* cchc backup --out TỆP .* Dữ liệu không thay đổi\.$/,
    );
    ctx.store.close();
  });
});
