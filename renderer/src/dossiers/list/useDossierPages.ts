import { useCallback, useEffect, useRef, useState } from "react";
import { call, errorMessage } from "../../api";
import type { DossierFilter, DossierSort } from "../types";
import { PAGE_SIZE, PageStore } from "./pageStore";

/** One line of the virtual table; its dossier is read from the page store by position. */
export interface Slot {
  key: number;
}

export type PagesState =
  | { status: "loading" }
  | { status: "error"; message: string }
  /** `refreshing`: another query is on its way; these are still the lines of the previous one. */
  | { status: "ready"; total: number; slots: Slot[]; store: PageStore; refreshing: boolean };

/**
 * The dossiers matching a filter, fetched a page (200 rows) at a time as the table asks for them: the first call
 * gives the total and the first page; `need(index)` fetches the page holding that line unless it is cached or on
 * its way. A change of filter, sort or `version` starts over.
 */
export function useDossierPages(filter: DossierFilter, sort: DossierSort, version: number) {
  const [state, setState] = useState<PagesState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const query = JSON.stringify({ filter, sort, version, attempt });
  const current = useRef<{ store: PageStore; inFlight: Set<number> } | null>(null);

  const fetchPage = useCallback(
    (offset: number) => {
      const run = current.current;
      if (!run) return;
      run.inFlight.add(offset);
      const { filter: f, sort: s } = JSON.parse(query) as { filter: DossierFilter; sort: DossierSort };
      call("dossiers.list", { ...f, sort: s, offset, limit: PAGE_SIZE }).then(
        ({ total, rows }) => {
          if (current.current !== run) return;
          run.inFlight.delete(offset);
          run.store.put(offset, rows);
          if (offset === 0) {
            const slots = Array.from({ length: total }, (_, key) => ({ key }));
            setState({ status: "ready", total, slots, store: run.store, refreshing: false });
          }
        },
        (e: unknown) => {
          if (current.current !== run) return;
          run.inFlight.delete(offset);
          setState({ status: "error", message: errorMessage(e) });
        },
      );
    },
    [query],
  );

  useEffect(() => {
    current.current = { store: new PageStore(), inFlight: new Set() };
    setState((s) => (s.status === "ready" ? { ...s, refreshing: true } : { status: "loading" }));
    fetchPage(0);
  }, [fetchPage]);

  const need = useCallback(
    (index: number) => {
      const run = current.current;
      const offset = PageStore.offsetOf(index);
      if (!run || run.inFlight.has(offset)) return;
      if (run.store.has(offset)) run.store.touch(offset);
      else fetchPage(offset);
    },
    [fetchPage],
  );

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, need, retry };
}
