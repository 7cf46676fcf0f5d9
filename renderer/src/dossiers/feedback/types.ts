import type { ApiInput, ApiOutput } from "../../../../core/api/contract";

export type PaknRecord = ApiOutput<"pakn.list">[number];
export type PaknInput = ApiInput<"pakn.save">;
export type SatisfactionRound = ApiOutput<"satisfaction.list">[number];
export type SatisfactionInput = ApiInput<"satisfaction.save">;
