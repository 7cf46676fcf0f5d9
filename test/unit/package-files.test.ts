/**
 * Department packages carry the files of the evidence they name, both ways:
 * the commune's part holds the files attached to the documents it links, the
 * department's reply the files of the documents it names (new ones too), and
 * taking the reply attaches them in the register – each content kept once.
 * A package whose files were changed, added, left out or misnamed is
 * refused whole, and the data stays as it was.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { attachFile, filesFolder, listAttachments, readAttachment } from "../../core/attachments/attachments";
import { ATTACHMENT_MAX_BYTES } from "../../core/attachments/file-kinds";
import { dispatch } from "../../core/api/dispatch";
import { formatMegabytes } from "../../core/file-size";
import type { AppContext } from "../../core/context";
import { answerPackage, type AnswerFile } from "../../core/packages/answer";
import { readPackage, sealManifest, type OpenedPackage } from "../../core/packages/container";
import { createDepartmentForm, createDepartmentPackage } from "../../core/packages/create";
import { FORM_SHEETS } from "../../core/packages/xlsx-form/layout";
import { readXlsxForm } from "../../core/packages/xlsx-form/read";
import { writeXlsxForm } from "../../core/packages/xlsx-form/write";
import { fileEntryName, MANIFEST_ENTRY, PACKAGE_LIMITS, PART_ENTRY, sizeAndLimit, type DepartmentPart, type PackageManifest } from "../../core/packages/format";
import { applyMerge, planMerge } from "../../core/packages/merge";
import { entryContent, readZip, writeZip } from "../../core/zip";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";
import { planPdf, renamedProgram, tinyPng } from "../fixtures/evidence-files";
import { fillFormAsClerk, formSheet, loadWorkbook } from "../fixtures/excel-clerk";
import { refusal } from "../fixtures/office-context";
import { storeSnapshot } from "../fixtures/store-snapshot";

const commune = demoCommune("cchc-goi-tep-");

const DEPARTMENT = { userName: "Nguyễn Văn Hùng", now: () => new Date("2025-10-08T03:00:00Z") };
const PLAN = { numberSymbol: "25/KH-TTPVHCC", date: "2025-08-20", summary: "Kế hoạch số hóa hồ sơ, kết quả giải quyết TTHC năm 2025" };
/** Linked at heading II.2 of the demo outline: every item of the one-stop shop's part shows it. */
const DECISION = "29/QĐ-UBND";

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const documentId = (ctx: AppContext, numberSymbol: string) => ctx.store.sqlite.prepare("SELECT id FROM documents WHERE number_symbol = ?").pluck().get(numberSymbol) as number;

function sent(ctx: AppContext): OpenedPackage {
  return readPackage(createDepartmentPackage(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "TTPVHCC" }).bytes, "TTPVHCC.cchc");
}

function answered(received: OpenedPackage, fill: (part: DepartmentPart) => void, files: AnswerFile[] = []): Buffer {
  const part = structuredClone(received.part);
  fill(part);
  return answerPackage(DEPARTMENT, received, part, files);
}

const entriesOf = (bytes: Buffer) => new Map(readZip(bytes).map((e) => [e.name, entryContent(e)]));
const json = (v: unknown) => Buffer.from(`${JSON.stringify(v, null, 2)}\n`, "utf8");

/** The package again with some entries replaced, added or dropped – its manifest as it was unless given. */
function repacked(bytes: Buffer, change: (entries: Map<string, Buffer>) => void): Buffer {
  const entries = entriesOf(bytes);
  change(entries);
  return writeZip([...entries].map(([name, content]) => ({ name, content })));
}

/** A package made to say something else, its checksums made to match (a forged, well-formed package). */
function forged(bytes: Buffer, change: (part: DepartmentPart, entries: Map<string, Buffer>) => void): Buffer {
  return repacked(bytes, (entries) => {
    const part = JSON.parse(entries.get(PART_ENTRY)!.toString("utf8")) as DepartmentPart;
    change(part, entries);
    entries.set(PART_ENTRY, json(part));
    const manifest = JSON.parse(entries.get(MANIFEST_ENTRY)!.toString("utf8")) as PackageManifest;
    manifest.entries = Object.fromEntries([...entries].filter(([name]) => name !== MANIFEST_ENTRY).map(([name, content]) => [name, sha256(content)]));
    entries.set(MANIFEST_ENTRY, json(manifest));
  });
}

