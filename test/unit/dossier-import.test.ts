import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "../../core/import/exceljs";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import { importDossiers } from "../../core/dossiers/import";
import { previewDossierImport } from "../../core/dossiers/import-preview";
import { readDossierExport } from "../../core/dossiers/read-export";
import { undoDossierImport, listImportBatches } from "../../core/dossiers/undo";
import { AppError } from "../../shared/errors";
import { saveUnit } from "../../core/unit";
import { useTempDir } from "../helpers";
import { csvWithBom, FIXTURE_DOSSIERS, headerFirstExcelDates, legacyCsv, mergedTwoRowHeader, titleBlockTextDates, HEADERS_VI } from "../fixtures/dossier-exports";
import { countOnlyTotalsExport, ODD_HEADERS, plainDossierRow, writeOddExport } from "../fixtures/odd-dossier-exports";

const tempDir = useTempDir();

function newContext(): AppContext {
  return createAppContext({ storePath: path.join(tempDir(), "x.sqlite"), userName: "Văn thư", now: () => new Date("2025-03-12T02:00:00Z") });
}

const fromFile = (file: string) => ({ fileName: path.basename(file), path: file });

const STATUS: Record<string, string> = {
  "Đã trả kết quả": "result",
  "Đã có kết quả": "result",
  "Hoàn thành": "result",
  "Từ chối": "rejected",
  "Công dân rút hồ sơ": "withdrawn",
  "Đang xử lý": "pending",
  "Chờ bổ sung": "pending",
};
const CHANNEL: Record<string, string> = { "Trực tiếp": "in_person", "Trực tuyến": "online", "Bưu chính công ích": "post" };
const stored = (s: string | null) => (s === null ? null : s.length === 10 ? s : `${s}:00`);
const precisionOf = (s: string | null) => (s === null ? null : s.length === 10 ? "date" : "datetime");

/** What the store must hold after importing any shape of the fixture list. */
const EXPECTED = FIXTURE_DOSSIERS.map((d) => ({
  code: d.code,
  procedure_name: d.procedure,
  field: d.field,
  applicant_name: d.applicant,
  received_at: stored(d.received),
  received_precision: precisionOf(d.received),
  due_at: stored(d.due),
  due_precision: precisionOf(d.due),
  result_at: stored(d.result),
  result_precision: precisionOf(d.result),
  status: STATUS[d.status],
  channel: CHANNEL[d.channel],
})).sort((a, b) => a.code.localeCompare(b.code));

const storedDossiers = (ctx: AppContext) =>
  ctx.store.sqlite
    .prepare(
      `SELECT code, procedure_name, field, applicant_name, received_at, received_precision, due_at, due_precision,
              result_at, result_precision, status, channel FROM dossiers ORDER BY code`,
    )
    .all();

const tableCounts = (ctx: AppContext) =>
  Object.fromEntries(
    (ctx.store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => [
      t.name,
      (ctx.store.sqlite.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n,
    ]),
  );

describe.each([
  ["title block, merged title, text dates, blank and totals rows", titleBlockTextDates],
  ["header on row 1, other spellings, Excel date cells and serials", headerFirstExcelDates],
  ["CSV with BOM, semicolons, quoted fields, ISO dates", async (dir: string) => csvWithBom(dir)],
  ["two-row merged header", mergedTwoRowHeader],
  ["CSV in TCVN3", async (dir: string) => legacyCsv(dir, "tcvn3")],
  ["CSV in VNI", async (dir: string) => legacyCsv(dir, "vni")],
])("importing an export: %s", (_shape, make) => {
  it("stores every dossier with its dates, their precision, status and channel", async () => {
    const ctx = newContext();
    const file = await make(tempDir());
    const r = await importDossiers(ctx, fromFile(file));
    expect(r.rejected).toEqual([]);
    expect(r.inserted).toBe(FIXTURE_DOSSIERS.length);
    expect(storedDossiers(ctx)).toEqual(EXPECTED);
    ctx.store.close();
  });

  it("changes nothing when the same file comes again", async () => {
    const ctx = newContext();
    const file = await make(tempDir());
    await importDossiers(ctx, fromFile(file));
    const again = await importDossiers(ctx, fromFile(file));
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: FIXTURE_DOSSIERS.length, rejected: [] });
    ctx.store.close();
  });
});

