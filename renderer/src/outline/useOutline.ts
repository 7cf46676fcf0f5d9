import { useCallback, useState } from "react";
import { call } from "../api";
import { useApi } from "../useApi";
import type { FilledOutline } from "./types";

/** An outline filled for a window, kept up to date by the texts and evidence saved on it (each returns the outline as it now stands). */
export function useOutline(outlineId: string, period: string) {
  const loaded = useApi("outline.get", { outlineId, period });
  const basis = loaded.status === "ready" ? loaded.value : null;
  // An answer to an older load (another outline or window) no longer counts.
  const [saved, setSaved] = useState<{ basis: FilledOutline; outline: FilledOutline } | null>(null);
  const outline = basis && saved?.basis === basis ? saved.outline : basis;

  const saveText = useCallback(
    async (itemKey: string, departmentCode: string | null, body: string) => {
      const next = await call("outline.saveText", { outlineId, period, itemKey, departmentCode, body });
      if (basis) setSaved({ basis, outline: next });
    },
    [outlineId, period, basis],
  );

  const linkEvidence = useCallback(
    async (itemKey: string, documentId: number, linked: boolean) => {
      const next = await call("outline.linkEvidence", { outlineId, period, itemKey, documentId, linked });
      if (basis) setSaved({ basis, outline: next });
    },
    [outlineId, period, basis],
  );

  return { outline, loading: loaded.status === "loading", error: loaded.status === "error" ? loaded.message : null, reload: loaded.reload, saveText, linkEvidence };
}