/** The refusal of reading the package: one message naming the package, saying the data did not change. */
async function refusedPackage(bytes: Buffer): Promise<string> {
  const message = await refusal(() => readPackage(bytes, "TTPVHCC-tra-loi.cchc"));
  expect(message).toMatch(/^Không nhận gói "TTPVHCC-tra-loi\.cchc": .+\. Dữ liệu của ứng dụng giữ nguyên\.$/s);
  return message;
}

/** The commune with a scan attached to the decision its one-stop shop's part shows, and the reply of a department that adds a plan with a photo and a second PDF. */
function roundTrip() {
  const ctx = commune.officer();
  const decisionPdf = planPdf("Quyet dinh 29");
  attachFile(ctx, documentId(ctx, DECISION), { fileName: "29-QD-UBND.pdf", bytes: decisionPdf });
  const received = sent(ctx);
  const photo = tinyPng();
  const appendix = planPdf("Phu luc ke hoach");
  const reply = answered(
    received,
    (part) => {
      part.evidence.find((e) => e.itemKey === "II.2.2")!.answer = [PLAN];
      part.evidence.find((e) => e.itemKey === "II.2.3")!.answer = [PLAN];
    },
    [
      { itemKey: "II.2.2", numberSymbol: PLAN.numberSymbol, date: PLAN.date, fileName: "ke-hoach-25.pdf", bytes: appendix },
      { itemKey: "II.2.2", numberSymbol: PLAN.numberSymbol, date: PLAN.date, fileName: "anh-niem-yet.png", bytes: photo },
    ],
  );
  return { ctx, decisionPdf, received, photo, appendix, reply };
}

describe("the part sent to a department", () => {
  it("carries the files of the documents it links, named in the evidence and checksummed in the manifest", () => {
    const { received, decisionPdf } = roundTrip();
    const item = received.part.evidence.find((e) => e.itemKey === "II.2.2")!;
    const decision = item.coveredAbove.find((d) => d.numberSymbol === DECISION)!;
    expect(decision.files).toContainEqual({ sha256: sha256(decisionPdf), fileName: "29-QD-UBND.pdf", size: decisionPdf.length });
    expect(received.files?.get(sha256(decisionPdf))?.equals(decisionPdf)).toBe(true);
    expect(received.manifest.entries[fileEntryName(sha256(decisionPdf))]).toBe(sha256(decisionPdf));
    // Shown under every item it covers, sent once: one entry per content.
    const named = new Set(received.part.evidence.flatMap((e) => [...e.current, ...e.coveredAbove].flatMap((d) => (d.files ?? []).map((f) => f.sha256))));
    expect(received.part.evidence.filter((e) => e.coveredAbove.some((d) => d.numberSymbol === DECISION)).length).toBeGreaterThan(1);
    expect([...received.files!.keys()].sort()).toEqual([...named].sort());
  });

  it("is the package of before when no linked document has a file", () => {
    const ctx = commune.officer();
    ctx.store.sqlite.exec("DELETE FROM document_attachments");
    const bytes = createDepartmentPackage(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "TTPVHCC" }).bytes;
    expect([...entriesOf(bytes).keys()]).toEqual([MANIFEST_ENTRY, PART_ENTRY]);
    expect(entriesOf(bytes).get(PART_ENTRY)!.toString("utf8")).not.toContain('"files"');
    expect(readPackage(bytes, "TTPVHCC.cchc").manifest.formatVersion).toBe(1);
  });
});

