import type { Dayjs } from "dayjs";
import type { DossierChannel, DossierFilter, DossierSort, DossierStatus } from "../types";

/** "Quá hạn": resolved after the due date, or still being handled past it today. */
export type OverdueChoice = "tra_qua_han" | "dang_qua_han";

export const OVERDUE_OPTIONS: { value: OverdueChoice; label: string }[] = [
  { value: "tra_qua_han", label: "Đã trả kết quả quá hạn" },
  { value: "dang_qua_han", label: "Đang giải quyết đã quá hạn" },
];

/** The address that opens the list on the dossiers still being handled past their due date (#/ho-so/danh-sach?qua-han=dang). */
export const OVERDUE_TODAY_QUERY = "qua-han=dang";

/** What the filter bar holds; the search text is sent only once the user stops typing. */
export interface FilterValues {
  search: string;
  field: string | undefined;
  channel: DossierChannel | undefined;
  status: DossierStatus | undefined;
  received: [Dayjs, Dayjs] | null;
  overdue: OverdueChoice | undefined;
  sort: DossierSort;
}

export const EMPTY_FILTER: FilterValues = {
  search: "",
  field: undefined,
  channel: undefined,
  status: undefined,
  received: null,
  overdue: undefined,
  sort: "-receivedAt",
};

/** The filter the address asks for: the overdue dossiers from Tổng quan's alert, else none. */
export const filterFromHash = (hash: string): FilterValues => (hash.split("?")[1]?.split("&").includes(OVERDUE_TODAY_QUERY) ? { ...EMPTY_FILTER, overdue: "dang_qua_han" } : EMPTY_FILTER);

export const hasFilter = (v: FilterValues): boolean =>
  v.search.trim() !== "" || v.field !== undefined || v.channel !== undefined || v.status !== undefined || v.received !== null || v.overdue !== undefined;

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
  if (v.overdue === "tra_qua_han") filter.lateOnly = true;
  if (v.overdue === "dang_qua_han") filter.overdueToday = true;
  return filter;
}
