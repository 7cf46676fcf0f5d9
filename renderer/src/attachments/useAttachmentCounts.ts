import { useCallback, useMemo } from "react";
import { call } from "../api";
import { useList } from "../registers/useList";

const loadAll = () => call("attachments.list", {}).then((r) => r.attachments);

/**
 * How many files each document carries, read once for the whole register
 * (attachments.list), again on reload; the last counts stay shown while a
 * reload runs. null while the first read runs or when it failed.
 */
export function useAttachmentCounts(): { countOf: (documentId: number) => number | null; reload: () => void } {
  const list = useList("attachments", loadAll, "");
  const counts = useMemo(() => {
    if (!list.rows) return null;
    const byDocument = new Map<number, number>();
    for (const a of list.rows) byDocument.set(a.documentId, (byDocument.get(a.documentId) ?? 0) + 1);
    return byDocument;
  }, [list.rows]);
  const countOf = useCallback((documentId: number) => (counts ? (counts.get(documentId) ?? 0) : null), [counts]);
  return { countOf, reload: list.reload };
}
