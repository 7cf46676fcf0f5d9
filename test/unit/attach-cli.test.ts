/**
 * `cchc attach`: files to one document by its number, a folder of scans
 * matched by the numbers in their names (preview with --dry-run, then all in
 * one go), the list – run in-process through the command line's own entry.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main";
import { readAttachment, listAttachments } from "../../core/attachments/attachments";
import { saveToRegister } from "../../core/records/registers/records";
import { createAppContext } from "../../core/app-context";
import { useTempDir } from "../helpers";
import { officeContext } from "../fixtures/office-context";
import { planPdf, renamedProgram, tinyPng } from "../fixtures/evidence-files";

const dir = useTempDir("cchc-attach-cli-");

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

function storeWithDocuments(): string {
  const ctx = officeContext(dir(), new Date("2025-10-08T02:00:00Z"));
  const save = (numberSymbol: string, date: string) =>
    saveToRegister(ctx, "documents", { numberSymbol, date, kind: "Kế hoạch", summary: `Văn bản ${numberSymbol}`, direction: "di", isLegalNormative: false });
  save("25/KH-UBND", "2025-01-10");
  save("25/KH-UBND", "2024-02-01");
  save("112/BC-UBND", "2025-06-20");
  ctx.store.close();
  return ctx.store.path;
}

const filesOf = (db: string) => {
  const ctx = createAppContext({ storePath: db, userName: "x", mustExist: true });
  try {
    return listAttachments(ctx).map((a) => ({ ...a, bytes: readAttachment(ctx, a.id).bytes }));
  } finally {
    ctx.store.close();
  }
};

describe("cchc attach", () => {
  it("attaches files to the document named by its number, asking for the date when the number recurs", async () => {
    const db = storeWithDocuments();
    const pdf = path.join(dir(), "bao-cao.pdf");
    writeFileSync(pdf, planPdf());
    const ok = await cli(["attach", pdf, "--document", "112-BC-UBND", "--db", db]);
    expect(ok).toMatchObject({ status: 0 });
    expect(ok.stdout).toContain("Văn bản số 112/BC-UBND ngày 20/06/2025:");
    expect(ok.stdout).toMatch(/Đã đính kèm: bao-cao\.pdf \(\d+ byte\)/);
    const twice = await cli(["attach", pdf, "--document", "25/KH-UBND", "--db", db]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('có 2 văn bản số "25/KH-UBND" (ngày 01/02/2024, 10/01/2025): thêm --date YYYY-MM-DD');
    expect((await cli(["attach", pdf, "--document", "25/KH-UBND", "--date", "2024-02-01", "--db", db])).status).toBe(0);
    const files = filesOf(db);
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.bytes.equals(planPdf()))).toBe(true);
    const listed = await cli(["attach", "--list", "--db", db]);
    expect(listed.stdout).toContain("112/BC-UBND: bao-cao.pdf");
  });

  it("previews a folder of scans, then attaches what matches one document and leaves the rest, exit 1", async () => {
    const db = storeWithDocuments();
    const scans = path.join(dir(), "scan");
    mkdirSync(path.join(scans, "thang-6"), { recursive: true });
    writeFileSync(path.join(scans, "25_KH-UBND_2025.pdf"), planPdf("2025"));
    writeFileSync(path.join(scans, "25-KH-UBND.pdf"), planPdf("nam nao"));
    writeFileSync(path.join(scans, "thang-6", "112 BC UBND.png"), tinyPng());
    writeFileSync(path.join(scans, "15-QD-UBND.pdf"), planPdf("khong co"));
    writeFileSync(path.join(scans, "112-BC-UBND.pdf"), renamedProgram());
    writeFileSync(path.join(scans, "Thumbs.db"), "x");
    const preview = await cli(["attach", "--folder", scans, "--dry-run", "--db", db]);
    expect(preview.status).toBe(1);
    expect(preview.stdout).toContain("Thử đính kèm (không ghi gì)");
    expect(preview.stdout).toContain("6 tệp, khớp 2, để lại 4");
    expect(preview.stdout).toContain("25_KH-UBND_2025.pdf: → văn bản số 25/KH-UBND ngày 10/01/2025");
    expect(preview.stdout).toContain("25-KH-UBND.pdf: Khớp nhiều văn bản – hãy chọn");
    expect(preview.stdout).toContain("15-QD-UBND.pdf: Không khớp văn bản nào");
    expect(preview.stdout).toContain('"112-BC-UBND.pdf" không phải tệp PDF thật');
    expect(filesOf(db)).toEqual([]);
    const taken = await cli(["attach", "--folder", scans, "--db", db, "--json"]);
    expect(taken.status).toBe(1);
    const json = JSON.parse(taken.stdout) as { attached: { fileName: string }[] };
    expect(json.attached.map((a) => a.fileName).sort()).toEqual(["112 BC UBND.png", "25_KH-UBND_2025.pdf"]);
    expect(filesOf(db)).toHaveLength(2);
  });

  it("refuses a folder that is not there, naming it", async () => {
    const db = storeWithDocuments();
    const r = await cli(["attach", "--folder", path.join(dir(), "khong-co"), "--db", db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Thư mục ".*khong-co" không mở được/);
  });
});
