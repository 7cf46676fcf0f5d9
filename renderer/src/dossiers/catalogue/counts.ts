import type { Procedure } from "./types";

export interface CatalogueCounts {
  active: number;
  inactive: number;
  atCentre: number;
  onlineEligible: number;
  onlineFull: number;
  locationIndependent: number;
}

/** The counts behind the catalogue's rates: over the procedures in force, as the report counts them. */
export function countCatalogue(procedures: readonly Procedure[]): CatalogueCounts {
  const active = procedures.filter((p) => p.active);
  const count = (test: (p: Procedure) => boolean) => active.filter(test).length;
  return {
    active: active.length,
    inactive: procedures.length - active.length,
    atCentre: count((p) => p.atCentre === true),
    onlineEligible: count((p) => p.onlineEligible === true),
    onlineFull: count((p) => p.onlineEligible === true && p.onlineFull === true),
    locationIndependent: count((p) => p.locationIndependent === true),
  };
}
