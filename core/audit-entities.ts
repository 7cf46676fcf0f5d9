/**
 * How each kind of audited record is worded in the change log: its fields by
 * the labels of the forms that enter them, its values by their words, and
 * the record it is about ("số 16/KH-UBND", "Văn phòng HĐND và UBND, kỳ …").
 * Registers are worded from their descriptors; the rest are listed here.
 */
import { UNIT_KIND_LABELS, type UnitKind } from "./default-departments";
import { formatFileSize } from "./file-size";
import { OUTBOX_STATES, SENT_VIA } from "./outbox/labels";
import { REGISTERS } from "./records/registers";
import { nameKeyOf, optionLabel, type FieldDescriptor, type RegisterDescriptor, type RegisterRow } from "./records/registers/descriptor";
import { recordLabel } from "./record-labels";
import { dateWords, flagWords, valueWords, windowWords } from "./value-words";
import { SIGN_MODE_LABELS, SIGNER_POSITION_LABELS } from "./signer-labels";

/** The names behind the codes and ids a change keeps, read from the store when the log is shown. */
export interface AuditNames {
  department(code: string): string | null;
  staff(id: number): string | null;
  /** "mục I, STT 1 – Tổng số nhiệm vụ …" */
  indicator(code: string): string | null;
  outline(id: string): string | null;
  /** "tệp ds.xlsx nhập lúc 08/10/2025 09:00" */
  batch(id: string): string | null;
  profile(id: string): string | null;
}

type Record_ = Record<string, unknown>;
export type Words = (value: unknown, record: Record_, names: AuditNames) => string | null;

export interface FieldWording {
  label: string;
  /** valueWords unless said. */
  words?: Words;
}

export interface EntityWording {
  fields: Record<string, FieldWording>;
  /** Keys kept only to word another field (the name behind a code). */
  hidden?: readonly string[];
  /** The record an entry is about, from its id and its value (after, else before). */
  subject?: (entityId: string | null, value: unknown, names: AuditNames) => string | null;
  /** Values stored in another shape than they read (a bare mapping, a pair of paths). */
  reshape?: (before: unknown, after: unknown) => [unknown, unknown];
}

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
const isRecord = (v: unknown): v is Record_ => typeof v === "object" && v !== null && !Array.isArray(v);
const words =
  (labels: Record<string, string>): Words =>
  (v) =>
    labels[String(v)] ?? valueWords(v);
const departmentName = (names: AuditNames, code: unknown) => (typeof code === "string" ? (names.department(code) ?? code) : null);
const joined = (parts: (string | null)[]) => parts.filter(Boolean).join(", ");

function registerFieldWords(f: FieldDescriptor): Words {
  switch (f.type) {
    case "bool":
      return (v) => (typeof v === "boolean" ? flagWords(v) : v === 1 || v === 0 ? flagWords(v === 1) : null);
    case "date":
      return (v) => (typeof v === "string" && v ? dateWords(v) : null);
    case "year":
      return (v) => (v === null || v === undefined ? null : String(v));
    case "enum":
      return (v) => (v === null || v === undefined || v === "" ? null : optionLabel(f.options, v));
    case "department":
      return (v, r, names) => (v ? String(r[nameKeyOf(f.key)] ?? departmentName(names, v)) : null);
    case "staff":
      return (v, r, names) => (v ? ((r[nameKeyOf(f.key)] as string | undefined) ?? names.staff(Number(v)) ?? null) : null);
    case "text":
    case "longtext":
      return (v) => (v === null || v === undefined || v === "" ? null : String(v));
    default:
      return valueWords;
  }
}

/** Rows deleted with a record, as the store held them (columns, not keys): each by its register's labels. */
const removedRows: Words = (v, _r, names) => {
  if (!isRecord(v)) return valueWords(v);
  return Object.entries(v)
    .map(([table, rows]) => {
      const fields = (Object.values(REGISTERS).find((d) => d.table === table)?.fields ?? []).filter((f) => f.type !== "staff");
      const each = (rows as Record_[]).map((row) =>
        joined(
          fields.map((f) => {
            const shown = registerFieldWords(f)(row[f.column], {}, names);
            return shown === null ? null : `${f.label} ${shown}`;
          }),
        ),
      );
      return `${recordLabel(table)}: ${each.join("; ")}`;
    })
    .join(". ");
};

function registerWording(d: RegisterDescriptor): EntityWording {
  const fields: Record<string, FieldWording> = {};
  for (const f of d.fields) fields[f.key] = { label: f.label, words: registerFieldWords(f) };
  for (const s of d.shown ?? []) fields[s.key] = { label: s.label, words: s.options ? words(Object.fromEntries(s.options.map((o) => [o.value, o.label]))) : valueWords };
  fields.removedWith = { label: "Xóa kèm", words: removedRows };
  return {
    fields,
    hidden: d.fields.filter((f) => f.type === "department" || f.type === "staff").map((f) => nameKeyOf(f.key)),
    subject: (_id, value) => (isRecord(value) ? d.name(value as RegisterRow) : null),
  };
}

