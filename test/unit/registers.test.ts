import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { dispatch } from "../../core/api/dispatch";
import type { AppContext } from "../../core/context";
import { defaultCatalogue } from "../../core/indicators/catalogue";
import { REGISTERS } from "../../core/records/registers";
import type { FieldDescriptor } from "../../core/records/registers/descriptor";
import { FINANCE_CODES } from "../../core/records/registers/finance";
import { REGISTER_KEYS, type RegisterKey } from "../../core/records/registers/keys";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();

type Row = { id: number } & Record<string, unknown>;
type Result = Awaited<ReturnType<typeof dispatch>>;

const ok = <T>(r: Result): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};

/** A store with its unit (and so its five departments) and one staff member to point at. */
async function newStore(): Promise<{ ctx: AppContext; staffId: number }> {
  const ctx = createAppContext({ storePath: path.join(tempDir(), "x.sqlite"), userName: "Văn thư" });
  ok(await dispatch(ctx, "unit.save", { name: "Xã Cẩm Giang", kind: "xa", provinceName: "Thành phố Hải Phòng", placeName: "Cẩm Giang", profileId: "hai-phong", address: null }));
  const staff = ok<Row>(await dispatch(ctx, "registers.save", { register: "staff", record: { fullName: "Phạm Thị Lan", category: "cong_chuc" } }));
  return { ctx, staffId: staff.id };
}

interface Case {
  /** A valid record, with a value holding "Nguyễn Văn" or another word with diacritics. */
  record: (staffId: number) => Record<string, unknown>;
  /** An edit: a field and its new value. */
  edit: Record<string, unknown>;
  /** Typed without diacritics, finds the record. */
  search: string;
}