describe("files a part cannot carry", () => {
  it("leaves out the files beyond what one package holds, and says so in the history", () => {
    const ctx = commune.officer();
    const big = (tag: string) => Buffer.concat([planPdf(tag), Buffer.alloc(PACKAGE_LIMITS.filesBytes / 2 + 1024)]);
    const first = big("mot");
    const second = big("hai");
    attachFile(ctx, documentId(ctx, DECISION), { fileName: "29-QD-UBND-ban-quet.pdf", bytes: first });
    attachFile(ctx, documentId(ctx, "36/QĐ-UBND"), { fileName: "36-QD-UBND-ban-quet.pdf", bytes: second });
    const created = createDepartmentPackage(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "TTPVHCC" });
    expect(created.counts.filesLeftOut).toBe(1);
    expect(created.bytes.length).toBeLessThanOrEqual(PACKAGE_LIMITS.packageBytes);
    const opened = readPackage(created.bytes, created.fileName);
    expect([first, second].filter((b) => opened.files?.has(sha256(b)))).toHaveLength(1);
    expect(opened.files?.size).toBe(created.counts.files);
    const summary = ctx.store.sqlite.prepare("SELECT summary FROM package_events ORDER BY id DESC").pluck().get() as string;
    expect(summary).toContain(`${created.counts.files} tệp đính kèm (1 tệp không gửi kèm vì gói đã đến giới hạn ${formatMegabytes(PACKAGE_LIMITS.filesBytes)})`);
    ctx.store.close();
  });

  it("still goes when a kept file is missing on this machine, leaving it out", () => {
    const ctx = commune.officer();
    attachFile(ctx, documentId(ctx, DECISION), { fileName: "29-QD-UBND.pdf", bytes: planPdf("Quyet dinh 29") });
    rmSync(filesFolder(ctx), { recursive: true, force: true });
    const created = createDepartmentPackage(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "TTPVHCC" });
    expect(created.counts).toMatchObject({ files: 0, filesLeftOut: 0 });
    expect(created.counts.filesUnreadable).toBeGreaterThan(0);
    expect(readPackage(created.bytes, created.fileName).files?.size).toBe(0);
    const summary = ctx.store.sqlite.prepare("SELECT summary FROM package_events ORDER BY id DESC").pluck().get() as string;
    expect(summary).toContain(`(${created.counts.filesUnreadable} tệp không gửi kèm vì bị thiếu hoặc hỏng trên máy này)`);
    ctx.store.close();
  });
});

describe("the Excel form", () => {
  const FILES_NOTE = "Tệp văn bản (bản quét PDF, ảnh chụp…) không chèn vào mẫu này: tệp đi kèm trong gói phòng ban .cchc của ứng dụng";
  const notesOf = async (form: Buffer) => {
    const wb = await loadWorkbook(form);
    const guide: string[] = [];
    formSheet(wb, FORM_SHEETS.guide).eachRow((row) => guide.push(String(row.getCell(1).value)));
    return { guide: guide.join("\n"), evidence: String(formSheet(wb, FORM_SHEETS.evidence).getCell(2, 1).value) };
  };

  it("says that files go in the package, not in the form; a form made before reads back as it was made", async () => {
    const ctx = commune.officer();
    const form = await createDepartmentForm(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "TTPVHCC" });
    const now = await notesOf(form.bytes);
    expect(now.guide).toContain(FILES_NOTE);
    expect(now.evidence).toContain(FILES_NOTE);

    // Made before: the manifest names no edition, the form no files.
    const made = await readXlsxForm(form.bytes, form.fileName);
    const { formEdition: _edition, entries: _e, format: _f, formatVersion: _v, ...manifest } = made.manifest;
    const sentBefore = { ...manifest, direction: "giao" as const };
    const asked: DepartmentPart = { ...made.part, evidence: made.part.evidence.map((e) => ({ ...e, answer: [] })) };
    const before = await writeXlsxForm(sealManifest(sentBefore, asked), asked);
    expect((await notesOf(before)).evidence).not.toContain(FILES_NOTE);
    const answers = structuredClone(asked);
    answers.evidence.find((e) => e.itemKey === "II.2.2")!.answer = [PLAN];
    const filled = await fillFormAsClerk(before, asked, answers, "Nguyễn Văn Hùng");
    expect((await readXlsxForm(filled, "TTPVHCC.xlsx")).part.evidence.find((e) => e.itemKey === "II.2.2")!.answer).toEqual([PLAN]);
    ctx.store.close();
  });
});

