import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dispatch } from "../../core/api/dispatch";
import type { ImportableRegister } from "../../core/api/contract";
import type { AppContext } from "../../core/context";
import { AppError } from "../../shared/errors";
import ExcelJS from "../../core/import/exceljs";
import { importRegister, previewRegisterImport, registerImportHistory, undoRegisterImport, type RegisterImportOptions } from "../../core/records/import/register-import";
import { REGISTER_IMPORTERS } from "../../core/records/import/registers";
import { useTempDir } from "../helpers";
import { officeContext } from "../fixtures/office-context";
import { assignedTasksWorkbook, complaintsTcvn3, documentsWorkbook, planWorkbook, receptionCsv, RECEPTION_LINES, rosterWorkbook } from "../fixtures/register-files";

const tempDir = useTempDir();

/** 2 July 2025, 09:00 in Vietnam. */
const NOW = new Date("2025-07-02T02:00:00Z");

const newContext = (): AppContext => officeContext(tempDir(), NOW);

const fromFile = (file: string) => ({ fileName: path.basename(file), path: file });

const rowsOf = (ctx: AppContext, sql: string) => ctx.store.sqlite.prepare(sql).all();

/** Rows per table, for "nothing was written". */
const everyTableCount = (ctx: AppContext) => {
  const tables = ctx.store.sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return tables.map((t) => [t, ctx.store.sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get()]);
};

interface RegisterCase {
  register: ImportableRegister;
  make: (dir: string) => Promise<string> | string;
  options?: RegisterImportOptions;
  query: string;
  expected: Record<string, unknown>[];
}

