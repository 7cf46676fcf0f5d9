/** No Node imports: the pages that follow an inspection pick their outline with it too. */
import type { IsoDate } from "../../shared/dates";

/**
 * The outline a page following an inspection opens on: the one whose visit
 * is the nearest coming, else the latest past; null while the clerk has set
 * no visit, so a new store opens on no outline and shows no deadline as passed.
 */
export function inspectionOutline<T extends { inspectionDate: IsoDate | null }>(outlines: readonly T[], today: IsoDate): T | null {
  const visited = outlines.filter((o) => o.inspectionDate !== null).sort((a, b) => a.inspectionDate!.localeCompare(b.inspectionDate!));
  return visited.find((o) => o.inspectionDate! >= today) ?? visited.at(-1) ?? null;
}
