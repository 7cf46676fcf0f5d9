import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ApiResult } from "../../core/api/contract";
import { dispatch } from "../../core/api/dispatch";
import { listAudit, type AuditRow } from "../../core/audit-query";
import { changeText, UNLABELLED } from "../../core/audit-words";
import type { AppContext } from "../../core/context";
import { REGISTERS } from "../../core/records/registers";
import { REGISTER_KEYS } from "../../core/records/registers/keys";
import { dateWords, numberWords, valueWords } from "../../core/value-words";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";
import { programText } from "../fixtures/program-words";
import { formInColumnB } from "../fixtures/province-forms";
import { documentsWorkbook } from "../fixtures/register-files";

const commune = demoCommune("cchc-nhat-ky-chu-");

async function ok<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

/** A row as the screen and the printout show it. */
const rendered = (r: AuditRow) => [r.actionLabel, r.entityLabel, r.subject ?? "", changeText(r.action, r.changes)].join(" | ");

type Row = { id: number } & Record<string, unknown>;

/** A delete, an edit and an add on one register: A deleted, B given A's values, B's old values added anew. */
async function changeRegister(ctx: AppContext, register: (typeof REGISTER_KEYS)[number]) {
  const d = REGISTERS[register];
  const { rows } = await ok<{ rows: Row[] }>(dispatch(ctx, "registers.list", { register }));
  const [a, b] = rows as [Row, Row];
  const values = (r: Row) => Object.fromEntries(d.fields.map((f) => [f.key, r[f.key]]));
  await ok(dispatch(ctx, "registers.delete", { register, id: a.id }));
  await ok(dispatch(ctx, "registers.save", { register, record: { ...values(a), id: b.id } }));
  await ok(dispatch(ctx, "registers.save", { register, record: values(b) }));
}

/** One change of every kind the app records, through the API, on the demo commune. */
async function changeEverything(ctx: AppContext) {
  for (const register of REGISTER_KEYS) await changeRegister(ctx, register);

  const procedures = await ok<Row[]>(dispatch(ctx, "procedures.list", {}));
  const [p, q] = procedures as [Row, Row];
  const procedure = (r: Row) => ({
    code: r.code,
    name: r.name,
    field: r.field,
    atCentre: r.atCentre,
    onlineEligible: r.onlineEligible,
    onlineFull: r.onlineFull,
    locationIndependent: r.locationIndependent,
    active: r.active,
  });
  await ok(dispatch(ctx, "procedures.delete", { id: p.id }));
  await ok(dispatch(ctx, "procedures.save", { ...procedure(p), id: q.id }));
  await ok(dispatch(ctx, "procedures.save", { ...procedure(q), active: false }));

  const file = await documentsWorkbook(commune.dir);
  const run = await ok<{ batchId: string }>(dispatch(ctx, "registers.import.run", { register: "documents", fileName: path.basename(file), contentBase64: readFileSync(file).toString("base64") }));
  await ok(dispatch(ctx, "registers.import.undo", { batchId: run.batchId }));

  const period = DEMO_WINDOW;
  await ok(dispatch(ctx, "report.setValue", { period, code: "tai_chinh.ngan_sach.thu", value: 1234.5, reason: "Theo báo cáo của phòng" }));
  await ok(dispatch(ctx, "report.setValue", { period, code: "tai_chinh.ngan_sach.thu", value: 3, reason: "Số đã đối chiếu" }));
  await ok(dispatch(ctx, "report.setValue", { period, code: "tai_chinh.ngan_sach.thu", value: null }));
  await ok(dispatch(ctx, "report.setValue", { period, code: "chidao.sang_kien.so", value: 2 }));
  await ok(dispatch(ctx, "report.setValue", { period, code: "chidao.kh.tong", value: 99, reason: "Thêm nhiệm vụ phát sinh" }));

  await ok(dispatch(ctx, "outline.saveText", { outlineId: DEMO_OUTLINE, period, itemKey: "I.1.1", departmentCode: "VP", body: "Nội dung sửa lại." }));
  const documents = await ok<{ rows: Row[] }>(dispatch(ctx, "registers.list", { register: "documents" }));
  const evidence = { outlineId: DEMO_OUTLINE, period, itemKey: "I.1.1", documentId: documents.rows[0]!.id };
  await ok(dispatch(ctx, "outline.linkEvidence", { ...evidence, linked: true }));
  await ok(dispatch(ctx, "outline.linkEvidence", { ...evidence, linked: false }));
  const inspection = { date: "2025-10-20", timeFrom: "08:00", timeTo: "11:30", team: "Đoàn kiểm tra của thành phố", place: "Hội trường UBND xã", responsible: { VP: "Nguyễn Anh Vinh" } };
  await ok(dispatch(ctx, "outline.setInspection", { outlineId: DEMO_OUTLINE, inspection }));
  await ok(dispatch(ctx, "packages.setDeadline", { outlineId: DEMO_OUTLINE, period, departmentCode: "VP", deadline: "2025-10-05 17:00" }));

  const exported = await ok<{ fileName: string; contentBase64: string }>(dispatch(ctx, "report.exportXlsx", { period }));
  const kept = await ok<{ id: number }>(dispatch(ctx, "outbox.keep", { fileName: exported.fileName, contentBase64: exported.contentBase64, kind: "phu_luc_3", period }));
  await ok(dispatch(ctx, "outbox.markSent", { id: kept.id, via: "email", note: "Gửi Phòng Nội vụ", at: "2025-10-10 09:15" }));

  const unit = await ok<Record<string, unknown>>(dispatch(ctx, "unit.get", {}));
  const signers = unit.signers as Row[];
  await ok(dispatch(ctx, "unit.save", { ...unit, address: "Thôn Đông, xã Cẩm Giang", signers: signers.map((s, i) => ({ ...s, isDefault: i === signers.length - 1 })) }));

  await ok(dispatch(ctx, "backup.setFolder", { folder: path.join(commune.dir, "sao-luu-khac") }));
  await ok(dispatch(ctx, "report.template.set", { file: { fileName: "phu-luc-3-tinh.json", text: readFileSync("templates/phu-luc-3.json", "utf8") } }));
  await ok(dispatch(ctx, "report.template.set", { file: null }));
  await ok(dispatch(ctx, "store.setPassphrase", { current: null, next: "mat-khau-thu" }));

  const outline = { fileName: "de-cuong-2025.json", text: readFileSync(`templates/${DEMO_OUTLINE}.json`, "utf8") };
  await ok(dispatch(ctx, "outline.template.load", { file: outline }));
  await ok(dispatch(ctx, "outline.template.remove", { outlineId: DEMO_OUTLINE }));

  const form = await formInColumnB();
  const filling = { period, fileName: form.fileName, contentBase64: form.bytes.toString("base64"), saveMapping: true };
  const [row, code] = [...form.expected][0]!;
  await ok(dispatch(ctx, "report.fillForm", { ...filling, mapping: { [String(row)]: null } }));
  await ok(dispatch(ctx, "report.fillForm", { ...filling, mapping: { [String(row)]: code } }));

  const taken = await ok<{ file: string }>(dispatch(ctx, "backup.take", {}));
  await ok(dispatch(ctx, "backup.restore", { file: taken.file }));
}

