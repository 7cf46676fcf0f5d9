import type { ApiInput, ApiOutput } from "../../../../core/api/contract";

export type Procedure = ApiOutput<"procedures.list">[number];
export type ProcedureInput = ApiInput<"procedures.save">;
export type CatalogueImportResult = ApiOutput<"procedures.import">;
/** The four yes/no properties of a procedure that may also be unknown. */
export type ProcedureFlag = "atCentre" | "onlineEligible" | "onlineFull" | "locationIndependent";
