import type { DossierField } from "../schemas/dossier";
import { fold } from "../../shared/text";
import { formatDateVi } from "../../shared/dates";
import { readDateCell, type ReadDate } from "./cell-dates";
import { cellText } from "./header-detect";
import { channelOf, DOSSIER_COLUMNS, flagOf, statusOf, type DossierChannel, type DossierStatus } from "./synonyms";
import { FIELD_LIMITS } from "../field-limits";
import { cellTooLong, columnLabel, overlongCell } from "./column-spec";
import type { RawCell } from "./table-reader";

/** The dossier columns an import can set; only those the file has are written. */
export interface DossierValues {
  code: string;
  procedureName?: string | null;
  procedureCode?: string | null;
  field?: string | null;
  applicantName?: string | null;
  applicantAddress?: string | null;
  receivedAt: string;
  receivedPrecision: "date" | "datetime";
  dueAt?: string | null;
  duePrecision?: "date" | "datetime" | null;
  resultAt?: string | null;
  resultPrecision?: "date" | "datetime" | null;
  returnedAt?: string | null;
  returnedPrecision?: "date" | "datetime" | null;
  status: DossierStatus;
  statusRaw?: string | null;
  channel?: DossierChannel | null;
  channelRaw?: string | null;
  handlingUnit?: string | null;
  receivingOfficer?: string | null;
  digitised?: boolean | null;
  electronicResult?: boolean | null;
  hasPayment?: boolean | null;
  paidOnline?: boolean | null;
  onProvinceSystem?: boolean | null;
  syncedNationalPortal?: boolean | null;
  reusedData?: boolean | null;
}

export interface ValueMappings {
  status: Record<string, DossierStatus>;
  channel: Record<string, DossierChannel>;
}

export type RowOutcome = { kind: "reject"; reason: string } | { kind: "ok"; values: DossierValues };

const TEXT_FIELDS = ["procedureName", "procedureCode", "field", "applicantName", "applicantAddress", "handlingUnit", "receivingOfficer"] as const;
const FLAG_FIELDS = ["digitised", "electronicResult", "hasPayment", "paidOnline", "onProvinceSystem", "syncedNationalPortal", "reusedData"] as const;

const columnName = (f: DossierField) => columnLabel(DOSSIER_COLUMNS, f);

const TEXT_LIMITS: Partial<Record<DossierField, number>> = {
  code: FIELD_LIMITS.code,
  procedureName: FIELD_LIMITS.title,
  procedureCode: FIELD_LIMITS.code,
  field: FIELD_LIMITS.name,
  applicantName: FIELD_LIMITS.name,
  applicantAddress: FIELD_LIMITS.line,
  handlingUnit: FIELD_LIMITS.name,
  receivingOfficer: FIELD_LIMITS.name,
};

/** The longest cell a column may hold; a date, a status or a flag is a few words. */
const limitOf = (f: DossierField) => TEXT_LIMITS[f] ?? FIELD_LIMITS.name;

/** Looks a raw status or channel up in the user's own mapping (by folded text). */
const fromUserMapping = <K>(map: Record<string, K>, raw: string): K | undefined => {
  const key = fold(raw);
  for (const [k, v] of Object.entries(map)) if (fold(k) === key) return v;
  return undefined;
};

/**
 * One data row (never blank nor a totals row: the reader leaves those out) →
 * the dossier it describes, or why it cannot be used. Never throws: a bad row
 * is rejected with the column named, the others go in.
 */