describe("dossier import details", () => {
  it("finds the header row and the mapping, and reports the legacy encoding", async () => {
    const dir = tempDir();
    const title = await readDossierExport(fromFile(await titleBlockTextDates(dir)), { previewOnly: true });
    expect(title).toMatchObject({ headerRow: 5, sheetName: "Danh sách hồ sơ", dataRows: FIXTURE_DOSSIERS.length, missingFields: [] });
    expect(title.mapping).toMatchObject({ code: "Mã hồ sơ", receivedAt: "Ngày tiếp nhận", dueAt: "Ngày hẹn trả", resultAt: "Ngày có kết quả", status: "Trạng thái", channel: "Hình thức nộp" });
    const other = await readDossierExport(fromFile(await headerFirstExcelDates(dir)), { previewOnly: true });
    expect(other.mapping).toMatchObject({ code: "Số hồ sơ", receivedAt: "Ngày nhận", dueAt: "Hạn xử lý", resultAt: "Ngày hoàn thành", status: "Tình trạng", channel: "Kênh tiếp nhận" });
    const merged = await readDossierExport(fromFile(await mergedTwoRowHeader(dir)), { previewOnly: true });
    expect(merged.headerRow).toBe(3);
    expect(merged.mapping).toMatchObject({ receivedAt: "Tiếp nhận", dueAt: "Hẹn trả", resultAt: "Có kết quả" });
    expect((await readDossierExport(fromFile(legacyCsv(dir, "tcvn3")), { previewOnly: true })).encoding).toBe("TCVN3");
    expect((await readDossierExport(fromFile(legacyCsv(dir, "vni")), { previewOnly: true })).encoding).toBe("VNI");
  });

  it("rejects unusable rows with their row number and reason, takes the rest, and writes the rejected-rows file", async () => {
    const dir = tempDir();
    const file = path.join(dir, "co-loi.csv");
    const good = FIXTURE_DOSSIERS[2]!;
    writeFileSync(
      file,
      [
        HEADERS_VI.join(";"),
        `1;${good.code};${good.procedure};${good.field};${good.applicant};15/12/2024 07:45;17/12/2024 17:00;16/12/2024 15:00;Đã trả kết quả;Trực tuyến`,
        `2;000.00.21.H23-250231-0001;Đăng ký khai sinh;Hộ tịch;An;31/02/2025;01/03/2025;;Đang xử lý;Trực tuyến`,
        `3;;Đăng ký khai sinh;Hộ tịch;Bình;01/03/2025;02/03/2025;;Đang xử lý;Trực tuyến`,
        `4;000.00.21.H23-250301-0002;Đăng ký khai sinh;Hộ tịch;Cường;01/03/2025;02/03/2025;;Đang đi chơi;Trực tuyến`,
        `5;000.00.21.H23-250301-0003;Đăng ký khai sinh;Hộ tịch;Dung;01/03/2025;02/03/2025;;Đã trả kết quả;Trực tuyến`,
        `6;${good.code};${good.procedure};${good.field};${good.applicant};15/12/2024 07:45;17/12/2024 17:00;16/12/2024 15:00;Đã trả kết quả;Trực tuyến`,
      ].join("\n"),
    );
    const ctx = newContext();
    const r = await importDossiers(ctx, fromFile(file));
    expect(r.inserted).toBe(1);
    expect(r.rejected).toEqual([
      { row: 3, reason: "Ngày “31/02/2025” ở cột “Ngày tiếp nhận” không phải ngày hợp lệ." },
      { row: 4, reason: "Thiếu mã hồ sơ (cột “Mã hồ sơ”)." },
      { row: 5, reason: "Trạng thái “Đang đi chơi” không nhận ra (cột “Trạng thái”)." },
      { row: 6, reason: "Hồ sơ “Đã trả kết quả” nhưng thiếu ngày có kết quả (cột “Ngày có kết quả”)." },
      { row: 7, reason: `Mã hồ sơ “${good.code}” trùng với dòng 2.` },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rejectedFile!.content as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, ...HEADERS_VI, "Lý do", "Dòng trong tệp gốc"]);
    expect(ws.getRow(2).getCell(6).value).toBe("31/02/2025");
    expect(ws.getRow(2).getCell(11).value).toBe("Ngày “31/02/2025” ở cột “Ngày tiếp nhận” không phải ngày hợp lệ.");
    expect(ws.rowCount).toBe(6);
    ctx.store.close();
  });

  it("updates what a later export changed, only in the columns it has, and undo restores the earlier state", async () => {
    const dir = tempDir();
    const ctx = newContext();
    const first = await importDossiers(ctx, fromFile(await titleBlockTextDates(dir)));
    ctx.store.sqlite.prepare("UPDATE dossiers SET digitised = 1").run();
    const before = storedDossiers(ctx);
    const later = path.join(dir, "sau.csv");
    const pending = FIXTURE_DOSSIERS[7]!;
    writeFileSync(
      later,
      ["Mã hồ sơ;Ngày tiếp nhận;Ngày có kết quả;Trạng thái", `${pending.code};20/02/2025 08:00;12/03/2025 09:00;Đã trả kết quả`, "000.00.21.H23-250311-0012;11/03/2025;;Đang xử lý"].join("\n"),
    );
    const second = await importDossiers(ctx, fromFile(later));
    expect(second).toMatchObject({ inserted: 1, updated: 1, unchanged: 0 });
    const changed = ctx.store.sqlite.prepare("SELECT status, result_at, procedure_name, digitised, updated_batch_id FROM dossiers WHERE code = ?").get(pending.code);
    expect(changed).toEqual({ status: "result", result_at: "2025-03-12 09:00:00", procedure_name: pending.procedure, digitised: 1, updated_batch_id: second.batchId });
    expect(listImportBatches(ctx).map((b) => [b.id, b.canUndo])).toEqual([
      [second.batchId, true],
      [first.batchId, false],
    ]);
    expect(() => undoDossierImport(ctx, first.batchId!)).toThrowError(/Chỉ hoàn tác được lần nhập mới nhất/);
    expect(undoDossierImport(ctx, second.batchId!)).toEqual({ batchId: second.batchId, removed: 1, restored: 1 });
    expect(storedDossiers(ctx)).toEqual(before);
    expect(listImportBatches(ctx)[0]).toMatchObject({ undoneBy: "Văn thư", canUndo: false });
    expect(() => undoDossierImport(ctx, second.batchId!)).toThrowError(/đã được hoàn tác/);
    undoDossierImport(ctx, first.batchId!);
    expect(storedDossiers(ctx)).toEqual([]);
    ctx.store.close();
  });

  it("a dry run counts and writes nothing", async () => {
    const ctx = newContext();
    const before = tableCounts(ctx);
    const r = await importDossiers(ctx, fromFile(await titleBlockTextDates(tempDir())), { dryRun: true });
    expect(r).toMatchObject({ batchId: null, inserted: FIXTURE_DOSSIERS.length, dryRun: true });
    expect(tableCounts(ctx)).toEqual(before);
    ctx.store.close();
  });

  it("uses a mapping the user confirmed, remembers it for files of the same shape, and maps unknown values", async () => {
    const dir = tempDir();
    const file = path.join(dir, "la.csv");
    writeFileSync(
      file,
      ["Số TT,Mã số phiếu,Thời điểm nộp,Lĩnh vực,Trạng thái,Nguồn", "1,HS-1,05/03/2025 08:00,Hộ tịch,Đã ký duyệt,Zalo", "2,HS-2,06/03/2025 08:00,Hộ tịch,Đang xử lý,Trực tiếp"].join("\n"),
    );
    const ctx = newContext();
    const preview = await readDossierExport(fromFile(file), { previewOnly: true });
    expect(preview.missingFields).toEqual(["code", "receivedAt"]);
    const mapping = { code: "Mã số phiếu", receivedAt: "Thời điểm nộp", channel: "Nguồn" };
    const withMapping = await readDossierExport(fromFile(file), { mapping, previewOnly: true });
    expect(withMapping.unknownValues).toEqual({ status: ["Đã ký duyệt"], channel: ["Zalo"] });
    const r = await importDossiers(ctx, fromFile(file), { mapping, valueMappings: { status: { "Đã ký duyệt": "result" }, channel: { Zalo: "online" } } });
    expect(r.rejected).toEqual([{ row: 2, reason: "Hồ sơ “Đã ký duyệt” nhưng thiếu ngày có kết quả (cột “Ngày có kết quả”)." }]);
    expect(r.inserted).toBe(1);
    expect(ctx.store.sqlite.prepare("SELECT code, channel, status FROM dossiers").all()).toEqual([{ code: "HS-2", channel: "in_person", status: "pending" }]);
    const again = await readDossierExport(fromFile(file), { previewOnly: true, savedMapping: (await import("../../core/dossiers/import")).savedMappingFor(ctx) });
    expect(again.savedMappingUsed).toBe(true);
    expect(again.missingFields).toEqual([]);
    expect(again.unknownValues).toEqual({ status: [], channel: [] });
    ctx.store.close();
  });
});

