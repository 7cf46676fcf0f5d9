import type { CallProgress } from "../../../core/schemas/progress";
import { formatNumber } from "../format";

/** "Đang mã hóa lại bản sao lưu 2/5…", "Đang đọc tệp: dòng 12.345…", "Đang xử lý…". */
export function progressText({ step, done, total }: CallProgress): string {
  const count = done === undefined ? "" : ` ${formatNumber(done)}${total === undefined ? "" : `/${formatNumber(total)}`}`;
  return `${step}${count}…`;
}

/** The share done, 0–100, when the call knows its total. */
export const progressPercent = ({ done, total }: CallProgress): number | null => (done === undefined || !total ? null : Math.min(100, Math.round((done / total) * 100)));
