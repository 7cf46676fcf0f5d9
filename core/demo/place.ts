import { placeNameOf, UNIT_KIND_LABELS, type UnitDetails } from "../unit";

/** How the demo's texts name the commune and its province. */
export interface Place {
  /** "Xã Cẩm Giang" */
  unitName: string;
  /** "xã Cẩm Giang", as inside a sentence or an address. */
  unitLabel: string;
  /** "UBND xã Cẩm Giang" */
  committee: string;
  /** "thành phố Hải Phòng", or null when the unit has no province. */
  provinceLabel: string | null;
  /** "thành phố" or "tỉnh": how the province's own bodies are named ("UBND thành phố"). */
  provinceLevel: string;
}

export function placeOf(unit: Pick<UnitDetails, "name" | "kind" | "placeName" | "provinceName">): Place {
  const unitLabel = `${UNIT_KIND_LABELS[unit.kind]} ${unit.placeName ?? placeNameOf(unit.name)}`;
  const province = unit.provinceName?.trim() || null;
  const level = province && /^tỉnh\s/iu.test(province) ? "tỉnh" : "thành phố";
  return {
    unitName: unit.name,
    unitLabel,
    committee: `UBND ${unitLabel}`,
    provinceLabel: province ? province.replace(/^(Thành phố|Tỉnh)(?=\s)/u, (w) => w.toLowerCase()) : null,
    provinceLevel: level,
  };
}
