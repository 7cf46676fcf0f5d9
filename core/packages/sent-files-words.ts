/**
 * The files of a package made for a department, in words: how many it
 * carries, and why some stayed behind. The history's line, the command's
 * output and the screen's notice say it the same way.
 */
import { formatMegabytes } from "../file-size";
import { formatNumber } from "../number-format";
import { PACKAGE_LIMITS } from "./format";

export interface SentFilesCounts {
  files: number;
  filesLeftOut: number;
  filesUnreadable: number;
}

/** "6 tệp đính kèm", or null when the package carries none. */
export const filesCarriedWords = ({ files }: SentFilesCounts): string | null => (files > 0 ? `${formatNumber(files)} tệp đính kèm` : null);

/** Why files of the part's documents are not in the package, one note per reason. */
export function filesLeftOutNotes({ filesLeftOut, filesUnreadable }: SentFilesCounts): string[] {
  return [
    filesLeftOut > 0 ? `${formatNumber(filesLeftOut)} tệp không gửi kèm vì gói đã đến giới hạn ${formatMegabytes(PACKAGE_LIMITS.filesBytes)}` : null,
    filesUnreadable > 0 ? `${formatNumber(filesUnreadable)} tệp không gửi kèm vì bị thiếu hoặc hỏng trên máy này` : null,
  ].filter((n): n is string => n !== null);
}