describe("the change log in words", () => {
  it("shows every kind of change without a program's key, code or raw value", async () => {
    const ctx = commune.officer({ userName: "Trần Văn Nam", now: () => new Date("2025-10-08T02:00:00Z") });
    await changeEverything(ctx);
    const rows: AuditRow[] = [];
    for (let offset = 0; ; offset += 200) {
      const page = listAudit(ctx, { offset, limit: 200 });
      rows.push(...page.rows);
      if (rows.length >= page.total) break;
    }
    ctx.store.close();

    const kinds = new Set(rows.map((r) => `${r.entity} ${r.action}`));
    for (const table of Object.values(REGISTERS).map((d) => d.table)) for (const action of ["tao", "sua", "xoa"]) expect(kinds).toContain(`${table} ${action}`);
    for (const kind of [
      "procedures tao",
      "procedures sua",
      "procedures xoa",
      "documents nhap",
      "documents hoan_tac",
      "import_batches nhap",
      "indicator_values tao",
      "indicator_values sua",
      "indicator_values xoa",
      "noi_dung_de_cuong sua",
      "minh_chung tao",
      "minh_chung xoa",
      "buoi_kiem_tra sua",
      "han_phan_viec sua",
      "outbox_entries sua",
      "unit tao",
      "unit sua",
      "settings sua",
      "settings xoa",
      "de_cuong tao",
      "de_cuong xoa",
      "saved_mappings tao",
      "saved_mappings sua",
      "du_lieu khoi_phuc",
    ])
      expect(kinds).toContain(kind);

    const leaks = rows.map((r) => ({ entry: `${r.entity} ${r.action}`, raw: programText(rendered(r)) })).filter((l) => l.raw.length > 0);
    expect(leaks).toEqual([]);
    expect(rows.flatMap((r) => r.changes).filter((c) => c.label === UNLABELLED)).toEqual([]);
  }, 120_000);

  it("names people, states, channels and indicators as the forms do", async () => {
    const ctx = commune.officer({ userName: "Trần Văn Nam" });
    await changeEverything(ctx);
    const text = (entity: string) => listAudit(ctx, { entity, limit: 200 }).rows.map(rendered).join("\n");
    expect(text("outbox_entries")).toContain("Trạng thái: Chờ gửi → Đã gửi; Gửi lúc: 10/10/2025 09:15");
    expect(text("outbox_entries")).toContain("Gửi qua: Thư điện tử");
    expect(text("indicator_values")).toMatch(/mục I, STT \d+ – .*kỳ 01\/07\/2025 – 09\/10\/2025, nhập tay/);
    expect(text("indicator_values")).toContain("Số liệu: 1.234,5 → 3");
    const statuses = listAudit(ctx, { entity: "staff_statuses", action: "xoa" }).rows[0]!;
    expect(statuses.changes.find((c) => c.label === "Cán bộ, công chức")?.before).toMatch(/^\p{Lu}\p{Ll}+ /u);
    expect(text("receptions")).not.toMatch(/thuong_xuyen|dinh_ky/);
    expect(text("han_phan_viec")).toContain("Văn phòng HĐND và UBND");
    expect(text("han_phan_viec")).toContain("05/10/2025 17:00");
    expect(text("saved_mappings")).toMatch(/Chỉ tiêu của từng dòng: dòng \d+: để trống → dòng \d+: mục [IVX]+, STT \d+ – /);
    expect(text("du_lieu")).toContain("Khôi phục từ tệp: ");
    expect(text("de_cuong")).toContain("Tên đề cương: Đề cương báo cáo phục vụ kiểm tra");
    ctx.store.close();
  }, 120_000);
});

describe("a stored value in words", () => {
  it("writes numbers, days, moments and yes-or-no as Vietnamese forms do", () => {
    expect(numberWords(1234.5)).toBe("1.234,5");
    expect(dateWords("2025-10-16")).toBe("16/10/2025");
    expect(dateWords("2025-10-16 13:30:00")).toBe("16/10/2025 13:30");
    expect(valueWords(false)).toBe("Không");
    expect(valueWords({ sheet: "Biểu 1", rows: [4764, true] })).toBe("Biểu 1; 4.764; Có");
    expect(valueWords("")).toBeNull();
  });
});
