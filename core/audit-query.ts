/**
 * Browsing the audit trail: who changed what and when, old → new, filtered
 * by kind of record, person, action, days and words; newest first, a page at
 * a time. Values are shown field by field, with the register's own labels
 * where the record belongs to a register.
 */
import type { AppContext } from "./context";
import { REGISTERS } from "./records/registers";
import { RECORD_LABELS } from "./record-labels";
import { fold } from "./text";

export const AUDIT_ACTIONS = { tao: "Thêm", sua: "Sửa", xoa: "Xóa", nhap: "Nhập tệp", hoan_tac: "Hoàn tác", xuat: "Xuất", khoi_phuc: "Khôi phục" } as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** Entities recorded by the app beyond the tables of RECORD_LABELS. */
const ENTITY_LABELS: Record<string, string> = {
  ...RECORD_LABELS,
  indicator_values: "Số liệu Phụ lục 3",
  noi_dung_de_cuong: "Nội dung đề cương",
  de_cuong: "Đề cương báo cáo",
  minh_chung: "Tài liệu minh chứng",
  buoi_kiem_tra: "Buổi kiểm tra",
  han_phan_viec: "Hạn gửi của phòng ban",
  settings: "Cài đặt",
  saved_mappings: "Cách đọc cột của tệp nhập",
  du_lieu: "Toàn bộ dữ liệu",
  outbox_entries: "Hộp thư đi",
};

export const entityLabel = (entity: string) => ENTITY_LABELS[entity] ?? entity;

const FIELD_LABELS = new Map(Object.values(REGISTERS).map((r) => [r.table, new Map(r.fields.map((f) => [f.key, f.label]))]));

export interface AuditFilter {
  entity?: string;
  userName?: string;
  action?: AuditAction;
  /** 'YYYY-MM-DD', inclusive. */
  from?: string;
  to?: string;
  /** Words in the record's id or values, without diacritics. */
  search?: string;
  offset?: number;
  limit?: number;
}

export interface FieldChange {
  field: string | null;
  label: string | null;
  before: string | null;
  after: string | null;
}

export interface AuditRow {
  id: number;
  at: string;
  userName: string | null;
  action: string;
  actionLabel: string;
  entity: string;
  entityLabel: string;
  entityId: string | null;
  changes: FieldChange[];
}

export interface AuditPage {
  total: number;
  rows: AuditRow[];
  entities: { entity: string; label: string; count: number }[];
  users: string[];
}

const shown = (v: unknown): string | null => (v === null || v === undefined || v === "" ? null : typeof v === "string" ? v : JSON.stringify(v));
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/** Field by field what changed (every field of a record added or deleted); a whole value when it is not a record. */
export function fieldChanges(entity: string, before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) return shown(before) === shown(after) ? [] : [{ field: null, label: null, before: shown(before), after: shown(after) }];
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const labels = FIELD_LABELS.get(entity);
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => k !== "id" && shown(b[k]) !== shown(a[k]))
    .map((k) => ({ field: k, label: labels?.get(k) ?? null, before: shown(b[k]), after: shown(a[k]) }));
}

export function listAudit(ctx: AppContext, filter: AuditFilter = {}): AuditPage {
  const conditions: [string, unknown][] = [];
  if (filter.entity) conditions.push(["entity = ?", filter.entity]);
  if (filter.userName) conditions.push(["user_name = ?", filter.userName]);
  if (filter.action) conditions.push(["action = ?", filter.action]);
  if (filter.from) conditions.push(["at >= ?", filter.from]);
  // 'YYYY-MM-DD 99' sorts after every moment of that day.
  if (filter.to) conditions.push(["at < ?", `${filter.to} 99`]);
  if (filter.search?.trim()) {
    conditions.push(["fold(coalesce(entity_id, '') || ' ' || coalesce(old_value, '') || ' ' || coalesce(new_value, '')) LIKE ?", `%${fold(filter.search.trim())}%`]);
  }
  const params = conditions.map(([, value]) => value);
  const clause = conditions.length ? `WHERE ${conditions.map(([sql]) => sql).join(" AND ")}` : "";
  const sqlite = ctx.store.sqlite;
  const total = sqlite.prepare(`SELECT count(*) FROM audit_log ${clause}`).pluck().get(...params) as number;
  const rows = sqlite
    .prepare(`SELECT id, at, user_name, action, entity, entity_id, old_value, new_value FROM audit_log ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...params, Math.min(filter.limit ?? 50, 200), filter.offset ?? 0) as {
    id: number;
    at: string;
    user_name: string | null;
    action: string;
    entity: string;
    entity_id: string | null;
    old_value: string | null;
    new_value: string | null;
  }[];
  const entities = (sqlite.prepare("SELECT entity, count(*) AS count FROM audit_log GROUP BY entity ORDER BY count DESC").all() as { entity: string; count: number }[]).map(
    (e) => ({ ...e, label: entityLabel(e.entity) }),
  );
  const users = sqlite.prepare("SELECT DISTINCT user_name FROM audit_log WHERE user_name IS NOT NULL ORDER BY user_name").pluck().all() as string[];
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      userName: r.user_name,
      action: r.action,
      actionLabel: AUDIT_ACTIONS[r.action as AuditAction] ?? r.action,
      entity: r.entity,
      entityLabel: entityLabel(r.entity),
      entityId: r.entity_id,
      changes: fieldChanges(r.entity, parse(r.old_value), parse(r.new_value)),
    })),
    entities,
    users,
  };
}