/** What an import or its undoing changed, whichever register it filled. */
export const IMPORT_WORDING: EntityWording = {
  fields: {
    fileName: { label: "Tệp" },
    inserted: { label: "Thêm mới" },
    updated: { label: "Cập nhật" },
    unchanged: { label: "Không đổi" },
    rejected: { label: "Bị từ chối" },
    removed: { label: "Đã gỡ bỏ" },
    restored: { label: "Trả lại như trước khi nhập" },
    kind: { label: "Loại", words: words({ demo: "Dữ liệu mẫu" }) },
    seed: { label: "Bộ dữ liệu mẫu số" },
    until: { label: "Dữ liệu đến ngày" },
    dossiers: { label: "Số hồ sơ" },
  },
  /** An import's own entry names its file; its undoing names the import it takes back. */
  subject: (id, value, names) => (id && isRecord(value) && "removed" in value ? names.batch(id) : null),
};

const INDICATOR_KINDS: Record<string, string> = { manual: "nhập tay", override: "ghi đè số tính từ sổ sách", estimate_override: "điều chỉnh ước đạt" };

/** "chidao.kh.tong 2025-01-01..2025-06-30 manual" → the indicator, the window and how it was entered. */
function indicatorSubject(id: string | null, names: AuditNames): string | null {
  const m = /^(\S+) (\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2}) (\S+)$/.exec(id ?? "");
  if (!m) return null;
  return joined([names.indicator(m[1]!) ?? "Chỉ tiêu không còn trong danh mục", `kỳ ${windowWords(m[2]!, m[3]!)}`, INDICATOR_KINDS[m[4]!] ?? null]);
}

const outlineName = (names: AuditNames, id: string) => names.outline(id) ?? "Đề cương không còn trong ứng dụng";

/** "de-cuong/2025-07-01/I.1.1|VP": the item of the outline, the department's part, the period's first day. */
function narrativeSubject(id: string | null, names: AuditNames): string | null {
  const m = /^(.+)\/(\d{4}-\d{2}-\d{2})\/(.+)\|(.*)$/.exec(id ?? "");
  if (!m) return null;
  return joined([outlineName(names, m[1]!), `mục ${m[3]}`, m[4] ? `phần của ${departmentName(names, m[4])}` : null, `kỳ từ ${dateWords(m[2]!)}`]);
}

/** "de-cuong/I.1.1/12": the outline and its item (the document is the value). */
function evidenceSubject(id: string | null, names: AuditNames): string | null {
  const m = /^(.+)\/(.+)\/\d+$/.exec(id ?? "");
  return m ? joined([outlineName(names, m[1]!), `mục ${m[2]}`]) : null;
}

/** "de-cuong/2025-07-01..2025-10-09/VP": the department, the outline, the period. */
function deadlineSubject(id: string | null, names: AuditNames): string | null {
  const m = /^(.+)\/(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})\/(.+)$/.exec(id ?? "");
  return m ? joined([departmentName(names, m[4]), outlineName(names, m[1]!), `kỳ ${windowWords(m[2]!, m[3]!)}`]) : null;
}

const SETTING_NAMES: Record<string, string> = {
  phu_luc_3_template: "Mẫu Phụ lục 3 đang dùng",
  thu_muc_sao_luu: "Thư mục sao lưu",
  mat_khau: "Mật khẩu bảo vệ dữ liệu",
};

const SIGNER_POSITIONS: Record<string, string> = SIGNER_POSITION_LABELS;
const SIGN_MODES: Record<string, string> = SIGN_MODE_LABELS;

const listOf =
  (each: (item: Record_) => string): Words =>
  (v) =>
    Array.isArray(v) && v.length ? v.filter(isRecord).map(each).join("; ") : null;

const departmentLine = (d: Record_) => `${String(d.name)}${d.headName ? ` (${joined([d.headTitle as string | null, d.headName as string])})` : ""}`;
const signerLine = (s: Record_) => joined([String(s.name), SIGNER_POSITIONS[String(s.position)] ?? null, SIGN_MODES[String(s.signMode)] ?? null, s.isDefault ? "ký mặc định" : null]);

/** A row → indicator choice of a province form: "a + b" adds rows of Phụ lục 3; null leaves the row empty. */
function rowChoices(v: unknown, _r: Record_, names: AuditNames): string | null {
  if (!isRecord(v)) return null;
  const rows = Object.entries(v).map(([row, chosen]) => {
    const codes =
      typeof chosen === "string"
        ? chosen
            .split("+")
            .map((c) => c.trim())
            .filter(Boolean)
        : [];
    const what = codes.length ? codes.map((c) => names.indicator(c) ?? "chỉ tiêu không còn trong danh mục").join(" cộng ") : "để trống";
    return `dòng ${row}: ${what}`;
  });
  return rows.length ? rows.join("; ") : null;
}

/** Stored bare (the choices alone) before, with the columns read after. */
const asChoices = (v: unknown): unknown => (isRecord(v) && !("mapping" in v) && Object.keys(v).every((k) => /^\d+$/.test(k)) ? { mapping: v } : v);

