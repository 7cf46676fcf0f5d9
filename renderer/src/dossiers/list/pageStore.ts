import type { DossierRow } from "../types";

export const PAGE_SIZE = 200;
/** Pages kept in memory; the least recently wanted are dropped (and fetched again if scrolled back to). */
const MAX_PAGES = 40;

/**
 * The pages of one query that have arrived, keyed by their offset. Cells read their row from here and re-render
 * when it changes, so the table's data (one slot per line) never has to be rebuilt as pages arrive: with 200,000
 * lines, rebuilding it makes the table recompute everything for every page.
 */
export class PageStore {
  private pages = new Map<number, DossierRow[]>(); // in order of last use
  private listeners = new Set<() => void>();

  static offsetOf(index: number): number {
    return Math.floor(index / PAGE_SIZE) * PAGE_SIZE;
  }

  row(index: number): DossierRow | null {
    return this.pages.get(PageStore.offsetOf(index))?.[index % PAGE_SIZE] ?? null;
  }

  has(offset: number): boolean {
    return this.pages.has(offset);
  }

  /** Marks a page as just wanted, so it is the last to be dropped. */
  touch(offset: number): void {
    const rows = this.pages.get(offset);
    if (!rows) return;
    this.pages.delete(offset);
    this.pages.set(offset, rows);
  }

  put(offset: number, rows: DossierRow[]): void {
    this.pages.delete(offset);
    this.pages.set(offset, rows);
    for (const oldest of this.pages.keys()) {
      if (this.pages.size <= MAX_PAGES) break;
      this.pages.delete(oldest);
    }
    this.listeners.forEach((l) => l());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
