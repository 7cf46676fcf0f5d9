import type { ApiOutput } from "../../../../core/api/contract";

export type RegisterImportPreview = ApiOutput<"registers.import.preview">;
export type RegisterImportResult = ApiOutput<"registers.import.run">;
export type RegisterImportBatch = ApiOutput<"registers.import.history">[number];
/** field → header; a field read from no column is absent. */
export type FieldMapping = Record<string, string>;