describe("a reply carrying files", () => {
  it("brings a new document into the register with its files, byte for byte, and keeps a content once", () => {
    const { ctx, reply, photo, appendix } = roundTrip();
    const kept = () => ctx.store.sqlite.prepare("SELECT count(*) FROM attachment_files").pluck().get() as number;
    const keptBefore = kept();
    const opened = readPackage(reply, "TTPVHCC-tra-loi.cchc");
    expect(opened.part.evidence.find((e) => e.itemKey === "II.2.2")!.answer[0]!.files).toEqual([
      { sha256: sha256(appendix), fileName: "ke-hoach-25.pdf", size: appendix.length },
      { sha256: sha256(photo), fileName: "anh-niem-yet.png", size: photo.length },
    ]);
    // The commune's own files do not travel back.
    expect([...entriesOf(reply).keys()].sort()).toEqual([MANIFEST_ENTRY, PART_ENTRY, fileEntryName(sha256(appendix)), fileEntryName(sha256(photo))].sort());

    const plan = planMerge(ctx, reply, "TTPVHCC-tra-loi.cchc");
    expect(plan.changes.find((c) => c.id === "minh-chung:II.2.2:moi-1")).toMatchObject({
      documentId: null,
      files: [
        { fileName: "ke-hoach-25.pdf", size: appendix.length },
        { fileName: "anh-niem-yet.png", size: photo.length },
      ],
    });
    applyMerge(ctx, reply, "TTPVHCC-tra-loi.cchc");
    const id = documentId(ctx, PLAN.numberSymbol);
    const files = listAttachments(ctx, id);
    expect(files.map((f) => [f.fileName, f.sizeBytes])).toEqual([
      ["ke-hoach-25.pdf", appendix.length],
      ["anh-niem-yet.png", photo.length],
    ]);
    expect(readAttachment(ctx, files[0]!.id).bytes.equals(appendix)).toBe(true);
    expect(readAttachment(ctx, files[1]!.id).bytes.equals(photo)).toBe(true);
    expect(kept()).toBe(keptBefore + 2);
    // Taken again, nothing is left to change and nothing is kept twice.
    expect(planMerge(ctx, reply, "TTPVHCC-tra-loi.cchc").changes).toEqual([]);
    ctx.store.close();
  });

  it("attaches a file to a document the commune already has, and skips one it carries already", () => {
    const { ctx, received, decisionPdf } = roundTrip();
    const photo = tinyPng();
    const decision = { numberSymbol: DECISION, date: received.part.evidence.find((e) => e.itemKey === "II.2.2")!.coveredAbove.find((d) => d.numberSymbol === DECISION)!.date };
    const reply = answered(
      received,
      (part) => {
        const item = part.evidence.find((e) => e.itemKey === "II.2.2")!;
        item.answer = [{ ...decision, summary: "" }];
      },
      [
        { itemKey: "II.2.2", ...decision, fileName: "ban-chup.png", bytes: photo },
        { itemKey: "II.2.2", ...decision, fileName: "ban-quet-lai.pdf", bytes: decisionPdf },
      ],
    );
    const filesBefore = listAttachments(ctx, documentId(ctx, DECISION)).map((f) => f.fileName);
    expect(filesBefore).toContain("29-QD-UBND.pdf");
    const plan = planMerge(ctx, reply, "TTPVHCC-tra-loi.cchc");
    const change = plan.changes.find((c) => c.kind === "evidence")!;
    // The decision's own scan came back: only the photo is new.
    expect(change).toMatchObject({ documentId: documentId(ctx, DECISION), files: [{ fileName: "ban-chup.png", sha256: sha256(photo) }] });
    applyMerge(ctx, reply, "TTPVHCC-tra-loi.cchc");
    expect(listAttachments(ctx, documentId(ctx, DECISION)).map((f) => f.fileName)).toEqual([...filesBefore, "ban-chup.png"]);
    ctx.store.close();
  });

  it("keeps the files of a reply reopened and answered again", () => {
    const { reply, photo, appendix } = roundTrip();
    const reopened = readPackage(reply, "TTPVHCC-tra-loi.cchc");
    const again = answered(reopened, () => {});
    const opened = readPackage(again, "TTPVHCC-tra-loi.cchc");
    expect(opened.files?.get(sha256(photo))?.equals(photo)).toBe(true);
    expect(opened.files?.get(sha256(appendix))?.equals(appendix)).toBe(true);
  });

  it("goes through the API: the department's answer with files as base64", async () => {
    const { ctx, received } = roundTrip();
    const bytes = createDepartmentPackage(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "TTPVHCC" }).bytes;
    const part = structuredClone(received.part);
    part.evidence.find((e) => e.itemKey === "II.2.2")!.answer = [PLAN];
    const result = await dispatch(ctx, "packages.answer", {
      fileName: "TTPVHCC.cchc",
      contentBase64: bytes.toString("base64"),
      part,
      files: [{ itemKey: "II.2.2", numberSymbol: PLAN.numberSymbol, date: PLAN.date, fileName: "anh.png", contentBase64: tinyPng().toString("base64") }],
    });
    expect(result.ok).toBe(true);
    const reply = Buffer.from((result as { ok: true; value: { contentBase64: string } }).value.contentBase64, "base64");
    expect(readPackage(reply, "tra-loi.cchc").files?.get(sha256(tinyPng()))?.equals(tinyPng())).toBe(true);
    // The department opens the commune's scan of a document its part shows.
    const scan = received.part.evidence
      .flatMap((e) => e.coveredAbove)
      .find((d) => d.numberSymbol === DECISION)!
      .files!.find((f) => f.fileName === "29-QD-UBND.pdf")!;
    const opened = await dispatch(ctx, "packages.file", { fileName: "TTPVHCC.cchc", contentBase64: bytes.toString("base64"), sha256: scan.sha256 });
    expect(opened).toMatchObject({ ok: true, value: { fileName: "29-QD-UBND.pdf", mediaType: "application/pdf" } });
    expect(Buffer.from((opened as { ok: true; value: { contentBase64: string } }).value.contentBase64, "base64").equals(received.files!.get(scan.sha256)!)).toBe(true);
    ctx.store.close();
  });
});

