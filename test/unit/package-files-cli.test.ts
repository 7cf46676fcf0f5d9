/**
 * `cchc package create` and `package import` say what files travel: how many
 * the package carries and why some stayed behind, and for each evidence
 * change the files it brings – run in-process through the command line's own
 * entry, on the demo commune.
 */
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main";
import { filesFolderOf } from "../../core/attachments/blob-store";
import { answerPackage } from "../../core/packages/answer";
import { readPackage } from "../../core/packages/container";
import { createDepartmentPackage } from "../../core/packages/create";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";
import { tinyPng } from "../fixtures/evidence-files";

const commune = demoCommune("cchc-goi-tep-cli-");
const REPORT = "84/BC-UBND";

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

const storeOf = () => {
  const ctx = commune.officer();
  ctx.store.close();
  return ctx.store.path;
};

describe("cchc package and the files of the evidence", () => {
  it("create says how many files the package carries, and those left out and why; --json keeps its counts", async () => {
    const db = storeOf();
    const args = ["package", "create", "--db", db, "--dept", "KT", "--period", DEMO_WINDOW, "--chap-nhan-qua-han", "--out"];
    const made = await cli([...args, path.join(path.dirname(db), "KT.cchc")]);
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/9 mục cần minh chứng, 1 tệp đính kèm – tệp .*KT\.cchc\./);
    expect(made.stderr).toBe("");
    const json = await cli([...args, path.join(path.dirname(db), "KT-2.cchc"), "--json"]);
    expect(JSON.parse(json.stdout).counts).toEqual({ figures: expect.any(Number), texts: 14, evidence: 9, files: 1, filesLeftOut: 0, filesUnreadable: 0 });

    // The store copied without its files folder: the part still goes, and the command says what stayed behind.
    rmSync(filesFolderOf(db), { recursive: true, force: true });
    const bare = await cli([...args, path.join(path.dirname(db), "KT-3.cchc")]);
    expect(bare.status).toBe(0);
    expect(bare.stdout).toContain("9 mục cần minh chứng – tệp");
    expect(bare.stderr).toBe("Lưu ý: 1 tệp không gửi kèm vì bị thiếu hoặc hỏng trên máy này.");
  });

  it("import lists for each evidence change the files it brings, a document linked already read as such", async () => {
    const ctx = commune.officer();
    const received = readPackage(createDepartmentPackage(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "KT" }).bytes, "KT.cchc");
    const part = structuredClone(received.part);
    const item = part.evidence.find((e) => e.current.some((d) => d.numberSymbol === REPORT))!;
    const report = item.current.find((d) => d.numberSymbol === REPORT)!;
    item.answer = [{ numberSymbol: REPORT, date: report.date, summary: report.summary }];
    const reply = answerPackage({ userName: "Hoàng Văn Tùng", now: () => new Date("2025-10-08T03:00:00Z") }, received, part, [
      { itemKey: item.itemKey, numberSymbol: REPORT, date: report.date, fileName: "anh-niem-yet.png", bytes: tinyPng() },
    ]);
    const file = path.join(path.dirname(ctx.store.path), "KT-da-dien.cchc");
    writeFileSync(file, reply);
    ctx.store.close();
    const run = await cli(["package", "import", file, "--db", ctx.store.path, "--dry-run"]);
    expect(run.stdout).toContain(`- Minh chứng mục ${item.itemKey}: ${REPORT} ngày 15/09/2025 (đã gắn), kèm 1 tệp: anh-niem-yet.png (${tinyPng().length} byte)`);
  });
});
