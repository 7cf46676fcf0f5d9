import type { Dayjs } from "dayjs";
import type { DossierChannel, DossierFilter, DossierSort, DossierStatus } from "../types";

/** What the filter bar holds; the search text is sent only once the user stops typing. */
export interface FilterValues {
  search: string;
  field: string | undefined;
  channel: DossierChannel | undefined;
  status: DossierStatus | undefined;
  received: [Dayjs, Dayjs] | null;
  lateOnly: boolean;
  sort: DossierSort;
}

export const EMPTY_FILTER: FilterValues = {
  search: "",
  field: undefined,
  channel: undefined,
  status: undefined,
  received: null,
  lateOnly: false,
  sort: "-receivedAt",
};

export const hasFilter = (v: FilterValues): boolean =>
  v.search.trim() !== "" || v.field !== undefined || v.channel !== undefined || v.status !== undefined || v.received !== null || v.lateOnly;

/** The filter as dossiers.list takes it: empty choices left out. */
export function toListFilter(v: FilterValues, search: string): DossierFilter {
  const filter: DossierFilter = {};
  const text = search.trim();
  if (text) filter.search = text;
  if (v.field !== undefined) filter.field = v.field;
  if (v.channel) filter.channel = v.channel;
  if (v.status) filter.status = v.status;
  if (v.received) {
    filter.from = v.received[0].format("YYYY-MM-DD");
    filter.to = v.received[1].format("YYYY-MM-DD");
  }
  if (v.lateOnly) filter.lateOnly = true;
  return filter;
}
