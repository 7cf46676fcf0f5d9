import { useCallback, useEffect, useRef, useState } from "react";
import { errorMessage } from "../api";

export interface ListState<T> {
  /** The last rows that arrived; kept while a new search runs so the table does not blink. */
  rows: T[] | null;
  loading: boolean;
  error: string | null;
  reload: () => void;
}

/**
 * A register's rows for a search ("" = all; null = not needed, nothing is asked), read again on reload;
 * answers to an older search are dropped. `source` names what `load` reads: a new source reads again.
 */
export function useList<T>(source: string, load: (query: string) => Promise<T[]>, search: string | null): ListState<T> {
  const [rows, setRows] = useState<T[] | null>(null);
  const [loading, setLoading] = useState(search !== null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => {
    if (search === null) {
      setRows(null);
      setLoading(false);
      setError(null);
      return;
    }
    let live = true;
    setLoading(true);
    loader.current(search.trim()).then(
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
  }, [source, search, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { rows, loading, error, reload };
}
