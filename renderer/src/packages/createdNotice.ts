import type { ApiOutput } from "../../../core/api/contract";
import { filesCarriedWords, filesLeftOutNotes } from "../../../core/packages/sent-files-words";
import { formatNumber } from "../format";

type Created = ApiOutput<"packages.create">;

/** What Phòng ban says once a department's package is made: what it holds, and (to keep on screen) the files it could not take. */
export function createdNotice({ fileName, counts }: Created, departmentName: string): { done: string; leftOut: string | null } {
  const held = [`${formatNumber(counts.figures)} số liệu`, `${formatNumber(counts.texts)} nội dung`, `${formatNumber(counts.evidence)} mục minh chứng`, filesCarriedWords(counts)].filter(Boolean);
  const done = `Đã tạo ${fileName}: ${held.join(", ")}. Gửi tệp này cho ${departmentName} (USB, Zalo, thư điện tử).`;
  const notes = filesLeftOutNotes(counts);
  if (notes.length === 0) return { done, leftOut: null };
  const advice = [
    counts.filesLeftOut > 0 ? "Phòng vẫn thấy số, ngày của các văn bản đó; nếu phòng cần xem tệp, hãy gửi riêng." : null,
    counts.filesUnreadable > 0 ? "Tệp bị thiếu hoặc hỏng: hãy đính kèm lại ở Sổ văn bản (hoặc khôi phục từ bản sao lưu) rồi tạo lại gói." : null,
  ].filter(Boolean);
  return { done, leftOut: `Gói không mang theo ${formatNumber(counts.filesLeftOut + counts.filesUnreadable)} tệp minh chứng: ${notes.join("; ")}. ${advice.join(" ")}` };
}
