import type { AppContext } from "../context";
import { fold } from "../../shared/text";
import { getUnit } from "../unit";

/** "UBND XÃ AN LÃO", "Ủy ban nhân dân phường …", "Xã An Lão", after an optional "Đơn vị:" / "Cơ quan:" label; folded. */
const UNIT_NAME = /^(?:(?:don vi|co quan)[^:]*:\s*)?((?:ubnd|uy ban nhan dan)\s+)?(xa|phuong|thi tran|dac khu)\s+(\S.*)$/;

/** A unit's name as compared: folded, without "UBND", "Xã", "Phường"…, and without what follows a dash or a comma ("- huyện …"). */
export function unitKey(name: string): string {
  const folded = fold(name);
  const m = UNIT_NAME.exec(folded);
  return (m ? m[3]! : folded).split(/\s*[-–,(]/)[0]!.trim();
}

/** The commune or ward a title line or a cell names, as written (a "Đơn vị:" label left out); null when it names none. */
export function unitNamedBy(text: string): string | null {
  if (!UNIT_NAME.test(fold(text))) return null;
  return text.replace(/^[^:]*:\s*/u, (label) => (/^(đơn vị|cơ quan)/iu.test(label) ? "" : label)).trim();
}

/**
 * The units a file names: those of its title lines, else those of its
 * handling-unit column when every value there names a unit (a column of
 * offices such as "Công chức Tư pháp – Hộ tịch" names none).
 */
export function fileUnitReader(titleCells: string[]) {
  const fromTitle = titleCells.map(unitNamedBy).filter((n): n is string => n !== null);
  const fromColumn = new Map<string, string>();
  let columnNamesUnits = true;
  return {
    addColumnValue(text: string) {
      if (!text || !columnNamesUnits) return;
      const named = unitNamedBy(text);
      if (!named) columnNamesUnits = false;
      else if (!fromColumn.has(unitKey(named))) fromColumn.set(unitKey(named), named);
    },
    units: (): string[] => (fromTitle.length > 0 ? fromTitle : columnNamesUnits ? [...fromColumn.values()] : []),
  };
}

export interface OtherUnit {
  fileUnit: string;
  storeUnit: string;
  message: string;
}

/** When the file names units and none is the store's own: both names, for the clerk to check before importing. */
export function otherUnitOf(ctx: AppContext, fileUnits: string[]): OtherUnit | null {
  const own = getUnit(ctx.store.db);
  if (!own || fileUnits.length === 0) return null;
  const ownKey = unitKey(own.name);
  if (fileUnits.some((u) => unitKey(u) === ownKey)) return null;
  const fileUnit = fileUnits.join(", ");
  return {
    fileUnit,
    storeUnit: own.name,
    message: `Tệp này ghi đơn vị “${fileUnit}”, khác đơn vị đang dùng “${own.name}”. Hãy kiểm tra đúng tệp của đơn vị mình trước khi nhập.`,
  };
}
