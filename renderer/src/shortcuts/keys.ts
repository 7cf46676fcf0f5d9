import { SECTIONS, type SectionKey } from "../nav";

export type Shortcut = { kind: "section"; section: SectionKey } | { kind: "help" } | { kind: "print" } | { kind: "search" } | { kind: "list" };

/** What the keys do, as the shortcut dialog and the help list them. */
export const SHORTCUT_LIST: readonly { keys: string; action: string }[] = [
  { keys: "Alt+1 … Alt+9", action: "Chuyển tới các mục theo thứ tự trên menu (Alt+1 Tổng quan … Alt+9 Cài đặt)" },
  { keys: "F1", action: "Mở hướng dẫn của màn hình đang xem" },
  { keys: "Ctrl+P", action: "In danh sách đang xem" },
  { keys: "Ctrl+F hoặc /", action: "Đưa con trỏ vào ô tìm kiếm" },
  { keys: "?", action: "Xem danh sách phím tắt" },
  { keys: "Esc", action: "Đóng hộp thoại, hướng dẫn" },
];

/** "Alt+2" for the second section of the menu. */
export const sectionKeys = (section: SectionKey): string => `Alt+${SECTIONS.findIndex((s) => s.key === section) + 1}`;

export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * The shortcut a key press asks for, or null. `typing`: the key went to a text field, where "/" and "?" are
 * characters being typed, not shortcuts; the keys with Alt, Ctrl or F1 work everywhere.
 */
export function shortcutOf(e: KeyPress, typing: boolean): Shortcut | null {
  const ctrl = e.ctrlKey || e.metaKey;
  if (e.altKey && !ctrl && !e.shiftKey) {
    // By the physical key, so that Alt+2 works whatever the keyboard layout types on it.
    const digit = /^Digit([1-9])$/.exec(e.code)?.[1] ?? (/^[1-9]$/.test(e.key) ? e.key : null);
    const section = digit ? SECTIONS[Number(digit) - 1] : undefined;
    return section ? { kind: "section", section: section.key } : null;
  }
  if (e.altKey) return null;
  if (e.key === "F1" && !ctrl) return { kind: "help" };
  if (ctrl && !e.shiftKey) {
    const letter = e.key.toLowerCase();
    if (letter === "p") return { kind: "print" };
    if (letter === "f") return { kind: "search" };
    return null;
  }
  if (typing || ctrl) return null;
  if (e.key === "?") return { kind: "list" };
  if (e.key === "/" && !e.shiftKey) return { kind: "search" };
  return null;
}
