/** The print views open on their own page, without the app's menus: "#/in/minh-chung?outline=…&period=…". */
const PRINT_PREFIX = "#/in/minh-chung";

export const isPrintHash = (hash: string): boolean => hash.startsWith(PRINT_PREFIX);

export function printHref(outlineId: string, period: string): string {
  return `${PRINT_PREFIX}?${new URLSearchParams({ outline: outlineId, period }).toString()}`;
}

/** The outline and window a print view is for, read from the hash; null when it is not a print view. */
export function printTarget(hash: string): { outlineId: string; period: string } | null {
  if (!isPrintHash(hash)) return null;
  const params = new URLSearchParams(hash.split("?")[1] ?? "");
  const outlineId = params.get("outline");
  const period = params.get("period");
  return outlineId && period ? { outlineId, period } : null;
}
