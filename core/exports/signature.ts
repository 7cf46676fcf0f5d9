import type { Report } from "../indicators/report-types";
import { placeNameOf } from "../unit-name";

export type ReportSigner = NonNullable<Report["signer"]>;

export interface SignatureLines {
  /** "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH". */
  mode: string;
  /**
   * The bold lines above the space to sign, as every format prints them: the
   * chairman "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"; a deputy "TM. ỦY BAN NHÂN DÂN /
   * KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
   */
  titles: string[];
  /** "CHỦ TỊCH" or "PHÓ CHỦ TỊCH". */
  position: string;
  /** Empty when no signer is set: the clerk writes it by hand. */
  name: string;
}

const POSITION_TITLES: Record<ReportSigner["position"], string> = { chu_tich: "CHỦ TỊCH", pho_chu_tich: "PHÓ CHỦ TỊCH" };
const MODE_TITLES: Record<ReportSigner["signMode"], string> = { TM: "TM. ỦY BAN NHÂN DÂN", KT: "KT. CHỦ TỊCH" };

/**
 * The signature block of a document the commune sends (Nghị định 30/2020):
 * the chairman signs "TM." for the committee, a deputy "KT." for the
 * chairman. With no signer set, the chairman's block with the name left blank.
 */
export function signatureLines(signer: ReportSigner | null): SignatureLines {
  const mode = MODE_TITLES[signer?.signMode ?? "TM"];
  const position = POSITION_TITLES[signer?.position ?? "chu_tich"];
  const titles = mode === MODE_TITLES.TM ? [mode, position] : [MODE_TITLES.TM, mode, position];
  return { mode, titles, position, name: signer?.name ?? "" };
}

/**
 * "Cẩm Giang, ngày …… tháng …… năm 2025": day and month are written by hand
 * when signing; the year is known when the period has a due date.
 */
export function unsignedDateLine(report: Report): string {
  const place = report.unit ? (report.unit.placeName ?? placeNameOf(report.unit.name)) : "…";
  const year = report.period.due?.slice(0, 4) ?? "…";
  return `${place}, ngày …… tháng …… năm ${year}`;
}