describe("bad input leaves the store as it was", () => {
  const cases: [string, (dir: string) => Promise<string> | string, RegExp][] = [
    ["an empty file", (d) => (writeFileSync(path.join(d, "rong.xlsx"), ""), path.join(d, "rong.xlsx")), /tệp trống/],
    [
      "a PNG renamed .xlsx",
      (d) => (writeFileSync(path.join(d, "anh.xlsx"), Buffer.from("89504e470d0a1a0a0000000d4948445200000001", "hex")), path.join(d, "anh.xlsx")),
      /không phải tệp Excel \.xlsx hợp lệ/,
    ],
    [
      "a truncated .xlsx",
      async (d) => {
        const full = readFileSync(await titleBlockTextDates(d));
        writeFileSync(path.join(d, "cut.xlsx"), full.subarray(0, Math.floor(full.length / 2)));
        return path.join(d, "cut.xlsx");
      },
      /bị hỏng hoặc không đầy đủ/,
    ],
    [
      "a sheet with no recognisable header",
      async (d) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("Lương");
        ws.addRow(["Họ tên", "Chức vụ", "Hệ số lương"]);
        ws.addRow(["Nguyễn Văn An", "Chủ tịch", 4.4]);
        await wb.xlsx.writeFile(path.join(d, "luong.xlsx"));
        return path.join(d, "luong.xlsx");
      },
      /không tìm thấy dòng tiêu đề/,
    ],
    [
      "a CSV in an unknown encoding",
      (d) => (
        writeFileSync(path.join(d, "la.csv"), Buffer.from([0x4d, 0xe3, 0x20, 0x68, 0xf4, 0x20, 0x73, 0xa1, 0x3b, 0x4e, 0x67, 0xe0, 0x79, 0x0a, 0x31, 0x3b, 0xa4, 0xa5, 0xa6, 0x0a])),
        path.join(d, "la.csv")
      ),
      /không nhận ra bảng mã/,
    ],
  ];
  for (const [what, make, message] of cases) {
    it(`refuses ${what} with a Vietnamese message naming the file`, async () => {
      const ctx = newContext();
      await importDossiers(ctx, fromFile(await titleBlockTextDates(tempDir())));
      const before = tableCounts(ctx);
      const file = await make(tempDir());
      const err = await importDossiers(ctx, fromFile(file)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).message).toMatch(message);
      expect((err as AppError).message).toContain(path.basename(file));
      expect(tableCounts(ctx)).toEqual(before);
      ctx.store.close();
    });
  }
});

