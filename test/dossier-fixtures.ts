import type { Store } from "../db/store";

type Flag = 0 | 1 | null;

/** A dossier as a test writes it; moments 'YYYY-MM-DD HH:mm:ss' or dates 'YYYY-MM-DD', precision read from the length. */
export interface DossierSpec {
  code?: string;
  receivedAt: string;
  dueAt?: string | null;
  resultAt?: string | null;
  /** Default: "result" when there is a resultAt, else "pending". */
  status?: "result" | "pending" | "rejected" | "withdrawn";
  channel?: "online" | "in_person" | "post" | null;
  resultPrecision?: "date" | "datetime" | null;
  duePrecision?: "date" | "datetime" | null;
  procedureName?: string | null;
  field?: string | null;
  applicantName?: string | null;
  digitised?: Flag;
  electronicResult?: Flag;
  hasPayment?: Flag;
  paidOnline?: Flag;
  onProvinceSystem?: Flag;
  syncedNationalPortal?: Flag;
  reusedData?: Flag;
}

export const precisionOf = (moment: string | null | undefined) => (moment ? (moment.length > 10 ? "datetime" : "date") : null);

let sequence = 0;

export function insertDossiers(store: Store, specs: DossierSpec[]): void {
  const insert = store.sqlite.prepare(`INSERT INTO dossiers (code, received_at, received_precision, due_at, due_precision, result_at, result_precision, status, channel,
    procedure_name, field, applicant_name, digitised, electronic_result, has_payment, paid_online, on_province_system, synced_national_portal, reused_data)
    VALUES (@code, @receivedAt, @receivedPrecision, @dueAt, @duePrecision, @resultAt, @resultPrecision, @status, @channel,
    @procedureName, @field, @applicantName, @digitised, @electronicResult, @hasPayment, @paidOnline, @onProvinceSystem, @syncedNationalPortal, @reusedData)`);
  store.sqlite.transaction(() => {
    for (const d of specs) {
      const resultAt = d.resultAt ?? null;
      const dueAt = d.dueAt ?? null;
      insert.run({
        code: d.code ?? `HS-${String(++sequence).padStart(6, "0")}`,
        receivedAt: d.receivedAt,
        receivedPrecision: precisionOf(d.receivedAt),
        dueAt,
        duePrecision: d.duePrecision === undefined ? precisionOf(dueAt) : d.duePrecision,
        resultAt,
        resultPrecision: d.resultPrecision === undefined ? precisionOf(resultAt) : d.resultPrecision,
        status: d.status ?? (resultAt ? "result" : "pending"),
        channel: d.channel === undefined ? "in_person" : d.channel,
        procedureName: d.procedureName ?? null,
        field: d.field ?? null,
        applicantName: d.applicantName ?? null,
        digitised: d.digitised ?? null,
        electronicResult: d.electronicResult ?? null,
        hasPayment: d.hasPayment ?? null,
        paidOnline: d.paidOnline ?? null,
        onProvinceSystem: d.onProvinceSystem ?? null,
        syncedNationalPortal: d.syncedNationalPortal ?? null,
        reusedData: d.reusedData ?? null,
      });
    }
  })();
}

export interface PaknSpec {
  receivedDate: string;
  dueDate?: string | null;
  resolvedDate?: string | null;
}

export function insertPakn(store: Store, specs: PaknSpec[]): void {
  const insert = store.sqlite.prepare("INSERT INTO pakn (received_date, due_date, resolved_date) VALUES (?, ?, ?)");
  for (const p of specs) insert.run(p.receivedDate, p.dueDate ?? null, p.resolvedDate ?? null);
}