const CASES: Record<RegisterKey, Case> = {
  plan_tasks: {
    record: () => ({
      year: 2025,
      area: "Cải cách thể chế",
      title: "Rà soát văn bản quy phạm pháp luật",
      leadUnit: "Văn phòng HĐND và UBND",
      deadlineText: "Quý III",
      deadline: "2025-09-30",
      status: "dang_thuc_hien",
    }),
    edit: { status: "hoan_thanh", completedDate: "2025-09-20" },
    search: "ra soat van ban",
  },
  assigned_tasks: {
    record: () => ({
      title: "Báo cáo tình hình thu, chi ngân sách",
      sourceDocument: "Văn bản số 1520/UBND-KT",
      assignedBy: "UBND thành phố",
      assignedDate: "2025-08-04",
      deadline: "2025-08-20",
      departmentCode: "KT",
    }),
    edit: { completedDate: "2025-08-18" },
    search: "thu, chi ngan sach",
  },
  staff: {
    record: () => ({
      fullName: "Nguyễn Văn An",
      birthDate: "1990-05-12",
      gender: "nam",
      departmentCode: "VP",
      position: "Chuyên viên",
      category: "cong_chuc",
      education: "dai_hoc",
      politicalTheory: "trung_cap",
      startDate: "2025-07-01",
    }),
    edit: { position: "Phó Chánh Văn phòng" },
    search: "nguyen van",
  },
  staff_statuses: {
    record: (staffId) => ({ staffId, status: "dang_cong_tac", fromDate: "2025-07-01", note: "Tiếp nhận từ xã cũ" }),
    edit: { status: "nghi_huu", fromDate: "2025-12-01" },
    search: "pham thi lan",
  },
  quotas: {
    record: () => ({ year: 2026, quota: 32, decision: "Quyết định số 15/QĐ-UBND về giao biên chế" }),
    edit: { quota: 31 },
    search: "giao bien che",
  },
  discipline: {
    record: (staffId) => ({ staffId, form: "khien_trach", decisionNumber: "125/QĐ-UBND", decisionDate: "2025-10-02", reason: "Để hồ sơ quá hạn" }),
    edit: { form: "canh_cao" },
    search: "khien trach",
  },
  receptions: {
    record: () => ({
      date: "2025-10-15",
      sessionKind: "dinh_ky",
      host: "Chủ tịch UBND xã",
      citizenName: "Nguyễn Văn Bình",
      citizenIdNumber: "031090001234",
      content: "Kiến nghị về đường liên thôn",
      classification: "kien_nghi_phan_anh",
      handling: "tra_loi",
    }),
    edit: { peopleCount: 3 },
    search: "nguyen van binh",
  },
  complaints: {
    record: () => ({ receivedDate: "2025-09-10", kind: "khieu_nai", senderName: "Trần Thị Hồng", content: "Khiếu nại kết quả đo đạc thửa đất", withinCompetence: true }),
    edit: { resolvedDate: "2025-10-20", result: "Đã giải quyết" },
    search: "do dac thua dat",
  },
  documents: {
    record: () => ({
      numberSymbol: "623/UBND-VHXH",
      date: "2025-10-06",
      kind: "Công văn",
      issuer: "UBND xã Cẩm Giang",
      summary: "Về việc triển khai kế hoạch cải cách hành chính",
      isLegalNormative: false,
      electronic: true,
      digitallySigned: null,
      departmentCode: "VHXH",
    }),
    edit: { digitallySigned: true },
    search: "cai cach hanh chinh",
  },
  inspections: {
    record: () => ({ date: "2025-09-18", inspectedUnit: "Trung tâm Phục vụ hành chính công", subject: "Kiểm tra việc số hóa hồ sơ", issuesFound: 4, issuesFixed: 1 }),
    edit: { issuesFixed: 4 },
    search: "so hoa ho so",
  },
  communication: {
    record: () => ({ date: "2025-08-12", kind: "phat_thanh", title: "Tuyên truyền dịch vụ công trực tuyến", channel: "Đài truyền thanh xã", departmentCode: "TTVH", quantity: 6 }),
    edit: { quantity: 8 },
    search: "dai truyen thanh",
  },
  legal_reviews: {
    record: () => ({ kind: "ra_soat", reviewDate: "2025-08-20", documentRef: "Quyết định số 12/2019/QĐ-UBND về quản lý chợ", needsHandling: true }),
    edit: { handledDate: "2025-10-01" },
    search: "quan ly cho",
  },
  finance: {
    record: () => ({ year: 2025, asOf: "2025-09-09", code: "tai_chinh.ngan_sach.thu", value: 18250.5, note: "Số liệu Phòng Kinh tế" }),
    edit: { value: 18300 },
    search: "thu ngan sach",
  },
  pakn: {
    record: () => ({ code: "PAKN-01", receivedDate: "2025-07-03", dueDate: "2025-07-13", procedureName: "Đăng ký khai sinh", field: "Hộ tịch", senderName: "Nguyễn Văn Cường" }),
    edit: { resolvedDate: "2025-07-10" },
    search: "nguyen van cuong",
  },
  satisfaction: {
    record: () => ({ periodFrom: "2025-07-01", periodTo: "2025-09-30", field: "Đất đai", rated: 40, satisfied: 35 }),
    edit: { satisfied: 38 },
    search: "dat dai",
  },
};

/** The valid record of a register. */
const c = (register: RegisterKey, staffId: number) => CASES[register].record(staffId);

