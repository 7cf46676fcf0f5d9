/** What a unit's name says: "Xã Cẩm Giang" is a xã, its place name Cẩm Giang. */
import type { UnitKind } from "./default-departments";

/** "Xã Cẩm Giang" → "Cẩm Giang": the place name of the date line. */
export function placeNameOf(unitName: string): string {
  return unitName.replace(/^(xã|phường|đặc khu|thị trấn)\s+/iu, "").trim();
}

export function kindOfUnitName(unitName: string): UnitKind {
  const n = unitName.trim().toLowerCase();
  if (n.startsWith("phường")) return "phuong";
  if (n.startsWith("đặc khu")) return "dac_khu";
  return "xa";
}
