/**
 * Names inside the evidence binder: folders named by the outline's numbering
 * and wording, files by the document's number and date. Every name is safe on
 * Windows, macOS, Linux, FAT USB sticks and in a zip (core/safe-file-name.ts),
 * keeps its Vietnamese letters (NFC), and is cut to a length that keeps every
 * path inside the binder within BINDER_PATH_CHARS, so that the binder copied
 * or unzipped into a folder whose own path is up to 110 characters long stays
 * within Windows' 260-character limit.
 */
import { safeNamePart } from "../safe-file-name";

/** The longest path inside the binder, counted from its top: part folder / item folder / file. */
export const BINDER_PATH_CHARS = 150;
export const PART_FOLDER_CHARS = 55;
export const ITEM_FOLDER_CHARS = 50;
/** A file's name, its " (2)" and extension included: 55 + 1 + 50 + 1 + 40 = 147 ≤ BINDER_PATH_CHARS. */
export const FILE_NAME_CHARS = 40;

const ELLIPSIS = "…";

/** "thu/chi" → "thu-chi", "25/KH-UBND" → "25-KH-UBND": a slash cannot be in a name, and dropping it would join the words. */
const slashAsDash = (text: string) => text.replace(/\s*[/\\]\s*/g, "-");

/** Characters as Windows counts them (UTF-16 units): an NFC Vietnamese letter is one. */
const length = (text: string) => text.length;

/** Cut to `max` characters at a word's end where there is one, "…" marking the cut. */
export function cutWords(text: string, max: number): string {
  if (length(text) <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(" ");
  const kept = space > max / 2 ? room.slice(0, space) : room;
  return `${kept.replace(/[\s.,;:–-]+$/u, "")}${ELLIPSIS}`;
}

/**
 * The wording a folder carries: the item's words up to its first figure or
 * colon ("Tổng thu/chi ngân sách địa phương …/… triệu đồng." → "Tổng thu-chi
 * ngân sách địa phương"), a slash written as a dash so that "thu/chi" does
 * not become "thuchi".
 */
export function folderWording(template: string, text: string): string {
  // "…" is the outline's blank (core/outline/template.ts BLANK).
  const head = template.split(/[:…]/u)[0]!.trim();
  const words = head || text;
  return words.replace(/[\s.,;]+$/u, "");
}

/** "I. CÔNG TÁC CHỈ ĐẠO…", "4.1. Số lượng cán bộ, công chức có mặt-Chỉ tiêu…": safe, at most `max` characters. */
export function folderName(numbering: string, wording: string, max: number): string {
  const lead = safeNamePart(numbering);
  const prefix = lead ? `${lead}. ` : "";
  const name = safeNamePart(cutWords(safeNamePart(`${prefix}${slashAsDash(wording)}`), max));
  return name || lead || "Mục";
}

/** "25/KH-UBND", 2025-01-10, "pdf" → "25-KH-UBND_10-01-2025.pdf"; the n-th file of one document gets " (n)". */
export function evidenceFileName(numberSymbol: string, date: string, extension: string, n = 1): string {
  const [y, m, d] = date.split("-");
  const number = safeNamePart(slashAsDash(numberSymbol)) || "Văn bản";
  const suffix = `_${d}-${m}-${y}${n > 1 ? ` (${n})` : ""}.${extension}`;
  return `${cutWords(number, FILE_NAME_CHARS - length(suffix))}${suffix}`;
}

/**
 * Names kept unique within one folder, the way Windows compares them (case
 * and composed form ignored): a name met again gets " (2)", " (3)"… before its
 * extension, still within `max` characters.
 */
export class UniqueNames {
  private readonly taken = new Set<string>();

  constructor(private readonly max: number) {}

  private static key = (name: string) => name.normalize("NFC").toLocaleLowerCase("vi");

  take(name: string, extension = ""): string {
    const stem = (extension ? name.slice(0, -extension.length) : name).normalize("NFC");
    for (let n = 1; ; n++) {
      const mark = n === 1 ? "" : ` (${n})`;
      const candidate = `${cutWords(stem, this.max - length(mark) - length(extension))}${mark}${extension}`;
      if (!this.taken.has(UniqueNames.key(candidate))) {
        this.taken.add(UniqueNames.key(candidate));
        return candidate;
      }
    }
  }
}