const CASES: RegisterCase[] = [
  {
    register: "staff",
    make: rosterWorkbook,
    query: `SELECT full_name, birth_date, gender, department_code, position, rank, education, political_theory, state_management, start_date,
                   (SELECT status || ' ' || from_date FROM staff_statuses s WHERE s.staff_id = staff.id) AS status FROM staff ORDER BY id`,
    expected: [
      {
        full_name: "Nguyễn Văn An",
        birth_date: "1975-04-15",
        gender: "nam",
        department_code: null,
        position: "Chủ tịch UBND",
        rank: "Chuyên viên chính",
        education: "thac_si",
        political_theory: "cao_cap",
        state_management: "Chuyên viên chính",
        start_date: "2025-07-01",
        status: "dang_cong_tac 2025-07-01",
      },
      {
        full_name: "Trần Thị Bình",
        birth_date: "1988-11-20",
        gender: "nu",
        department_code: "VP",
        position: "Chánh Văn phòng",
        rank: "Chuyên viên",
        education: "dai_hoc",
        political_theory: "trung_cap",
        state_management: "Chuyên viên",
        start_date: "2012-03-01",
        status: "dang_cong_tac 2012-03-01",
      },
      {
        full_name: "Lê Văn Cường",
        birth_date: "1990-01-01",
        gender: "nam",
        department_code: "VHXH",
        position: "Chuyên viên",
        rank: "Chuyên viên",
        education: "dai_hoc",
        political_theory: "so_cap",
        state_management: null,
        start_date: "2015-09-15",
        status: "dang_cong_tac 2015-09-15",
      },
      {
        full_name: "Phạm Thị Dung",
        birth_date: "1968-02-29",
        gender: "nu",
        department_code: "TTPVHCC",
        position: "Chuyên viên",
        rank: "Cán sự",
        education: "cao_dang",
        political_theory: null,
        state_management: null,
        start_date: "1995-01-01",
        status: "nghi_huu 2025-07-02",
      },
      {
        full_name: "Hoàng Văn Em",
        birth_date: "1992-06-05",
        gender: "nam",
        department_code: "KT",
        position: "Chuyên viên",
        rank: "Chuyên viên",
        education: "trung_cap",
        political_theory: null,
        state_management: null,
        start_date: null,
        status: "chuyen_cong_tac 2025-07-02",
      },
    ],
  },
  {
    register: "receptions",
    make: (dir) => receptionCsv(dir),
    query: "SELECT date, session_kind, host, citizen_name, citizen_address, citizen_id_number, people_count, content, classification, handling, result FROM receptions ORDER BY id",
    expected: [
      {
        date: "2025-01-06",
        session_kind: "thuong_xuyen",
        host: "Trần Thị Bình",
        citizen_name: "Đỗ Văn Hùng",
        citizen_address: "Thôn Đông, xã Cẩm Giang",
        citizen_id_number: "034085001234",
        people_count: 1,
        content: "Đề nghị cấp lại Giấy chứng nhận quyền sử dụng đất; đã nộp hồ sơ từ năm 2023",
        classification: "kien_nghi_phan_anh",
        handling: "huong_dan",
        result: "Đã hướng dẫn công dân bổ sung hồ sơ",
      },
      {
        date: "2025-01-15",
        session_kind: "dinh_ky",
        host: "Nguyễn Văn An",
        citizen_name: "Ngô Thị Lan",
        citizen_address: "Thôn Tây",
        citizen_id_number: null,
        people_count: 3,
        content: "Khiếu nại việc thu hồi đất làm đường liên thôn",
        classification: "khieu_nai",
        handling: "thu_ly",
        result: null,
      },
      {
        date: "2025-02-20",
        session_kind: "dot_xuat",
        host: "Nguyễn Văn An",
        citizen_name: "Vũ Văn Minh",
        citizen_address: "Thôn Nam",
        citizen_id_number: null,
        people_count: 1,
        content: "Tố cáo việc xây dựng trái phép trên đất nông nghiệp",
        classification: "to_cao",
        handling: "chuyen_don",
        result: "Chuyển Công an xã",
      },
    ],
  },
  {
    register: "complaints",
    make: complaintsTcvn3,
    query: "SELECT received_date, kind, sender_name, sender_address, content, within_competence, resolved_date, result FROM complaints ORDER BY id",
    expected: [
      {
        received_date: "2025-02-03",
        kind: "khieu_nai",
        sender_name: "Lê Thị Hoa",
        sender_address: "Thôn Bắc",
        content: "Khiếu nại quyết định hỗ trợ khi thu hồi đất",
        within_competence: 1,
        resolved_date: "2025-02-28",
        result: "Đã giải quyết, giữ nguyên quyết định",
      },
      {
        received_date: "2025-02-10",
        kind: "phan_anh",
        sender_name: "Trần Văn Quang",
        sender_address: "Thôn Đông",
        content: "Phản ánh tiếng ồn của xưởng gỗ ban đêm",
        within_competence: 0,
        resolved_date: null,
        result: null,
      },
      {
        received_date: "2025-03-12",
        kind: "to_cao",
        sender_name: "Nặc danh",
        sender_address: null,
        content: "Tố cáo cán bộ địa chính nhận tiền",
        within_competence: 0,
        resolved_date: null,
        result: null,
      },
    ],
  },
  {
    register: "plan_tasks",
    make: planWorkbook,
    options: { year: 2025 },
    query: "SELECT year, area, title, lead_unit, coordinating_units, product, deadline_text, deadline, status, completed_date FROM plan_tasks ORDER BY id",
    expected: [
      {
        year: 2025,
        area: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
        title: "Ban hành Kế hoạch CCHC năm 2025",
        lead_unit: "Văn phòng HĐND và UBND",
        coordinating_units: "Các phòng chuyên môn",
        product: "Kế hoạch",
        deadline_text: "Tháng 1",
        deadline: "2025-01-31",
        status: "hoan_thanh",
        completed_date: "2025-01-15",
      },
      {
        year: 2025,
        area: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
        title: "Báo cáo công tác CCHC định kỳ",
        lead_unit: "Phòng Văn hóa - Xã hội",
        coordinating_units: null,
        product: "Báo cáo",
        deadline_text: "Thường xuyên",
        deadline: "2025-12-31",
        status: "dang_thuc_hien",
        completed_date: null,
      },
      {
        year: 2025,
        area: "CẢI CÁCH THỂ CHẾ",
        title: "Rà soát văn bản quy phạm pháp luật do xã ban hành",
        lead_unit: "Văn phòng HĐND và UBND",
        coordinating_units: "Các phòng chuyên môn",
        product: "Báo cáo kết quả rà soát",
        deadline_text: "Quý II",
        deadline: "2025-06-30",
        status: "chua_thuc_hien",
        completed_date: null,
      },
      {
        year: 2025,
        area: "CẢI CÁCH THỂ CHẾ",
        title: "Kiểm tra việc thực hiện văn bản quy phạm pháp luật",
        lead_unit: "Văn phòng HĐND và UBND",
        coordinating_units: null,
        product: null,
        deadline_text: "30/09/2025",
        deadline: "2025-09-30",
        status: "chua_thuc_hien",
        completed_date: null,
      },
      {
        year: 2025,
        area: "CẢI CÁCH THỂ CHẾ",
        title: "Tuyên truyền, phổ biến pháp luật về CCHC",
        lead_unit: "Trung tâm Văn hóa - Thể thao và Truyền thông",
        coordinating_units: null,
        product: "Tin, bài",
        deadline_text: "6 tháng đầu năm",
        deadline: "2025-06-30",
        status: "dang_thuc_hien",
        completed_date: null,
      },
    ],
  },
  {
    register: "assigned_tasks",
    make: assignedTasksWorkbook,
    query: "SELECT title, source_document, assigned_by, assigned_date, deadline, completed_date, department_code FROM assigned_tasks ORDER BY id",
    expected: [
      {
        title: "Rà soát, công bố danh mục TTHC thuộc thẩm quyền cấp xã",
        source_document: "1234/UBND-KSTT",
        assigned_by: "UBND tỉnh",
        assigned_date: "2025-03-05",
        deadline: "2025-03-31",
        completed_date: "2025-03-28",
        department_code: "TTPVHCC",
      },
      {
        title: "Báo cáo kết quả số hóa hồ sơ TTHC",
        source_document: "567/VP-KSTT",
        assigned_by: "Văn phòng UBND tỉnh",
        assigned_date: "2025-11-10",
        deadline: "2026-01-31",
        completed_date: null,
        department_code: "VP",
      },
      {
        title: "Triển khai thanh toán trực tuyến phí, lệ phí",
        source_document: "89/KH-UBND",
        assigned_by: "Chủ tịch UBND tỉnh",
        assigned_date: "2025-04-02",
        deadline: "2025-06-30",
        completed_date: null,
        department_code: null,
      },
    ],
  },
  {
    register: "documents",
    make: documentsWorkbook,
    query: "SELECT number_symbol, date, kind, summary, issuer, direction, is_legal_normative, electronic, digitally_signed FROM documents ORDER BY id",
    expected: [
      {
        number_symbol: "15/QĐ-UBND",
        date: "2025-01-10",
        kind: "Quyết định",
        summary: "Về việc ban hành Kế hoạch cải cách hành chính năm 2025",
        issuer: "Nguyễn Văn An",
        direction: "di",
        is_legal_normative: 0,
        electronic: 1,
        digitally_signed: 1,
      },
      {
        number_symbol: "12/2025/QĐ-UBND",
        date: "2025-03-10",
        kind: "Quyết định",
        summary: "Ban hành Quy định quản lý chợ trên địa bàn xã",
        issuer: "Nguyễn Văn An",
        direction: "di",
        is_legal_normative: 1,
        electronic: 1,
        digitally_signed: 1,
      },
      {
        number_symbol: "623/UBND-VHXH",
        date: "2025-03-12",
        kind: "Công văn",
        summary: "V/v đôn đốc báo cáo CCHC quý I năm 2025",
        issuer: "Trần Thị Bình",
        direction: "di",
        is_legal_normative: 0,
        electronic: 1,
        digitally_signed: 0,
      },
      {
        number_symbol: "45/BC-UBND",
        date: "2025-03-20",
        kind: "Báo cáo",
        summary: "Báo cáo kết quả CCHC quý I năm 2025",
        issuer: "Nguyễn Văn An",
        direction: "di",
        is_legal_normative: 0,
        electronic: 1,
        digitally_signed: 1,
      },
      {
        number_symbol: "30/TB-UBND",
        date: "2025-03-25",
        kind: "Thông báo",
        summary: "Thông báo lịch tiếp công dân định kỳ",
        issuer: "Trần Thị Bình",
        direction: "di",
        is_legal_normative: 0,
        electronic: 0,
        digitally_signed: 0,
      },
    ],
  },
];

