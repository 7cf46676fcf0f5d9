import type { Report } from "../indicators/report-types";
import { placeNameOf } from "../unit";

export type ReportSigner = NonNullable<Report["signer"]>;

export interface SignatureLines {
  /** "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH". */
  mode: string;
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
  if (!signer) return { mode: MODE_TITLES.TM, position: POSITION_TITLES.chu_tich, name: "" };
  return { mode: MODE_TITLES[signer.signMode], position: POSITION_TITLES[signer.position], name: signer.name };
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
