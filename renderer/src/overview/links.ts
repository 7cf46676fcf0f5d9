import { hrefOf } from "../nav";
import { tabHref } from "../dossiers/tabs";
import { OVERDUE_TODAY_QUERY } from "../dossiers/list/filterState";
import type { OverviewAlert } from "./types";

/** Báo cáo opened on the period: "#/bao-cao/2026-Q1". */
export const reportHref = (spec: string): string => `${hrefOf("bao-cao")}/${spec}`;

/** Where each alert is dealt with. */
export const ALERT_LINKS: Record<OverviewAlert["kind"], { href: string; label: string }> = {
  hai_long: { href: tabHref("hai-long"), label: "Mở sổ đánh giá mức độ hài lòng" },
  hai_long_dat_dai: { href: tabHref("hai-long"), label: "Mở sổ đánh giá mức độ hài lòng" },
  ho_so_qua_han: { href: `${tabHref("danh-sach")}?${OVERDUE_TODAY_QUERY}`, label: "Xem các hồ sơ quá hạn" },
  nhiem_vu_ke_hoach: { href: `${hrefOf("du-lieu")}/ke-hoach/nhiem-vu`, label: "Mở sổ nhiệm vụ Kế hoạch CCHC" },
  nhiem_vu_tinh_giao: { href: `${hrefOf("du-lieu")}/ke-hoach/tinh-giao`, label: "Mở sổ nhiệm vụ tỉnh, thành phố giao" },
};