describe("files the department cannot send", () => {
  it("a file of a kind not kept, not what its name says, too large, or for a document the answer does not name", async () => {
    const { received } = roundTrip();
    const fill = (part: DepartmentPart) => void (part.evidence.find((e) => e.itemKey === "II.2.2")!.answer = [PLAN]);
    const forPlan = (fileName: string, bytes: Buffer): AnswerFile => ({ itemKey: "II.2.2", numberSymbol: PLAN.numberSymbol, date: PLAN.date, fileName, bytes });
    expect(await refusal(() => answered(received, fill, [forPlan("cai-dat.exe", renamedProgram())]))).toMatch(/"cai-dat.exe" không đính kèm được: chỉ nhận tệp \.pdf/);
    expect(await refusal(() => answered(received, fill, [forPlan("ke-hoach.pdf", renamedProgram())]))).toMatch(/"ke-hoach.pdf" không phải tệp PDF thật/);
    const huge = Buffer.concat([planPdf(), Buffer.alloc(ATTACHMENT_MAX_BYTES)]);
    expect(await refusal(() => answered(received, fill, [forPlan("lon.pdf", huge)]))).toContain(
      `"lon.pdf" quá lớn (${formatMegabytes(huge.length)}): mỗi tệp đính kèm tối đa ${formatMegabytes(ATTACHMENT_MAX_BYTES)}`,
    );
    const half = Buffer.concat([planPdf("a"), Buffer.alloc(PACKAGE_LIMITS.filesBytes / 2)]);
    const otherHalf = Buffer.concat([planPdf("b"), Buffer.alloc(PACKAGE_LIMITS.filesBytes / 2)]);
    expect(await refusal(() => answered(received, fill, [forPlan("a.pdf", half), forPlan("b.pdf", otherHalf)]))).toContain(
      `Các tệp gửi kèm tổng cộng ${sizeAndLimit(half.length + otherHalf.length, PACKAGE_LIMITS.filesBytes).join(" (2 tệp), quá giới hạn ")} của một gói (tối đa ${PACKAGE_LIMITS.files} tệp)`,
    );
    expect(await refusal(() => answered(received, fill, [{ ...forPlan("a.pdf", planPdf()), numberSymbol: "99/KH-UBND" }]))).toMatch(
      /Tệp "a.pdf" gửi kèm văn bản 99\/KH-UBND ngày 20\/08\/2025 \(mục II.2.2\), nhưng phần trả lời của mục này không có văn bản đó/,
    );
  });
});

