/**
 * Browsing the audit trail: who changed what and when, old → new, filtered
 * by kind of record, person, action, days and words; newest first, a page at
 * a time. Each entry comes in words (audit-words.ts): the record it is
 * about and its values field by field, with the names behind codes and ids
 * read here from the store and the catalogue in use.
 */
import type { AppContext } from "./context";
import { auditSubject, fieldChanges, type AuditNames, type FieldChange } from "./audit-words";
import { indicatorTitles } from "./indicators/indicator-titles";
import { activeCatalogue } from "./indicators/active-catalogue";
import { listOutlines } from "./outline/outlines";
import { RECORD_LABELS } from "./record-labels";
import { fold } from "../shared/text";
import { dateWords } from "./value-words";

export const AUDIT_ACTIONS = { tao: "Thêm", sua: "Sửa", xoa: "Xóa", nhap: "Nhập tệp", hoan_tac: "Hoàn tác", xuat: "Xuất", khoi_phuc: "Khôi phục" } as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** Entities recorded by the app beyond the tables of RECORD_LABELS. */
const ENTITY_LABELS: Record<string, string> = {
  ...RECORD_LABELS,
  indicator_values: "Số liệu Phụ lục 3",
  noi_dung_de_cuong: "Nội dung đề cương",
  de_cuong: "Đề cương báo cáo",
  minh_chung: "Tài liệu minh chứng",
  tep_dinh_kem: "Tệp đính kèm văn bản",
  buoi_kiem_tra: "Buổi kiểm tra",
  han_phan_viec: "Hạn gửi của phòng ban",
  settings: "Cài đặt",
  saved_mappings: "Cách đọc cột của tệp nhập",
  du_lieu: "Toàn bộ dữ liệu",
  outbox_entries: "Hộp thư đi",
};

export const entityLabel = (entity: string) => ENTITY_LABELS[entity] ?? entity;

/** Made on first use and kept: a page of the log rarely needs every kind of name. */
function lazy<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** What the store and the catalogue in use call the codes and ids entries keep; a lookup that fails names nothing. */
function storeNames(ctx: AppContext): AuditNames {
  const sqlite = ctx.store.sqlite;
  const orEmpty = <K, V>(read: () => [K, V][]) =>
    lazy(() => {
      try {
        return new Map(read());
      } catch {
        return new Map<K, V>();
      }
    });
  const departments = orEmpty(() => (sqlite.prepare("SELECT code, name FROM departments").all() as { code: string; name: string }[]).map((d) => [d.code, d.name]));
  const indicators = orEmpty(() => [...indicatorTitles(activeCatalogue(ctx))].map(([code, t]) => [code, `${t.place} – ${t.name}`] as [string, string]));
  const outlines = orEmpty(() => listOutlines(ctx).map((o) => [o.id, o.name]));
  return {
    department: (code) => departments().get(code) ?? null,
    staff: (id) => (sqlite.prepare("SELECT full_name FROM staff WHERE id = ?").pluck().get(id) as string | undefined) ?? null,
    indicator: (code) => indicators().get(code) ?? null,
    outline: (id) => outlines().get(id) ?? null,
    batch: (id) => {
      const b = sqlite.prepare("SELECT file_name, imported_at FROM import_batches WHERE id = ?").get(id) as { file_name: string; imported_at: string } | undefined;
      return b ? `tệp ${b.file_name} nhập lúc ${dateWords(b.imported_at)}` : null;
    },
    profile: (id) => ctx.profiles.get(id)?.name ?? null,
  };
}

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

export interface AuditRow {
  id: number;
  at: string;
  userName: string | null;
  action: string;
  actionLabel: string;
  entity: string;
  entityLabel: string;
  entityId: string | null;
  /** The record the entry is about, in words; null when the kind says enough. */
  subject: string | null;
  changes: FieldChange[];
}

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

export interface AuditPage {
  total: number;
  rows: AuditRow[];
  entities: { entity: string; label: string; count: number }[];
  users: string[];
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
  const total = sqlite
    .prepare(`SELECT count(*) FROM audit_log ${clause}`)
    .pluck()
    .get(...params) as number;
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
  const entities = (sqlite.prepare("SELECT entity, count(*) AS count FROM audit_log GROUP BY entity ORDER BY count DESC").all() as { entity: string; count: number }[]).map((e) => ({
    ...e,
    label: entityLabel(e.entity),
  }));
  const users = sqlite.prepare("SELECT DISTINCT user_name FROM audit_log WHERE user_name IS NOT NULL ORDER BY user_name").pluck().all() as string[];
  const names = storeNames(ctx);
  return {
    total,
    rows: rows.map((r) => {
      const before = parse(r.old_value);
      const after = parse(r.new_value);
      return {
        id: r.id,
        at: r.at,
        userName: r.user_name,
        action: r.action,
        actionLabel: AUDIT_ACTIONS[r.action as AuditAction] ?? r.action,
        entity: r.entity,
        entityLabel: entityLabel(r.entity),
        entityId: r.entity_id,
        subject: auditSubject(r.entity, r.action, r.entity_id, before, after, names),
        changes: fieldChanges(r.entity, r.action, before, after, names),
      };
    }),
    entities,
    users,
  };
}