const ENTITIES: Record<string, EntityWording> = {
  ...Object.fromEntries(Object.values(REGISTERS).map((d) => [d.table, registerWording(d)])),
  unit: {
    fields: {
      name: { label: "Tên đơn vị" },
      kind: { label: "Loại đơn vị", words: (v) => (typeof v === "string" ? upperFirst(UNIT_KIND_LABELS[v as UnitKind] ?? v) : null) },
      provinceName: { label: "Tỉnh, thành phố" },
      placeName: { label: "Tên địa danh" },
      profileId: { label: "Quy định báo cáo của tỉnh", words: (v, _r, names) => (typeof v === "string" ? (names.profile(v) ?? v) : null) },
      address: { label: "Địa chỉ" },
      preparerName: { label: "Cán bộ phụ trách CCHC (người lập báo cáo)" },
      departments: { label: "Phòng ban", words: listOf(departmentLine) },
      signers: { label: "Người ký văn bản", words: listOf(signerLine) },
    },
    subject: (_id, v) => (isRecord(v) && typeof v.name === "string" ? v.name : null),
  },
  procedures: {
    fields: {
      code: { label: "Mã thủ tục" },
      name: { label: "Tên thủ tục" },
      field: { label: "Lĩnh vực" },
      atCentre: { label: "Tại TTPVHCC" },
      onlineEligible: { label: "Đủ điều kiện toàn trình" },
      onlineFull: { label: "Toàn trình" },
      locationIndependent: { label: "Không phụ thuộc địa giới" },
      active: { label: "Đang áp dụng" },
    },
    subject: (_id, v) => (isRecord(v) && typeof v.name === "string" ? v.name : null),
  },
  indicator_values: {
    fields: { value: { label: "Số liệu" }, reason: { label: "Lý do" }, computedValue: { label: "Số tự tính lúc đó" } },
    subject: (id, _v, names) => indicatorSubject(id, names),
  },
  noi_dung_de_cuong: { fields: {}, subject: (id, _v, names) => narrativeSubject(id, names) },
  de_cuong: {
    fields: { fileName: { label: "Tệp đề cương" }, name: { label: "Tên đề cương" } },
    subject: (id, v, names) => (id ? names.outline(id) : null) ?? (isRecord(v) && typeof v.name === "string" ? v.name : null),
  },
  minh_chung: { fields: {}, subject: (id, _v, names) => evidenceSubject(id, names) },
  tep_dinh_kem: {
    fields: { fileName: { label: "Tên tệp" }, sizeBytes: { label: "Dung lượng", words: (v) => (typeof v === "number" ? formatFileSize(v) : null) } },
    hidden: ["document"],
    subject: (_id, v) => (isRecord(v) && typeof v.document === "string" ? `văn bản số ${v.document}` : null),
  },
  buoi_kiem_tra: {
    fields: {
      date: { label: "Ngày kiểm tra" },
      timeFrom: { label: "Từ giờ" },
      timeTo: { label: "Đến giờ" },
      team: { label: "Đoàn kiểm tra" },
      place: { label: "Địa điểm" },
      responsible: {
        label: "Người chịu trách nhiệm",
        words: (v, _r, names) =>
          isRecord(v) && Object.keys(v).length
            ? Object.entries(v)
                .map(([code, person]) => `${departmentName(names, code)}: ${String(person)}`)
                .join("; ")
            : null,
      },
    },
    subject: (id, _v, names) => (id ? outlineName(names, id) : null),
  },
  han_phan_viec: { fields: {}, subject: (id, _v, names) => deadlineSubject(id, names) },
  settings: {
    fields: { fileName: { label: "Tệp mẫu" } },
    subject: (id) => (id ? (SETTING_NAMES[id] ?? null) : null),
  },
  saved_mappings: {
    fields: {
      sheet: { label: "Trang tính" },
      label: { label: "Cột tên chỉ tiêu" },
      value: { label: "Cột số liệu" },
      mapping: { label: "Chỉ tiêu của từng dòng", words: rowChoices },
    },
    subject: () => "Cách điền biểu mẫu của tỉnh",
    reshape: (before, after) => [asChoices(before), asChoices(after)],
  },
  outbox_entries: {
    fields: {
      state: { label: "Trạng thái", words: words(OUTBOX_STATES) },
      sentAt: { label: "Gửi lúc" },
      sentVia: { label: "Gửi qua", words: words(SENT_VIA) },
      note: { label: "Ghi chú" },
    },
    subject: (id) => id,
  },
  du_lieu: {
    fields: { source: { label: "Khôi phục từ tệp" }, kept: { label: "Dữ liệu trước khi khôi phục được giữ ở" } },
    reshape: (before, after) => [null, { source: after, kept: before }],
  },
};

/** The wording of an entity's entries; imports and their undoing read alike whatever they filled. */
export function entityWording(entity: string, action: string): EntityWording {
  if (action === "nhap" || action === "hoan_tac") return IMPORT_WORDING;
  return ENTITIES[entity] ?? { fields: {} };
}