describe("a package whose files were tampered with is refused whole", () => {
  it("a file changed, a file added without the manifest, a file named but absent, a file misnamed", async () => {
    const { reply, photo } = roundTrip();
    const photoEntry = fileEntryName(sha256(photo));
    const changed = repacked(reply, (entries) => entries.set(photoEntry, Buffer.concat([photo, Buffer.from("x")])));
    expect(await refusedPackage(changed)).toContain(`mã kiểm tra của tệp "anh-niem-yet.png" (${photoEntry}) không khớp`);

    const extra = planPdf("tep them");
    const added = repacked(reply, (entries) => entries.set(fileEntryName(sha256(extra)), extra));
    expect(await refusedPackage(added)).toContain(`"${fileEntryName(sha256(extra))}" không có trong danh sách mã kiểm tra của gói`);

    const absent = forged(reply, (_, entries) => entries.delete(photoEntry));
    expect(await refusedPackage(absent)).toContain(`thiếu tệp "anh-niem-yet.png" (minh chứng mục II.2.2, văn bản 25/KH-TTPVHCC)`);

    const misnamed = forged(reply, (_, entries) => entries.set("tep/anh.png", photo));
    expect(await refusedPackage(misnamed)).toContain(`tên "tep/anh.png" không hợp lệ (phải là tep/ và mã SHA-256 gồm 64 chữ số 0-9, a-f)`);

    const wrongSize = forged(reply, (part) => void (part.evidence.find((e) => e.itemKey === "II.2.2")!.answer[0]!.files![1]!.size = 1));
    expect(await refusedPackage(wrongSize)).toContain(`tệp "anh-niem-yet.png" (minh chứng mục II.2.2, văn bản 25/KH-TTPVHCC) có 1 byte theo danh sách nhưng thực tế ${photo.length} byte`);

    const stray = planPdf("khong thuoc van ban nao");
    const unclaimed = forged(reply, (_, entries) => entries.set(fileEntryName(sha256(stray)), stray));
    expect(await refusedPackage(unclaimed)).toContain(`"${fileEntryName(sha256(stray))}" không thuộc văn bản nào của gói`);

    const renamedProgramInside = forged(reply, (part, entries) => {
      const program = renamedProgram();
      entries.set(fileEntryName(sha256(program)), program);
      part.evidence.find((e) => e.itemKey === "II.2.2")!.answer[0]!.files!.push({ sha256: sha256(program), fileName: "bao-cao.pdf", size: program.length });
    });
    expect(await refusedPackage(renamedProgramInside)).toContain(`"bao-cao.pdf" không phải tệp PDF thật`);
  });

  it("files together over what one package holds, counted from the zip's directory before anything is unpacked", async () => {
    const { reply } = roundTrip();
    const over = forged(reply, (part, entries) => {
      for (const tag of ["mot", "hai"]) {
        const big = Buffer.concat([planPdf(tag), Buffer.alloc(PACKAGE_LIMITS.filesBytes / 2)]);
        entries.set(fileEntryName(sha256(big)), big);
        part.evidence.find((e) => e.itemKey === "II.2.2")!.answer[0]!.files!.push({ sha256: sha256(big), fileName: `${tag}.pdf`, size: big.length });
      }
    });
    expect(await refusedPackage(over)).toMatch(/các tệp đính kèm trong gói tổng cộng .+, quá giới hạn .+ của một gói/);
  });

  it("changes nothing in the store when the merge refuses it", async () => {
    const { ctx, reply, photo } = roundTrip();
    const changed = repacked(reply, (entries) => entries.set(fileEntryName(sha256(photo)), Buffer.concat([photo, Buffer.from("x")])));
    const before = storeSnapshot(ctx.store.sqlite);
    expect(await refusal(() => applyMerge(ctx, changed, "TTPVHCC-tra-loi.cchc"))).toContain("không khớp");
    expect(storeSnapshot(ctx.store.sqlite)).toEqual(before);
    ctx.store.close();
  });
});

describe("a package made before files travelled", () => {
  it("is read and merged as before", () => {
    const ctx = commune.officer();
    const received = sent(ctx);
    const reply = answered(received, (part) => void (part.evidence.find((e) => e.itemKey === "II.2.2")!.answer = [PLAN]));
    // As an app before this one wrote it: two entries, no file named anywhere.
    expect([...entriesOf(reply).keys()]).toEqual([MANIFEST_ENTRY, PART_ENTRY]);
    expect(entriesOf(reply).get(PART_ENTRY)!.toString("utf8")).not.toContain('"files"');
    const result = applyMerge(ctx, reply, "TTPVHCC-tra-loi.cchc");
    expect(result.applied).toEqual(["minh-chung:II.2.2:moi-1"]);
    expect(listAttachments(ctx, documentId(ctx, PLAN.numberSymbol))).toEqual([]);
    ctx.store.close();
  });
});