describe("the wizard's preview", () => {
  it("gives dense sample rows (blank cells as empty text) and keeps a title row out of the header", async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("DS");
    ws.addRow(["Từ ngày 01/07/2025 đến ngày 30/09/2025"]);
    ws.mergeCells("A1:E1");
    ws.addRow(["STT", "Mã hồ sơ", "Ngày tiếp nhận", "Ngày có kết quả", "Trạng thái"]);
    ws.addRow([1, "HS-1", "01/07/2025", null, "Đang xử lý"]);
    const file = path.join(dir, "mau.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await readDossierExport(fromFile(file), { previewOnly: true });
    expect(r.headers).toEqual(["STT", "Mã hồ sơ", "Ngày tiếp nhận", "Ngày có kết quả", "Trạng thái"]);
    expect(r.headerRow).toBe(2);
    expect(r.sampleRows).toEqual([["1", "HS-1", "01/07/2025", "", "Đang xử lý"]]);
    expect(Object.keys(r.sampleRows[0]!)).toHaveLength(5);
  });
});

describe("a mapping that lists unused fields as empty", () => {
  it("still finds the header below a title block", async () => {
    const file = await titleBlockTextDates(tempDir());
    const mapping = { code: "Mã hồ sơ", receivedAt: "Ngày tiếp nhận", applicantAddress: "", receivingOfficer: "", digitised: "" };
    const r = await readDossierExport(fromFile(file), { mapping, previewOnly: true });
    expect(r.headerRow).toBe(5);
    expect(r.missingFields).toEqual([]);
    expect(r.dataRows).toBe(FIXTURE_DOSSIERS.length);
  });
});