describe.each(CASES)("importing the $register register", ({ register, make, options, query, expected }) => {
  it("stores every row as the register writes it, in one batch", async () => {
    const ctx = newContext();
    const r = await importRegister(ctx, register, fromFile(await make(tempDir())), options);
    expect(r).toMatchObject({ inserted: expected.length, updated: 0, unchanged: 0, rejected: [], dryRun: false, rejectedFile: null });
    expect(rowsOf(ctx, query)).toEqual(expected);
    expect(ctx.store.sqlite.prepare(`SELECT DISTINCT batch_id FROM ${REGISTER_IMPORTERS[register].table}`).pluck().all()).toEqual([r.batchId]);
    expect(rowsOf(ctx, "SELECT kind, inserted, unchanged, rejected, header_row IS NOT NULL AS has_header, length(file_sha256) AS sha FROM import_batches")).toEqual([
      { kind: `register:${register}`, inserted: expected.length, unchanged: 0, rejected: 0, has_header: 1, sha: 64 },
    ]);
    ctx.store.close();
  });

  it("leaves everything as it is when the same file comes again", async () => {
    const ctx = newContext();
    const file = await make(tempDir());
    await importRegister(ctx, register, fromFile(file), options);
    const again = await importRegister(ctx, register, fromFile(file), options);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: expected.length, rejected: [] });
    expect(rowsOf(ctx, query)).toEqual(expected);
    ctx.store.close();
  });

  it("a dry run counts and writes nothing", async () => {
    const ctx = newContext();
    const before = everyTableCount(ctx);
    const r = await importRegister(ctx, register, fromFile(await make(tempDir())), { ...options, dryRun: true });
    expect(r).toMatchObject({ batchId: null, dryRun: true, inserted: expected.length, unchanged: 0 });
    expect(everyTableCount(ctx)).toEqual(before);
    ctx.store.close();
  });
});

