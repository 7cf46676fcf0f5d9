import { useCallback, useEffect, useState } from "react";
import type { ApiInput, ApiOutput } from "../../../../core/api/contract";
import { call, errorMessage } from "../../api";

export type ListMethod = "procedures.list" | "pakn.list" | "satisfaction.list";

export interface ListState<M extends ListMethod> {
  /** The last rows that arrived; kept while a new search runs so the table does not blink. */
  rows: ApiOutput<M> | null;
  loading: boolean;
  error: string | null;
  reload: () => void;
}

/**
 * A register's rows for a search ("" = all; null = not needed, nothing is asked), read again on reload;
 * answers to an older search are dropped.
 */
export function useList<M extends ListMethod>(method: M, search: string | null): ListState<M> {
  const [rows, setRows] = useState<ApiOutput<M> | null>(null);
  const [loading, setLoading] = useState(search !== null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (search === null) {
      setRows(null);
      setLoading(false);
      setError(null);
      return;
    }
    let live = true;
    setLoading(true);
    const query = search.trim();
    const input = (query ? { search: query } : {}) as ApiInput<M>;
    call(method, input).then(
      (value) => {
        if (!live) return;
        setRows(value);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(errorMessage(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [method, search, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { rows, loading, error, reload };
}