const withUnit = (name: string | null) => {
  const ctx = newContext();
  if (name) saveUnit(ctx.store.db, { name, kind: "xa", provinceName: "Thành phố Hải Phòng", placeName: null, profileId: "hai-phong", address: null }, "Kiểm thử");
  return ctx;
};

describe("rows that are no dossier: totals and counts", () => {
  it("a count-only last row “1500 hồ sơ” is skipped and listed, and never asks for a status", async () => {
    const ctx = newContext();
    const file = await countOnlyTotalsExport(tempDir());
    const preview = await previewDossierImport(ctx, fromFile(file));
    expect(preview.unknownValues).toEqual({ status: [], channel: [] });
    expect(preview.dataRows).toBe(1500);
    const listed = [{ count: 1, rows: [1503], text: "Bỏ qua 1 dòng tổng cộng (dòng 1.503)" }];
    expect(preview.skipped).toEqual(listed);
    const dry = await importDossiers(ctx, fromFile(file), { dryRun: true });
    expect(dry).toMatchObject({ inserted: 1500, rejected: [], skipped: listed });
    const r = await importDossiers(ctx, fromFile(file));
    expect(r).toMatchObject({ inserted: 1500, rejected: [], skipped: listed });
    ctx.store.close();
  });

  it("“Tổng cộng”, “Cộng: 3”, “Tổng số: 3 hồ sơ” and a row holding only a number are all skipped the same way; “Cộng đồng …” is no total", async () => {
    const ctx = newContext();
    const file = await writeOddExport(tempDir(), {
      rows: [
        plainDossierRow(1),
        plainDossierRow(2),
        plainDossierRow(3),
        ["Tổng cộng", null, null, null, null, null, null, null, null],
        [null, "Cộng: 3", null, null, null, null, null, null, null],
        [3],
        [null, null, "Tổng số: 3 hồ sơ"],
        [null, null, "Cộng đồng dân cư xóm 3"],
      ],
    });
    const preview = await previewDossierImport(ctx, fromFile(file));
    expect(preview.dataRows).toBe(4);
    expect(preview.sampleRows).toHaveLength(4);
    const r = await importDossiers(ctx, fromFile(file));
    expect(r).toMatchObject({
      inserted: 3,
      rejected: [{ row: 9, reason: "Thiếu mã hồ sơ (cột “Mã hồ sơ”)." }],
      skipped: [{ count: 4, rows: [5, 6, 7, 8], text: "Bỏ qua 4 dòng tổng cộng (dòng 5, 6, 7, 8)" }],
    });
    ctx.store.close();
  });
});

describe("“Bỏ qua những dòng này” for a value the app does not know", () => {
  it("skips and lists the rows with that value, imports the rest as one batch, and remembers only the real choices", async () => {
    const ctx = newContext();
    const zalo = plainDossierRow(3);
    zalo[8] = "Zalo";
    const file = await writeOddExport(tempDir(), { rows: [plainDossierRow(1, "Lưu tạm"), plainDossierRow(2), zalo, plainDossierRow(4, "Lưu tạm")] });
    const preview = await previewDossierImport(ctx, fromFile(file));
    expect(preview.unknownValues).toEqual({ status: ["Lưu tạm"], channel: ["Zalo"] });
    const r = await importDossiers(ctx, fromFile(file), { valueMappings: { status: {}, channel: { Zalo: "online" } }, skipValues: { status: ["Lưu tạm"], channel: [] } });
    expect(r).toMatchObject({ inserted: 2, rejected: [], skipped: [{ count: 2, rows: [2, 5], text: "Bỏ qua 2 dòng có trạng thái “Lưu tạm” (dòng 2, 5)" }] });
    expect(ctx.store.sqlite.prepare("SELECT code, channel FROM dossiers ORDER BY code").all()).toEqual([
      { code: "000.00.21.H23-241101-0002", channel: "online" },
      { code: "000.00.21.H23-241101-0003", channel: "online" },
    ]);
    expect(listImportBatches(ctx)).toHaveLength(1);
    const again = await previewDossierImport(ctx, fromFile(file));
    expect(again.unknownValues).toEqual({ status: ["Lưu tạm"], channel: [] });
    ctx.store.close();
  });
});