describe("register import details", () => {
  it("finds the header under a title block and a merged two-row header, and reports the legacy encoding", async () => {
    const ctx = newContext();
    const dir = tempDir();
    const roster = await previewRegisterImport(ctx, "staff", fromFile(await rosterWorkbook(dir)));
    expect(roster).toMatchObject({ format: "xlsx", sheetName: "Danh sách", headerRow: 6, dataRows: 5, missingFields: [], unmappedHeaders: ["STT"], encoding: null });
    expect(roster.mapping).toMatchObject({ fullName: "Họ và tên", birthDateMale: "Ngày sinh Nam", birthDateFemale: "Ngày sinh Nữ", education: "Chuyên môn", politicalTheory: "Lý luận chính trị" });
    expect(roster.fields.find((f) => f.field === "fullName")).toEqual({ field: "fullName", label: "Họ và tên", required: true });
    expect(roster.sampleRows[0]).toEqual([
      "1",
      "Nguyễn Văn An",
      "15/04/1975",
      "",
      "Chủ tịch UBND",
      "UBND xã",
      "Chuyên viên chính",
      "Thạc sĩ Quản lý công",
      "Cao cấp",
      "Chuyên viên chính",
      "01/07/2025",
      "Đang công tác",
    ]);
    expect((await previewRegisterImport(ctx, "complaints", fromFile(await complaintsTcvn3(dir)))).encoding).toBe("TCVN3");
    const plan = await previewRegisterImport(ctx, "plan_tasks", fromFile(await planWorkbook(dir)));
    expect(plan).toMatchObject({ headerRow: 4, dataRows: 5 });
    ctx.store.close();
  });

  it("says what it assumed: units that match no department, a birth year alone", async () => {
    const ctx = newContext();
    const r = await importRegister(ctx, "staff", fromFile(await rosterWorkbook(tempDir())));
    expect(r.notes).toEqual(["Đơn vị “UBND xã” không khớp phòng ban nào trong Cài đặt; để trống phòng ban. (dòng 7)", "Chỉ có năm sinh: đã ghi ngày sinh là 01/01 của năm đó. (dòng 9)"]);
    ctx.store.close();
  });

  it("rejects unusable rows naming the row and the column, takes the rest, and writes the rejected-rows file", async () => {
    const ctx = newContext();
    const good = RECEPTION_LINES[0]!;
    const file = receptionCsv(tempDir(), [
      good,
      ["2", "30/02/2025", "Thường xuyên", "Trần Thị Bình", "Mai Văn Tâm", "", "", "1", "Hỏi thủ tục đăng ký kết hôn", "Kiến nghị", "Hướng dẫn", ""],
      ["3", "03/03/2025", "Thường xuyên", "Trần Thị Bình", "Mai Văn Tâm", "", "", "1", "", "Kiến nghị", "Hướng dẫn", ""],
      ["4", "04/03/2025", "Thường xuyên", "Trần Thị Bình", "Mai Văn Tâm", "", "", "1", "Hỏi đường đến trụ sở", "Hỏi đường", "Hướng dẫn", ""],
      ["5", "05/03/2025", "Hằng tuần", "Trần Thị Bình", "Mai Văn Tâm", "", "", "nhiều", "Đề nghị sửa đường", "Kiến nghị", "Trả lời", ""],
      good,
    ]);
    const r = await importRegister(ctx, "receptions", fromFile(file));
    expect(r.inserted).toBe(1);
    expect(r.rejected).toEqual([
      { row: 3, reason: "Ngày “30/02/2025” ở cột “Thời gian tiếp” không phải ngày hợp lệ." },
      { row: 4, reason: "Thiếu nội dung (cột “Tóm tắt nội dung”)." },
      { row: 5, reason: "Giá trị “Hỏi đường” ở cột “Phân loại vụ việc” không nhận ra; cần một trong: Khiếu nại, Tố cáo, Kiến nghị, phản ánh." },
      { row: 6, reason: "Giá trị “Hằng tuần” ở cột “Loại tiếp” không nhận ra; cần một trong: Thường xuyên, Định kỳ, Đột xuất." },
      { row: 7, reason: "Trùng với dòng 2 (cùng ngày tiếp, họ tên công dân, nội dung)." },
    ]);
    expect(rowsOf(ctx, "SELECT rejected FROM import_batches")).toEqual([{ rejected: 5 }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rejectedFile!.content as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(r.rejectedFile!.fileName).toBe("so-tiep-cong-dan - dong bi tu choi.xlsx");
    expect(ws.getRow(1).getCell(13).value).toBe("Lý do");
    expect(ws.getRow(2).getCell(2).value).toBe("30/02/2025");
    expect(ws.getRow(2).getCell(14).value).toBe(3);
    expect(ws.rowCount).toBe(6);
    ctx.store.close();
  });

  it("reads a count through the one number parser: '1,5' or '1.200' people is refused, never cut to 1; '2 người' and '1.000' are read", async () => {
    const ctx = newContext();
    const line = (n: string, count: string, content: string) => [n, "06/01/2025", "Thường xuyên", "Trần Thị Bình", `Công dân ${n}`, "", "", count, content, "Kiến nghị, phản ánh", "Hướng dẫn", ""];
    const counts = ["1,5", "2 người", "1.200", "0", "1.000"];
    const file = receptionCsv(
      tempDir(),
      counts.map((c, i) => line(String(i + 1), c, `Nội dung ${i + 1}`)),
    );
    const r = await importRegister(ctx, "receptions", fromFile(file));
    const refused = (row: number, text: string) => ({ row, reason: `Số người “${text}” ở cột “Số lượt” phải là số nguyên từ 1 đến 1.000.` });
    expect(r.rejected).toEqual([refused(2, "1,5"), refused(4, "1.200"), refused(5, "0")]);
    expect(rowsOf(ctx, "SELECT people_count FROM receptions ORDER BY id")).toEqual([{ people_count: 2 }, { people_count: 1000 }]);
    ctx.store.close();
  });

  it("rejects a staff row with two birth dates, a plan row done but not finished, a document of no known kind", async () => {
    const ctx = newContext();
    const dir = tempDir();
    const roster = path.join(dir, "can-bo.csv");
    writeFileSync(roster, ["Họ và tên;Ngày sinh Nam;Ngày sinh Nữ;Lý luận chính trị", "Nguyễn Văn An;01/02/1980;03/04/1981;", "Trần Văn Bảo;;;Tiến sĩ"].join("\n"));
    expect((await importRegister(ctx, "staff", fromFile(roster))).rejected).toEqual([
      { row: 2, reason: "Có ngày sinh ở cả cột “Ngày sinh Nam” và cột “Ngày sinh Nữ”." },
      { row: 3, reason: "Giá trị “Tiến sĩ” ở cột “Lý luận chính trị” không nhận ra; cần một trong: Cao cấp, Cử nhân, Trung cấp, Sơ cấp." },
    ]);
    const plan = path.join(dir, "ke-hoach.csv");
    writeFileSync(plan, ["Nhiệm vụ;Thời hạn;Tình trạng;Ngày hoàn thành", "Họp giao ban;Tháng 13;;", "Rà soát TTHC;Quý III;Đang thực hiện;05/08/2025"].join("\n"));
    expect((await importRegister(ctx, "plan_tasks", fromFile(plan), { year: 2025 })).rejected).toEqual([
      { row: 2, reason: "Thời gian “Tháng 13” ở cột “Thời hạn” có ngày không hợp lệ." },
      { row: 3, reason: "Có ngày hoàn thành ở cột “Ngày hoàn thành” nhưng tình trạng là “Đang thực hiện”." },
    ]);
    const docs = path.join(dir, "van-ban.csv");
    writeFileSync(docs, ["Số ký hiệu;Ngày ban hành;Trích yếu", "17;12/03/2025;Giấy mời họp"].join("\n"));
    expect((await importRegister(ctx, "documents", fromFile(docs))).rejected).toEqual([{ row: 2, reason: "Không rõ loại văn bản: cột “Loại văn bản” trống và số, ký hiệu “17” không cho biết loại." }]);
    ctx.store.close();
  });

  it("uses the mapping the user chose", async () => {
    const ctx = newContext();
    const file = receptionCsv(tempDir());
    const preview = await previewRegisterImport(ctx, "receptions", fromFile(file), { mapping: { result: "", citizenAddress: "Kết quả giải quyết" } });
    expect(preview.mapping).toMatchObject({ citizenAddress: "Kết quả giải quyết" });
    expect(preview.mapping.result).toBeUndefined();
    await importRegister(ctx, "receptions", fromFile(file), { mapping: { result: "" } });
    expect(ctx.store.sqlite.prepare("SELECT count(*) FROM receptions WHERE result IS NOT NULL").pluck().get()).toBe(0);
    ctx.store.close();
  });
});

describe("bad input leaves the store as it was", () => {
  const refusals: [string, ImportableRegister, (dir: string) => string, RegExp][] = [
    [
      "a PNG renamed .xlsx",
      "documents",
      (d) => (writeFileSync(path.join(d, "anh.xlsx"), Buffer.from("89504e470d0a1a0a0000000d4948445200000001", "hex")), path.join(d, "anh.xlsx")),
      /^Tệp "anh\.xlsx": không phải tệp Excel \.xlsx hợp lệ/,
    ],
    ["a file with no header", "staff", (d) => (writeFileSync(path.join(d, "luong.csv"), "Mã;Hệ số lương\n1;4,4\n"), path.join(d, "luong.csv")), /^Tệp "luong\.csv": không tìm thấy dòng tiêu đề/],
    [
      "a file without a required column",
      "documents",
      (d) => (writeFileSync(path.join(d, "vb.csv"), "Số, ký hiệu;Ngày tháng\n15/QĐ-UBND;10/01/2025\n"), path.join(d, "vb.csv")),
      /^Tệp "vb\.csv" thiếu cột “Trích yếu nội dung”/,
    ],
    [
      "a plan without its year",
      "plan_tasks",
      (d) => (writeFileSync(path.join(d, "kh.csv"), "Nhiệm vụ;Thời hạn\nHọp;Tháng 3\n"), path.join(d, "kh.csv")),
      /^Tệp "kh\.csv": hãy cho biết phụ lục nhiệm vụ Kế hoạch CCHC này của năm nào/,
    ],
  ];
  for (const [what, register, make, message] of refusals) {
    it(`refuses ${what} with a Vietnamese message naming the file`, async () => {
      const ctx = newContext();
      await importRegister(ctx, "staff", fromFile(await rosterWorkbook(tempDir())));
      const before = everyTableCount(ctx);
      const error = await importRegister(ctx, register, fromFile(make(tempDir()))).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(message);
      expect(everyTableCount(ctx)).toEqual(before);
      ctx.store.close();
    });
  }
});

describe("undoing a register import", () => {
  it("removes exactly the batch's rows (and what belongs to them), newest first", async () => {
    const ctx = newContext();
    const dir = tempDir();
    const first = await importRegister(ctx, "staff", fromFile(await rosterWorkbook(dir)));
    const later = path.join(dir, "bo-sung.csv");
    writeFileSync(later, ["Họ tên;Năm sinh;Giới tính;Phòng ban", "Trần Thị Bình;20/11/1988;Nữ;VP", "Đinh Văn Phúc;02/09/1995;Nam;KT"].join("\n"));
    const second = await importRegister(ctx, "staff", fromFile(later));
    expect(second).toMatchObject({ inserted: 1, unchanged: 1 });
    expect(registerImportHistory(ctx, "staff").map((b) => [b.id, b.canUndo])).toEqual([
      [second.batchId, true],
      [first.batchId, false],
    ]);
    expect(registerImportHistory(ctx, "documents")).toEqual([]);
    expect(() => undoRegisterImport(ctx, first.batchId!)).toThrowError(/Chỉ hoàn tác được lần nhập mới nhất/);
    expect(undoRegisterImport(ctx, second.batchId!)).toEqual({ batchId: second.batchId, removed: 1 });
    expect(rowsOf(ctx, "SELECT full_name FROM staff ORDER BY id").length).toBe(5);
    expect(ctx.store.sqlite.prepare("SELECT count(*) FROM staff_statuses").pluck().get()).toBe(5);
    expect(registerImportHistory(ctx, "staff")[0]).toMatchObject({ undoneBy: "Văn thư", undoneAt: "2025-07-02 09:00:00", canUndo: false });
    expect(() => undoRegisterImport(ctx, second.batchId!)).toThrowError(/đã được hoàn tác/);
    expect(undoRegisterImport(ctx, first.batchId!)).toEqual({ batchId: first.batchId, removed: 5 });
    expect(ctx.store.sqlite.prepare("SELECT (SELECT count(*) FROM staff) + (SELECT count(*) FROM staff_statuses)").pluck().get()).toBe(0);
    expect(() => undoRegisterImport(ctx, "khong-co")).toThrowError('Không có lần nhập sổ theo dõi "khong-co".');
    ctx.store.close();
  });
});

describe("the registers.import API", () => {
  it("previews, runs, lists and undoes through the dispatcher", async () => {
    const ctx = newContext();
    const file = await documentsWorkbook(tempDir());
    const input = { register: "documents", fileName: path.basename(file), contentBase64: readFileSync(file).toString("base64") };
    const preview = await dispatch(ctx, "registers.import.preview", input);
    expect(preview).toMatchObject({ ok: true, value: { headerRow: 2, dataRows: 5, missingFields: [] } });
    const dry = await dispatch(ctx, "registers.import.run", { ...input, dryRun: true });
    expect(dry).toMatchObject({ ok: true, value: { batchId: null, inserted: 5, dryRun: true, notes: [], rejectedFile: null } });
    const run = await dispatch(ctx, "registers.import.run", input);
    if (!run.ok) throw new Error(run.error.message);
    const { batchId } = run.value as { batchId: string };
    expect(await dispatch(ctx, "registers.import.history", { register: "documents" })).toMatchObject({ ok: true, value: [{ id: batchId, inserted: 5, canUndo: true }] });
    expect(await dispatch(ctx, "registers.import.undo", { batchId })).toEqual({ ok: true, value: { batchId, removed: 5 } });
    expect(await dispatch(ctx, "registers.import.run", { ...input, register: "quotas" })).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    ctx.store.close();
  });
});
