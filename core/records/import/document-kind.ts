/** Kinds of administrative documents by the abbreviation their symbol uses (Nghị định 30/2020/NĐ-CP, Phụ lục III). */
const KIND_BY_ABBREVIATION: Record<string, string> = {
  NQ: "Nghị quyết",
  QĐ: "Quyết định",
  QD: "Quyết định",
  CT: "Chỉ thị",
  QC: "Quy chế",
  QYĐ: "Quy định",
  TB: "Thông báo",
  HD: "Hướng dẫn",
  CTR: "Chương trình",
  KH: "Kế hoạch",
  PA: "Phương án",
  ĐA: "Đề án",
  BC: "Báo cáo",
  BB: "Biên bản",
  TTR: "Tờ trình",
  HĐ: "Hợp đồng",
  CV: "Công văn",
  CĐ: "Công điện",
  GUQ: "Giấy ủy quyền",
  GM: "Giấy mời",
  GGT: "Giấy giới thiệu",
  KL: "Kết luận",
};

const abbreviationOf = (text: string) => KIND_BY_ABBREVIATION[text.trim().normalize("NFC").toUpperCase()];

/** A kind as the register writes it, its abbreviation ("QĐ") written out. */
export const kindFromColumn = (text: string): string => abbreviationOf(text) ?? text.trim();

/**
 * The kind a number and symbol tells: "15/QĐ-UBND" a Quyết định, "623/UBND-VHXH"
 * (the issuer's abbreviation first) a Công văn; null when it has no symbol.
 */
export function kindFromSymbol(numberSymbol: string): string | null {
  const symbol = numberSymbol
    .split("/")
    .filter((part) => /\p{L}/u.test(part))
    .at(-1);
  if (!symbol) return null;
  return abbreviationOf(symbol.split("-")[0]!) ?? "Công văn";
}

/** A legal normative document carries its year in its number: "12/2025/QĐ-UBND", "03/2025/NQ-HĐND". */
export const isLegalNormativeSymbol = (numberSymbol: string): boolean => /^\s*\d+\/\d{4}\/(QĐ|QD|NQ)-/iu.test(numberSymbol.normalize("NFC"));