describe("the preview's dates", () => {
  it("shows Excel date cells and serials as the file means them, dd/MM/yyyy HH:mm, whatever the machine's time zone", async () => {
    const ctx = newContext();
    const preview = await previewDossierImport(ctx, fromFile(await headerFirstExcelDates(tempDir())));
    const dates = preview.sampleRows.map((r) => r.slice(5, 8));
    expect(dates[0]).toEqual(["10/12/2024 08:15", "20/01/2025 17:00", "22/01/2025 10:00"]);
    expect(dates[3]).toEqual(["02/01/2025 08:00", "03/01/2025 09:00", "03/01/2025 10:00"]);
    expect(dates[4]).toEqual(["06/01/2025 14:30", "07/01/2025", "07/01/2025 16:45"]);
    expect(dates[7]).toEqual(["20/02/2025 08:00", "05/03/2025 17:00", ""]);
    ctx.store.close();
  });
});

describe("an export of another unit", () => {
  const cases: [string, string | null, Parameters<typeof writeOddExport>[1], string | null][] = [
    ["a title row naming another commune", "Xã Cẩm Giang", { title: ["UBND XÃ AN LÃO", "DANH SÁCH HỒ SƠ"], rows: [plainDossierRow(1)] }, "UBND XÃ AN LÃO"],
    ["a “Đơn vị:” title row naming another ward", "Xã Cẩm Giang", { title: ["Đơn vị: Phường Hồng Bàng"], rows: [plainDossierRow(1)] }, "Phường Hồng Bàng"],
    ["a title row naming the store's own commune", "Xã Cẩm Giang", { title: ["ỦY BAN NHÂN DÂN XÃ CẨM GIANG"], rows: [plainDossierRow(1)] }, null],
    ["a store with no unit yet", null, { title: ["UBND XÃ AN LÃO"], rows: [plainDossierRow(1)] }, null],
    [
      "an “Đơn vị xử lý” column naming another commune on every row",
      "Xã Cẩm Giang",
      {
        headers: [...ODD_HEADERS, "Đơn vị xử lý"],
        rows: [
          [...plainDossierRow(1), "UBND xã An Lão"],
          [...plainDossierRow(2), "UBND xã An Lão"],
        ],
      },
      "UBND xã An Lão",
    ],
    ["a “Cơ quan” column naming another commune", "Xã Cẩm Giang", { headers: [...ODD_HEADERS, "Cơ quan"], rows: [[...plainDossierRow(1), "Xã An Lão"]] }, "Xã An Lão"],
    ["an “Đơn vị” column naming our own commune", "Xã Cẩm Giang", { headers: [...ODD_HEADERS, "Đơn vị"], rows: [[...plainDossierRow(1), "Xã Cẩm Giang"]] }, null],
    [
      "an “Đơn vị xử lý” column of our own offices",
      "Xã Cẩm Giang",
      {
        headers: [...ODD_HEADERS, "Đơn vị xử lý"],
        rows: [
          [...plainDossierRow(1), "UBND xã An Lão"],
          [...plainDossierRow(2), "Công chức Tư pháp - Hộ tịch"],
        ],
      },
      null,
    ],
  ];
  for (const [what, storeUnit, shape, fileUnit] of cases) {
    it(`${fileUnit ? "warns, naming both units," : "says nothing"} for ${what}`, async () => {
      const ctx = withUnit(storeUnit);
      const file = await writeOddExport(tempDir(), shape);
      const expected = fileUnit
        ? {
            fileUnit,
            storeUnit,
            message: `Tệp này ghi đơn vị “${fileUnit}”, khác đơn vị đang dùng “${storeUnit}”. Hãy kiểm tra đúng tệp của đơn vị mình trước khi nhập.`,
          }
        : null;
      expect((await previewDossierImport(ctx, fromFile(file))).otherUnit).toEqual(expected);
      expect((await importDossiers(ctx, fromFile(file), { dryRun: true })).otherUnit).toEqual(expected);
      ctx.store.close();
    });
  }

  it("says nothing for the tidy export titled with the store's commune", async () => {
    const ctx = withUnit("Xã Cẩm Giang");
    expect((await previewDossierImport(ctx, fromFile(await titleBlockTextDates(tempDir())))).otherUnit).toBeNull();
    ctx.store.close();
  });
});
