/** The distinct non-empty values, sorted the Vietnamese way, for an AutoComplete's options. */
export function suggestions(...lists: readonly (readonly (string | null | undefined)[])[]): { value: string }[] {
  const values = new Set<string>();
  for (const list of lists) for (const v of list) if (v?.trim()) values.add(v.trim());
  return [...values].sort((a, b) => a.localeCompare(b, "vi")).map((value) => ({ value }));
}

/** Where feedback usually comes in, offered before any record has one. */
export const COMMON_CHANNELS = [
  "Trực tiếp tại Trung tâm",
  "Cổng Dịch vụ công quốc gia",
  "Hệ thống thông tin giải quyết TTHC",
  "Hộp thư góp ý",
  "Điện thoại đường dây nóng",
  "Thư điện tử",
];
