import type { ApiInput, ApiOutput, DossierField } from "../../../core/api/contract";

export type { DossierField };
export type DossierRow = ApiOutput<"dossiers.list">["rows"][number];
export type DossierStatus = DossierRow["status"];
export type DossierChannel = NonNullable<DossierRow["channel"]>;
export type DossierSort = NonNullable<ApiInput<"dossiers.list">["sort"]>;
export type ImportPreview = ApiOutput<"dossiers.importPreview">;
export type ImportResult = ApiOutput<"dossiers.import">;
export type ImportBatch = ApiOutput<"dossiers.batches">[number];
export type Figure = ApiOutput<"tthc.figures">["figures"][number];
export type Period = ApiOutput<"periods.resolve">;
/** The filters of the list, as dossiers.list takes them. */
export type DossierFilter = Omit<ApiInput<"dossiers.list">, "offset" | "limit" | "sort">;
/** field → header; a field the user set to "(không dùng)" is absent. */
export type ColumnMapping = Partial<Record<DossierField, string>>;
export interface ValueMappings {
  status: Record<string, DossierStatus>;
  channel: Record<string, DossierChannel>;
}