const count = (ctx: AppContext, table: string) => (ctx.store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const auditCount = (ctx: AppContext) => count(ctx, "audit_log");

/** Saving `record` is refused with a message holding every fragment, and nothing is written. */
async function refused(ctx: AppContext, register: RegisterKey, record: Record<string, unknown>, ...fragments: string[]): Promise<void> {
  const table = REGISTERS[register].table;
  const [rows, audits] = [count(ctx, table), auditCount(ctx)];
  const r = await dispatch(ctx, "registers.save", { register, record });
  expect(r.ok, JSON.stringify(record)).toBe(false);
  if (!r.ok) for (const f of fragments) expect(r.error.message).toContain(f);
  expect([count(ctx, table), auditCount(ctx)]).toEqual([rows, audits]);
}

const firstOf = (register: RegisterKey, test: (f: FieldDescriptor) => boolean) => REGISTERS[register].fields.find(test);

describe("every register through the API", () => {
  it.each(REGISTER_KEYS.map((k) => [k]))("%s: add, list, search without diacritics, edit, delete, all audited", async (register) => {
    const { ctx, staffId } = await newStore();
    const { table } = REGISTERS[register];
    const c = CASES[register];
    const auditsBefore = auditCount(ctx);

    const added = ok<Row>(await dispatch(ctx, "registers.save", { register, record: c.record(staffId) }));
    for (const [k, v] of Object.entries(c.record(staffId))) expect(added[k], k).toEqual(v);
    const listed = ok<{ rows: Row[] }>(await dispatch(ctx, "registers.list", { register })).rows;
    expect(listed.map((r) => r.id)).toContain(added.id);

    const found = ok<{ rows: Row[] }>(await dispatch(ctx, "registers.list", { register, search: c.search })).rows;
    expect(found.map((r) => r.id)).toContain(added.id);
    expect(ok<{ rows: Row[] }>(await dispatch(ctx, "registers.list", { register, search: "khong co dong nao nhu the nay" })).rows).toEqual([]);

    // A row as listed goes back with the change, names and shown values included.
    const edited = ok<Row>(await dispatch(ctx, "registers.save", { register, record: { ...added, ...c.edit } }));
    expect(edited.id).toBe(added.id);
    for (const [k, v] of Object.entries(c.edit)) expect(edited[k], k).toEqual(v);

    expect(ok(await dispatch(ctx, "registers.delete", { register, id: added.id }))).toEqual({ deleted: true });
    expect(ok<{ rows: Row[] }>(await dispatch(ctx, "registers.list", { register })).rows.map((r) => r.id)).not.toContain(added.id);
    expect(await dispatch(ctx, "registers.delete", { register, id: added.id })).toMatchObject({
      ok: false,
      error: { code: "record_unknown", message: `Không còn ${REGISTERS[register].noun} này (có thể đã bị xóa).` },
    });

    const audits = ctx.store.sqlite.prepare("SELECT user_name, action, entity, entity_id FROM audit_log WHERE id > ? ORDER BY id").all(auditsBefore);
    expect(audits).toEqual(["tao", "sua", "xoa"].map((action) => ({ user_name: "Văn thư", action, entity: table, entity_id: String(added.id) })));
    ctx.store.close();
  });

  it.each(REGISTER_KEYS.map((k) => [k]))("%s: refuses invalid records with the field named, and writes nothing", async (register) => {
    const { ctx, staffId } = await newStore();
    const record = c(register, staffId);
    const required = firstOf(register, (f) => !!f.required && !("default" in f && f.default !== undefined));
    if (required) {
      const { [required.key]: _, ...without } = record;
      await refused(ctx, register, without, `${required.label} không được để trống`);
    }
    const date = firstOf(register, (f) => f.type === "date");
    if (date) await refused(ctx, register, { ...record, [date.key]: "2025-02-30" }, `${date.label} “2025-02-30” không phải là ngày có thật`);
    const choice = firstOf(register, (f) => f.type === "enum");
    if (choice?.type === "enum") await refused(ctx, register, { ...record, [choice.key]: "khong_co" }, choice.label, choice.options[0]!.label);
    const text = firstOf(register, (f) => f.type === "text" || f.type === "longtext");
    if (text?.type === "text" || text?.type === "longtext") await refused(ctx, register, { ...record, [text.key]: "x".repeat(text.max + 1) }, `${text.label} dài quá`);
    await refused(ctx, register, { ...record, khongCo: 1 }, "khongCo");
    ctx.store.close();
  });
});

describe("the checks between fields and against the store", () => {
  it("says which field is wrong, in Vietnamese, and writes nothing", async () => {
    const { ctx, staffId } = await newStore();
    await refused(ctx, "assigned_tasks", { ...c("assigned_tasks", staffId), completedDate: "2025-08-01" }, "Ngày hoàn thành phải từ Ngày giao trở đi");
    await refused(ctx, "assigned_tasks", { ...c("assigned_tasks", staffId), deadline: "2025-08-01" }, "Hạn hoàn thành phải từ Ngày giao trở đi");
    await refused(ctx, "inspections", { ...c("inspections", staffId), issuesFixed: 5 }, "Số vấn đề đã xử lý xong không được lớn hơn Số vấn đề phát hiện");
    await refused(ctx, "inspections", { ...c("inspections", staffId), issuesFound: -1, issuesFixed: 0 }, "Số vấn đề phát hiện không được âm");
    await refused(ctx, "satisfaction", { ...c("satisfaction", staffId), satisfied: 41 }, "Số hài lòng không được lớn hơn số lượt đánh giá");
    await refused(ctx, "plan_tasks", { ...c("plan_tasks", staffId), status: "hoan_thanh" }, "Nhiệm vụ đã hoàn thành phải có Ngày hoàn thành");
    await refused(ctx, "plan_tasks", { ...c("plan_tasks", staffId), year: 1999 }, "Năm kế hoạch phải là năm từ 2000 đến 2100");
    await refused(ctx, "complaints", { ...c("complaints", staffId), resolvedDate: "2025-09-01" }, "Ngày giải quyết xong phải từ Ngày nhận đơn trở đi");
    await refused(ctx, "legal_reviews", { ...c("legal_reviews", staffId), needsHandling: false, handledDate: "2025-09-01" }, "Chỉ ghi Ngày xử lý xong khi văn bản cần xử lý");
    await refused(ctx, "receptions", { ...c("receptions", staffId), citizenIdNumber: "12345" }, "Số CCCD gồm 12 chữ số");
    await refused(ctx, "receptions", { ...c("receptions", staffId), peopleCount: 1.5 }, "Số người phải là số nguyên");
    await refused(ctx, "finance", { ...c("finance", staffId), asOf: "2027-01-10" }, "Số liệu đến ngày phải thuộc năm ngân sách hoặc năm sau đó");
    await refused(ctx, "finance", { ...c("finance", staffId), code: "tai_chinh.dvsn.nhom_3", value: 2.5 }, "Số đơn vị sự nghiệp công lập phải là số nguyên");
    await refused(ctx, "documents", { ...c("documents", staffId), date: "06/10/2025" }, "Ngày ban hành “06/10/2025” không đúng dạng năm-tháng-ngày");
    await refused(ctx, "documents", { ...c("documents", staffId), departmentCode: "XYZ" }, "Phòng tham mưu: không có phòng ban mã “XYZ”");
    await refused(ctx, "discipline", { ...c("discipline", staffId), staffId: staffId + 100 }, "Người bị kỷ luật: người này không còn trong danh sách cán bộ, công chức");
    const message = (await dispatch(ctx, "registers.save", { register: "documents", record: { ...c("documents", staffId), summary: " " } })) as { error: { message: string } };
    expect(message.error.message).toBe("Dữ liệu nhập không hợp lệ – Trích yếu không được để trống.");
    ctx.store.close();
  });

  it("keeps one quota per year and one finance figure per code and date", async () => {
    const { ctx, staffId } = await newStore();
    ok(await dispatch(ctx, "registers.save", { register: "quotas", record: c("quotas", staffId) }));
    await refused(ctx, "quotas", { year: 2026, quota: 30 }, "Năm này đã có chỉ tiêu biên chế");
    // A quota is keyed by its year: editing the year moves the row.
    const moved = ok<Row>(await dispatch(ctx, "registers.save", { register: "quotas", record: { id: 2026, year: 2027, quota: 33 } }));
    expect(moved).toMatchObject({ id: 2027, year: 2027, quota: 33 });
    expect(ok<{ rows: Row[] }>(await dispatch(ctx, "registers.list", { register: "quotas" })).rows.map((r) => r.year)).toEqual([2027]);

    const figure = ok<Row>(await dispatch(ctx, "registers.save", { register: "finance", record: c("finance", staffId) }));
    expect(figure.enteredBy).toBe("Văn thư");
    await refused(ctx, "finance", { ...c("finance", staffId), value: 1 }, "Đã có số liệu của chỉ tiêu này cho cùng năm và cùng ngày");
    ok(await dispatch(ctx, "registers.save", { register: "finance", record: { ...figure, value: 1 } }));
    ctx.store.close();
  });

  it("shows a staff member's latest status, finds history by name, and deletes the history with the person", async () => {
    const { ctx, staffId } = await newStore();
    const status = (rows: Row[]) => rows.find((r) => r.id === staffId)!.currentStatus;
    const list = async () => ok<{ rows: Row[] }>(await dispatch(ctx, "registers.list", { register: "staff" })).rows;
    expect(status(await list())).toBeNull();
    ok(await dispatch(ctx, "registers.save", { register: "staff_statuses", record: { staffId, status: "dang_cong_tac", fromDate: "2025-07-01" } }));
    ok(await dispatch(ctx, "registers.save", { register: "staff_statuses", record: { staffId, status: "chuyen_cong_tac", fromDate: "2025-11-03" } }));
    expect(status(await list())).toBe("chuyen_cong_tac");
    ok(await dispatch(ctx, "registers.save", { register: "discipline", record: { staffId, form: "canh_cao", decisionDate: "2025-10-01" } }));
    const history = ok<{ rows: Row[] }>(await dispatch(ctx, "registers.list", { register: "staff_statuses", search: "PHAM THI" })).rows;
    expect(history.map((r) => [r.status, r.staffIdName])).toEqual([
      ["chuyen_cong_tac", "Phạm Thị Lan"],
      ["dang_cong_tac", "Phạm Thị Lan"],
    ]);
    expect(ok<{ rows: Row[] }>(await dispatch(ctx, "registers.list", { register: "discipline", search: "canh cao" })).rows).toHaveLength(1);

    ok(await dispatch(ctx, "registers.delete", { register: "staff", id: staffId }));
    expect([count(ctx, "staff_statuses"), count(ctx, "discipline_records")]).toEqual([0, 0]);
    const audit = ctx.store.sqlite.prepare("SELECT old_value FROM audit_log WHERE entity = 'staff' AND action = 'xoa'").get() as { old_value: string };
    const removed = JSON.parse(audit.old_value) as { fullName: string; removedWith: Record<string, unknown[]> };
    expect(removed.fullName).toBe("Phạm Thị Lan");
    expect(Object.fromEntries(Object.entries(removed.removedWith).map(([t, rows]) => [t, rows.length]))).toEqual({ staff_statuses: 2, discipline_records: 1 });
    ctx.store.close();
  });

  it("reads booleans as booleans and searches enum values by their Vietnamese label", async () => {
    const { ctx, staffId } = await newStore();
    ok(await dispatch(ctx, "registers.save", { register: "documents", record: c("documents", staffId) }));
    const [doc] = ok<{ rows: Row[] }>(await dispatch(ctx, "registers.list", { register: "documents", search: "van ban di" })).rows;
    expect(doc).toMatchObject({ isLegalNormative: false, electronic: true, digitallySigned: null, direction: "di", departmentCodeName: "Phòng Văn hóa - Xã hội" });
    ok(await dispatch(ctx, "registers.save", { register: "receptions", record: c("receptions", staffId) }));
    expect(ok<{ rows: Row[] }>(await dispatch(ctx, "registers.list", { register: "receptions", search: "dinh ky" })).rows).toHaveLength(1);
    ctx.store.close();
  });

  it("labels the finance codes as Phụ lục 3 does, for every figure entered by hand", () => {
    const indicators = defaultCatalogue().sections.flatMap((s) => s.indicators);
    const manual = indicators.filter((i) => i.code.startsWith("tai_chinh.") && i.source === "M");
    expect(FINANCE_CODES.map((o) => o.value)).toEqual(manual.map((i) => i.code));
    for (const i of manual) expect(FINANCE_CODES.find((o) => o.value === i.code)!.label).toContain(i.label.replace(/^– /, ""));
  });
});
