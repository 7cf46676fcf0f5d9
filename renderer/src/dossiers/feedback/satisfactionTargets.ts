import { createContext, useContext } from "react";
import type { ApiOutput } from "../../../../core/api/contract";

export type SatisfactionTargets = ApiOutput<"satisfaction.targets">;

/** The targets of the Phụ lục 3 template in use (core reads them from its targetMin); null until they are read. */
export const SatisfactionTargetsContext = createContext<SatisfactionTargets | null>(null);

export const useSatisfactionTargets = (): SatisfactionTargets | null => useContext(SatisfactionTargetsContext);
