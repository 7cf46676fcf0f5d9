/** The distinct non-empty values, sorted the Vietnamese way, for an AutoComplete's options. */
export function suggestions(...lists: readonly (readonly (string | null | undefined)[])[]): { value: string }[] {
  const values = new Set<string>();
  for (const list of lists) for (const v of list) if (v?.trim()) values.add(v.trim());
  return [...values].sort((a, b) => a.localeCompare(b, "vi")).map((value) => ({ value }));
}
