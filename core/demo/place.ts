import { placeNameOf, UNIT_KIND_LABELS, type UnitDetails } from "../unit";
import { unitWording } from "../unit-wording";
import type { ProvinceProfile } from "../profiles";

/** How the demo's texts name the commune and its province. */
export interface Place {
  /** "Xã Cẩm Giang" */
  unitName: string;
  /** "xã Cẩm Giang", as inside a sentence or an address. */
  unitLabel: string;
  /** "UBND xã Cẩm Giang" */
  committee: string;
  /** "xã", "phường" or "đặc khu": how the unit's own bodies are named ("UBND phường"). */
  level: string;
  /** "thôn" in a xã or an đặc khu, "tổ dân phố" in a phường. */
  villages: string;
  /** "thành phố Hải Phòng", or null when the unit has no province. */
  provinceLabel: string | null;
  /** "thành phố" or "tỉnh": how the province's own bodies are named ("UBND thành phố"). */
  provinceLevel: string;
}

export function placeOf(unit: Pick<UnitDetails, "name" | "kind" | "placeName" | "provinceName">, profile: Pick<ProvinceProfile, "recipient" | "description"> | undefined): Place {
  const unitLabel = `${UNIT_KIND_LABELS[unit.kind]} ${unit.placeName ?? placeNameOf(unit.name)}`;
  const wording = unitWording(unit, profile);
  return {
    unitName: unit.name,
    unitLabel,
    committee: `UBND ${unitLabel}`,
    level: wording.unitLevel,
    villages: unit.kind === "phuong" ? "tổ dân phố" : "thôn",
    provinceLabel: wording.provinceInSentence === wording.provinceLevel ? null : wording.provinceInSentence,
    provinceLevel: wording.provinceLevel,
  };
}

/** A demo text for this unit: {cap_don_vi} "phường", {cap_tinh} "tỉnh", {thon} "tổ dân phố". */
export const wordedFor = (place: Place, text: string): string => text.replaceAll("{cap_don_vi}", place.level).replaceAll("{cap_tinh}", place.provinceLevel).replaceAll("{thon}", place.villages);
