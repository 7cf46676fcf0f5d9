/** How documents name the unit's level and its province: "UBND phường", "Ủy ban nhân dân tỉnh". */
import { UNIT_KIND_LABELS, type UnitKind } from "./default-departments";
import type { ProvinceProfile } from "./profiles";

export interface UnitWording {
  /** "xã", "phường" or "đặc khu", as in "UBND phường", "HĐND phường". */
  unitLevel: string;
  /** "tỉnh" or "thành phố", as in "Ủy ban nhân dân tỉnh". */
  provinceLevel: "tỉnh" | "thành phố";
  /** "tỉnh Ninh Bình", "thành phố Hải Phòng", as inside a sentence; the level alone when the name is unknown. */
  provinceInSentence: string;
}

/** "tỉnh Cao Bằng", "Thành phố Hải Phòng", "TP. Huế": the level, then a name of capitalised words. */
const PROVINCE = /(?<!\p{L})([Tt]ỉnh|[Tt]hành phố|TP\.?)\s*(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/u;

function provinceIn(text: string): { level: UnitWording["provinceLevel"]; name: string } | null {
  const m = PROVINCE.exec(text.normalize("NFC"));
  if (!m) return null;
  return { level: m[1]!.toLowerCase() === "tỉnh" ? "tỉnh" : "thành phố", name: m[2]! };
}

/**
 * The province from the unit's settings ("Tỉnh Ninh Bình"), else from the
 * profile's addressee or description ("UBND tỉnh Cao Bằng (qua Sở Nội
 * vụ)", "Sở Nội vụ thành phố Hải Phòng"); with neither, a tỉnh, as most are.
 */
export function unitWording(unit: { kind: UnitKind; provinceName: string | null } | null, profile: Pick<ProvinceProfile, "recipient" | "description"> | null | undefined): UnitWording {
  const province = [unit?.provinceName ?? "", profile?.recipient ?? "", profile?.description ?? ""].map(provinceIn).find((p) => p !== null);
  const provinceLevel = province?.level ?? "tỉnh";
  return {
    unitLevel: UNIT_KIND_LABELS[unit?.kind ?? "xa"],
    provinceLevel,
    provinceInSentence: province ? `${provinceLevel} ${province.name}` : provinceLevel,
  };
}
