import { formatNumber } from "./number-format";

/** A file's size as Vietnamese text writes it: 1.572.864 bytes → "1,5 MB". */
export const formatMegabytes = (bytes: number): string => `${formatNumber(bytes / 1024 / 1024, 1)} MB`;

/** A file's size as a clerk reads it, in the unit that suits it: 800 → "800 byte", 15.360 → "15 KB", 1.572.864 → "1,5 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes, 0)} byte`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, bytes < 10 * 1024 ? 1 : 0)} KB`;
  return formatMegabytes(bytes);
}

/**
 * The largest file the clerk may send to the app from the screen (an export
 * to import, a backup to restore, a form, a package), whichever transport
 * carries it: the renderer checks it before reading, the contract and
 * browser mode's body limit are derived from it.
 */
export const UPLOAD_FILE_BYTES = 64 * 1024 * 1024;

/** That file as base64, the way the contract carries a file's bytes. */
export const UPLOAD_BASE64_CHARS = 4 * Math.ceil(UPLOAD_FILE_BYTES / 3);

/** The refusal of a file over the limit, wherever it is met. */
export const UPLOAD_TOO_LARGE_MESSAGE = `Tệp quá lớn: ứng dụng nhận tệp tối đa ${formatMegabytes(UPLOAD_FILE_BYTES)}. Dữ liệu không thay đổi; hãy chia thành nhiều tệp nhỏ hơn (ví dụ xuất theo từng quý) rồi gửi lần lượt.`;
