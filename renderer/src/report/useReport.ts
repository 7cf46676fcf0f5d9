import { useCallback, useState } from "react";
import { call } from "../api";
import { useApi } from "../useApi";
import type { Report } from "./types";

export interface ValueChange {
  code: string;
  estimate: boolean;
  value: number | null;
  reason: string;
  source: string;
}

/** Phụ lục 3 of a period, kept up to date by the entries made on it (each returns the report as it now stands). */
export function useReport(period: string, estimate: boolean | undefined) {
  const loaded = useApi("report.get", { period, estimate });
  const basis = loaded.status === "ready" ? loaded.value : null;
  // A report saved over an older load (another period, or before a reload) no longer counts.
  const [saved, setSaved] = useState<{ basis: Report; report: Report } | null>(null);
  const report = basis && saved?.basis === basis ? saved.report : basis;

  const setValue = useCallback(
    async (change: ValueChange) => {
      const input = { period, code: change.code, value: change.value, reason: change.reason.trim() || null, source: change.source.trim() || null };
      const next = await call("report.setValue", { ...input, estimate: change.estimate });
      // The report comes back with estimates only when one was set: read it again when the page shows them.
      const shown = change.estimate === basis?.withEstimate ? next : await call("report.get", { period, estimate });
      if (basis) setSaved({ basis, report: shown });
    },
    [period, estimate, basis],
  );

  return { report, loading: loaded.status === "loading", error: loaded.status === "error" ? loaded.message : null, reload: loaded.reload, setValue };
}