export function readDossierRow(cells: RawCell[], texts: string[], columns: Partial<Record<DossierField, number>>, valueMappings: ValueMappings): RowOutcome {
  const cell = (f: DossierField): RawCell => (columns[f] === undefined ? null : (cells[columns[f]!] ?? null));
  const text = (f: DossierField) => (columns[f] === undefined ? "" : (texts[columns[f]!] ?? ""));

  const code = text("code");
  const overlong = overlongCell(columns, texts, limitOf);
  if (overlong) return { kind: "reject", reason: cellTooLong(columnName(overlong.field), overlong.limit) };
  if (!code) return { kind: "reject", reason: `Thiếu mã hồ sơ (cột ${columnName("code")}).` };

  const dates: Partial<Record<"receivedAt" | "dueAt" | "resultAt" | "returnedAt", ReadDate | null>> = {};
  for (const f of ["receivedAt", "dueAt", "resultAt", "returnedAt"] as const) {
    if (columns[f] === undefined) continue;
    const d = readDateCell(cell(f) as Exclude<RawCell, boolean>);
    if (d === null) return { kind: "reject", reason: `Ngày “${text(f)}” ở cột ${columnName(f)} không phải ngày hợp lệ.` };
    dates[f] = d ?? null;
  }
  const received = dates.receivedAt;
  if (!received) return { kind: "reject", reason: `Thiếu ngày tiếp nhận (cột ${columnName("receivedAt")}).` };

  let result = dates.resultAt ?? null;
  const returned = dates.returnedAt ?? null;
  const statusRaw = text("status");
  let status: DossierStatus;
  if (statusRaw) {
    const known = statusOf(statusRaw) ?? fromUserMapping(valueMappings.status, statusRaw);
    if (!known) return { kind: "reject", reason: `Trạng thái “${statusRaw}” không nhận ra (cột ${columnName("status")}).` };
    status = known;
  } else {
    status = result || returned ? "result" : "pending";
  }
  if (status === "result" && !result) result = returned;
  if (status === "result" && !result) {
    return { kind: "reject", reason: `Hồ sơ “${statusRaw}” nhưng thiếu ngày có kết quả (cột ${columnName("resultAt")}).` };
  }
  if (result && result.value.slice(0, 10) < received.value.slice(0, 10)) {
    return { kind: "reject", reason: `Ngày có kết quả ${formatDateVi(result.value.slice(0, 10))} trước ngày tiếp nhận ${formatDateVi(received.value.slice(0, 10))}.` };
  }

  const values: DossierValues = { code, receivedAt: received.value, receivedPrecision: received.precision, status };
  if (columns.status !== undefined) values.statusRaw = statusRaw || null;
  if (columns.resultAt !== undefined || columns.returnedAt !== undefined) {
    values.resultAt = result?.value ?? null;
    values.resultPrecision = result?.precision ?? null;
  }
  if (columns.dueAt !== undefined) {
    values.dueAt = dates.dueAt?.value ?? null;
    values.duePrecision = dates.dueAt?.precision ?? null;
  }
  if (columns.returnedAt !== undefined) {
    values.returnedAt = returned?.value ?? null;
    values.returnedPrecision = returned?.precision ?? null;
  }
  if (columns.channel !== undefined) {
    const raw = text("channel");
    const channel = raw ? (channelOf(raw) ?? fromUserMapping(valueMappings.channel, raw)) : null;
    if (channel === undefined || (raw && channel === null)) return { kind: "reject", reason: `Hình thức nộp “${raw}” không nhận ra (cột ${columnName("channel")}).` };
    values.channel = channel;
    values.channelRaw = raw || null;
  }
  for (const f of TEXT_FIELDS) if (columns[f] !== undefined) values[f] = text(f) || null;
  for (const f of FLAG_FIELDS) {
    if (columns[f] === undefined) continue;
    const flag = flagOf(text(f));
    if (flag === undefined) return { kind: "reject", reason: `Giá trị “${text(f)}” ở cột ${columnName(f)} phải là Có hoặc Không.` };
    values[f] = flag;
  }
  return { kind: "ok", values };
}

/** Status and channel wordings of a row that neither the app nor the user's mapping knows. */
export function unknownValuesOf(cells: RawCell[], columns: Partial<Record<DossierField, number>>, valueMappings: ValueMappings) {
  const at = (f: DossierField) => (columns[f] === undefined ? "" : cellText(cells[columns[f]!] ?? null));
  const status = at("status");
  const channel = at("channel");
  return {
    status: status && !statusOf(status) && !fromUserMapping(valueMappings.status, status) ? status : null,
    channel: channel && !channelOf(channel) && !fromUserMapping(valueMappings.channel, channel) ? channel : null,
  };
}
